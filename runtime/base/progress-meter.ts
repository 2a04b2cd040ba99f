// libcurl's own text progress meter, the one NOPROGRESS=0 without a progress callback prints to
// CURLOPT_STDERR (lib/progress.c progress_meter, pgrs_estimates, time2str, max6out in 8.22). Pure
// formatting: base/progress.ts decides when a line is due and where it goes.
//
//   meterHeader(resumeFrom)   // the two title lines, once per handle
//   meterLine(snapshot)       // "\r" and one 77-column status line, no newline

/** The two title lines (8.22's text: "Time" columns 8 wide, "Current" last). */
const HEADER =
  '  % Total    % Received % Xferd  Average Speed  Time    Time    Time   Current\n' +
  '                                 Dload  Upload  Total   Spent   Left   Speed\n';

/** What one status line shows: counts and sizes in bytes (-1: size unknown), speeds in bytes
 * per second, time spent in microseconds. */
export interface MeterSnapshot {
  dlNow: number;
  dlTotal: number;
  ulNow: number;
  ulTotal: number;
  /** Average download and upload speed since the transfer started (trspeed). */
  dlSpeed: number;
  ulSpeed: number;
  /** The speed of the last few seconds (progress_calc's current_speed). */
  currentSpeed: number;
  spentUs: number;
}

export function meterHeader(resumeFrom: number): string {
  return resumeFrom !== 0 ? `** Resuming transfer from byte position ${resumeFrom}\n${HEADER}` : HEADER;
}

const pad = (n: number, width: number): string => String(n).padStart(width, ' ');
const two = (n: number): string => String(n).padStart(2, '0');

/** time2str: seven columns; blank for zero or less. */
export function time2str(seconds: number): string {
  if (seconds <= 0) return '       ';
  let h = Math.floor(seconds / 3600);
  if (h <= 99) {
    const m = Math.floor((seconds - h * 3600) / 60);
    if (h <= 9) {
      const s = seconds - h * 3600 - m * 60;
      return h > 0 ? `${h}:${two(m)}:${two(s)}` : `  ${two(m)}:${two(s)}`;
    }
    return `${h}h ${two(m)}m`;
  }
  const d = Math.floor(seconds / 86400);
  h = Math.floor((seconds - d * 86400) / 3600);
  if (d <= 99) return `${pad(d, 2)}d ${two(h)}h`;
  if (d <= 999) return `${pad(d, 6)}d`;
  const mo = Math.floor(d / 30);
  if (mo <= 999) return `${pad(mo, 6)}m`;
  const y = Math.floor(d / 365);
  return y <= 99999 ? `${pad(y, 6)}y` : '>99999y';
}

const UNITS = ['k', 'M', 'G', 'T', 'P', 'E'];

/** max6out: at most six columns, with a k, M, G, T, P or E suffix (powers of 1024) from 100000. */
export function max6out(bytes: number): string {
  if (bytes < 100000) return pad(bytes, 6);
  let k = 0;
  let nbytes: number;
  for (;;) {
    nbytes = Math.floor(bytes / 1024);
    if (nbytes < 1000 || k === UNITS.length - 1) break;
    bytes = nbytes;
    k++;
  }
  const rest = bytes % 1024;
  return nbytes <= 99
    ? `${pad(nbytes, 2)}.${two(Math.floor((rest * 100) / 1024))}${UNITS[k]}`
    : `${pad(nbytes, 3)}.${Math.floor((rest * 10) / 1024)}${UNITS[k]}`;
}

/** pgrs_est_percent (integer division as in C). */
function percent(total: number, cur: number): number {
  if (total > 10000) return Math.floor(cur / Math.floor(total / 100));
  if (total > 0) return Math.floor((cur * 100) / total);
  return 0;
}

/** pgrs_estimates: the seconds the whole direction takes at its average speed, and its percent;
 * both 0 when the size is unknown or nothing moved yet. */
function estimate(total: number, now: number, speed: number): { secs: number; percent: number } {
  if (total < 0 || speed <= 0) return { secs: 0, percent: 0 };
  return { secs: Math.floor(total / speed), percent: percent(total, now) };
}

/** progress_meter's status line: "\r", then total, received and sent (percent and amount), the
 * two average speeds, the time strings (total, spent, left) and the current speed. */
export function meterLine(s: MeterSnapshot): string {
  const curSecs = Math.floor(s.spentUs / 1e6);
  const ul = estimate(s.ulTotal, s.ulNow, s.ulSpeed);
  const dl = estimate(s.dlTotal, s.dlNow, s.dlSpeed);
  const totalSecs = Math.max(ul.secs, dl.secs);
  const left = time2str(totalSecs > 0 ? totalSecs - curSecs : 0);
  const expected = (s.ulTotal >= 0 ? s.ulTotal : s.ulNow) + (s.dlTotal >= 0 ? s.dlTotal : s.dlNow);
  const totalPercent = percent(expected, s.dlNow + s.ulNow);
  return (
    `\r${pad(totalPercent, 3)} ${max6out(expected)} ${pad(dl.percent, 3)} ${max6out(s.dlNow)} ` +
    `${pad(ul.percent, 3)} ${max6out(s.ulNow)} ${max6out(s.dlSpeed)} ${max6out(s.ulSpeed)} ` +
    `${time2str(totalSecs)} ${time2str(curSecs)} ${left} ${max6out(s.currentSpeed)}`
  );
}
