// Connect-phase deadlines for every transfer on one timer. Most transfers finish long before
// their deadline (CONNECTTIMEOUT defaults to 300 s), and arming and clearing a Node timer per
// perform costs more than the rest of a loopback connect's bookkeeping; deadlines only grow, so
// the one timer rarely moves. It is unref'd while nothing waits, so it never keeps a process alive
// on its own.

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

/** A deadline addDeadline armed; cancelDeadline takes it back. The entries form a list of their
 * own (a Set shrinks its table, a new allocation, each time its last entry goes: once per
 * perform). */
export class Deadline {
  prev: Deadline | null = null;
  next: Deadline | null = null;
  /** Whether the entry is still waiting (not fired, not cancelled). */
  linked = true;
  constructor(
    readonly at: number,
    readonly fire: () => void,
  ) {}
}

let first: Deadline | null = null;
let timer: NodeJS.Timeout | null = null;
let timerAt = Infinity;

function arm(at: number): void {
  if (timer !== null) clearTimeout(timer);
  timerAt = at;
  timer = setTimeout(run, Math.max(0, Math.ceil(at - clock.now())));
}

function unlink(e: Deadline): void {
  e.linked = false;
  if (e.prev !== null) e.prev.next = e.next;
  else first = e.next;
  if (e.next !== null) e.next.prev = e.prev;
  e.prev = null;
  e.next = null;
}

function run(): void {
  timer = null;
  timerAt = Infinity;
  const now = clock.now();
  // the due entries leave the list before any fires: a callback may add or cancel others
  const due: Deadline[] = [];
  for (let e = first; e !== null; e = e.next) if (e.at <= now) due.push(e);
  for (const e of due) unlink(e);
  for (const e of due) e.fire();
  let next = Infinity;
  for (let e = first; e !== null; e = e.next) if (e.at < next) next = e.at;
  if (next === Infinity) return;
  if (timer === null || next < timerAt) arm(next);
}

/** Calls `fire` at `at` (clock.now() time) unless cancelDeadline gets the entry first. (An entry,
 * not a cancel closure: one object less per perform.) */
export function addDeadline(at: number, fire: () => void): Deadline {
  const entry = new Deadline(at, fire);
  entry.next = first;
  if (first !== null) first.prev = entry;
  first = entry;
  if (timer === null || at < timerAt) arm(at);
  else timer.ref();
  return entry;
}

/** The deadline will not fire (a second call, or one after it fired, does nothing). */
export function cancelDeadline(entry: Deadline): void {
  if (!entry.linked) return;
  unlink(entry);
  if (first === null && timer !== null) timer.unref();
}

/** setTimeout's longest delay (2^31-1 ms): Node fires a longer one after 1 ms. */
const MAX_DELAY = 0x7fffffff;

/** setTimeout for any delay: one past Node's limit is waited out in steps, as poll() waits its
 * whole timeout. `arm` gets each timer, so that the caller can clear the one running. */
export function setLongTimeout(fire: () => void, ms: number, arm: (timer: NodeJS.Timeout) => void): void {
  if (ms <= MAX_DELAY) {
    arm(setTimeout(fire, ms));
    return;
  }
  arm(setTimeout(() => setLongTimeout(fire, ms - MAX_DELAY, arm), MAX_DELAY));
}
