// Connect-phase deadlines for every transfer on one timer. Most transfers finish long before
// their deadline (CONNECTTIMEOUT defaults to 300 s), and arming and clearing a Node timer per
// perform costs more than the rest of a loopback connect's bookkeeping; deadlines only grow, so
// the one timer rarely moves. It is unref'd while nothing waits, so it never keeps a process alive
// on its own.

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

interface Entry {
  at: number;
  fire: () => void;
}

const entries = new Set<Entry>();
let timer: NodeJS.Timeout | null = null;
let timerAt = Infinity;

function arm(at: number): void {
  if (timer !== null) clearTimeout(timer);
  timerAt = at;
  timer = setTimeout(run, Math.max(0, Math.ceil(at - clock.now())));
}

function run(): void {
  timer = null;
  timerAt = Infinity;
  const now = clock.now();
  let next = Infinity;
  for (const e of [...entries]) {
    if (e.at <= now) {
      entries.delete(e);
      e.fire();
    } else if (e.at < next) {
      next = e.at;
    }
  }
  if (next !== Infinity) arm(next);
}

/** Calls `fire` at `at` (clock.now() time) unless the returned function is called first. */
export function addDeadline(at: number, fire: () => void): () => void {
  const entry: Entry = { at, fire };
  entries.add(entry);
  if (timer === null || at < timerAt) arm(at);
  else timer.ref();
  return () => {
    entries.delete(entry);
    if (entries.size === 0 && timer !== null) timer.unref();
  };
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
