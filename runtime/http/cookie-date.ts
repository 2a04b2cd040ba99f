// The date parser cookies use for `expires` (lib/parsedate.c parsedate, Curl_getdate_capped):
// up to six words and numbers in any order (weekday, month, day, year, hh:mm[:ss], zone or
// +hhmm), as RFC 1123, RFC 850, asctime and the odd variants servers send. Seconds since the
// epoch as a bigint (time_t is 64 bits), or null when the text is not a date.

const WKDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** lib/parsedate.c tz[]: minutes west of GMT (tDAYZONE -60 applied). */
const TZ: Record<string, number> = {
  A: -60, ADT: 180, AHST: 600, AST: 240, B: -120, BST: -60, C: -180, CAT: 600, CCT: -480, CDT: 300,
  CEST: -120, CET: -60, CST: 360, D: -240, E: -300, EADT: -660, EAST: -600, EDT: 240, EET: -120,
  EST: 300, F: -360, FST: -120, FWT: -60, G: -420, GMT: 0, GST: -600, H: -480, HDT: 540, HST: 600,
  I: -540, IDLE: -720, IDLW: 720, JST: -540, K: -600, L: -660, M: -720, MDT: 360, MEST: -120,
  MESZ: -120, MET: -60, MEWT: -60, MST: 420, N: 60, NT: 660, NZDT: -780, NZST: -720, NZT: -720,
  O: 120, P: 180, PDT: 420, PST: 480, Q: 240, R: 300, S: 360, T: 420, U: 480, UT: 0, UTC: 0, V: 540,
  W: 600, WADT: -480, WAST: -420, WAT: 60, WET: 0, X: 660, Y: 720, YDT: 480, YST: 540, Z: 0,
};

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const OFF_T_MAX = (1n << 63n) - 1n;
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

interface When {
  wday: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  year: number;
  tzoff: number;
}

/** checkday: a three-letter or a full weekday name, any case. */
function checkday(word: string): number {
  const list = word.length > 3 ? WEEKDAY : word.length === 3 ? WKDAY : [];
  return list.findIndex((d) => d.toLowerCase() === word.toLowerCase());
}

/** match_time: H[H]:M[M][:S[S]] with hh < 24, mm < 60, ss <= 60; the index after it, or -1. */
function matchTime(s: string, i: number, w: When): number {
  const two = (at: number): [number, number] =>
    isDigit(s[at + 1]) ? [Number(s[at]) * 10 + Number(s[at + 1]), at + 2] : [Number(s[at]), at + 1];
  const [hh, p1] = two(i);
  if (hh >= 24 || s[p1] !== ':' || !isDigit(s[p1 + 1])) return -1;
  const [mm, p2] = two(p1 + 1);
  if (mm >= 60) return -1;
  let ss = 0;
  let end = p2;
  if (s[p2] === ':' && isDigit(s[p2 + 1])) {
    [ss, end] = two(p2 + 1);
    if (ss > 60) return -1;
  }
  w.hour = hh;
  w.min = mm;
  w.sec = ss;
  return end;
}

/** Seconds since the epoch, or null for PARSEDATE_FAIL. */
export function parseCookieDate(date: string): bigint | null {
  const w: When = { wday: -1, mon: -1, mday: -1, hour: -1, min: -1, sec: -1, year: -1, tzoff: -1 };
  let dignext: 'mday' | 'year' = 'mday';
  let i = 0;
  for (let part = 0; i < date.length && part < 6; part++) {
    // skip(): anything not alphanumeric
    while (i < date.length && !isAlpha(date[i]) && !isDigit(date[i])) i++;
    if (isAlpha(date[i])) {
      // datestring: a word of fewer than 12 letters
      let j = i;
      while (isAlpha(date[j]) && j - i < 12) j++;
      const word = date.slice(i, j);
      if (word.length === 12) return null;
      let found = false;
      if (w.wday === -1) found = (w.wday = checkday(word)) !== -1;
      if (!found && w.mon === -1) found = (w.mon = word.length === 3 ? MONTH.findIndex((m) => m.toLowerCase() === word.toLowerCase()) : -1) !== -1;
      if (!found && w.tzoff === -1) {
        const z = word.length <= 4 ? TZ[word] : undefined;
        w.tzoff = z === undefined ? -1 : z * 60;
        found = z !== undefined;
      }
      if (!found) return null;
      i = j;
    } else if (isDigit(date[i])) {
      const end = w.sec === -1 ? matchTime(date, i, w) : -1;
      if (end >= 0) {
        i = end;
        continue;
      }
      // datenum: curlx_str_number with a 99999999 limit
      let j = i;
      while (isDigit(date[j])) j++;
      const digits = j - i;
      const lval = Number(date.slice(i, j));
      if (lval > 99999999) return null;
      const val = lval;
      let found = false;
      if (w.tzoff === -1 && digits === 4 && val <= 1400 && i > 0 && (date[i - 1] === '+' || date[i - 1] === '-')) {
        found = true;
        const off = (Math.floor(val / 100) * 60 + (val % 100)) * 60;
        w.tzoff = date[i - 1] === '+' ? -off : off;
      } else if (digits === 8 && w.year === -1 && w.mon === -1 && w.mday === -1) {
        found = true;
        w.year = Math.floor(val / 10000);
        w.mon = Math.floor((val % 10000) / 100) - 1;
        w.mday = val % 100;
      }
      if (!found && dignext === 'mday' && w.mday === -1) {
        if (val > 0 && val < 32) {
          w.mday = val;
          found = true;
        }
        dignext = 'year';
      }
      if (!found && dignext === 'year' && w.year === -1) {
        w.year = val;
        found = true;
        if (w.year < 100) w.year += w.year > 70 ? 1900 : 2000;
        if (w.mday === -1) dignext = 'mday';
      }
      if (!found) return null;
      i = j;
    }
  }
  // datecheck
  if (w.sec === -1) w.sec = w.min = w.hour = 0;
  if (w.mday === -1 || w.mon === -1 || w.year === -1 || w.year < 1583) return null;
  if (w.mday > 31 || w.mon > 11 || w.hour > 23 || w.min > 59 || w.sec > 60) return null;
  // time2epoch, then tzadjust (an unknown zone is GMT)
  const y = w.year - (w.mon <= 1 ? 1 : 0);
  const leap = Math.trunc(y / 4) - Math.trunc(y / 100) + Math.trunc(y / 400) - 477;
  const days = BigInt(w.year - 1970) * 365n + BigInt(leap + CUMULATIVE_DAYS[w.mon]! + w.mday - 1);
  let t = ((days * 24n + BigInt(w.hour)) * 60n + BigInt(w.min)) * 60n + BigInt(w.sec);
  const tz = BigInt(w.tzoff === -1 ? 0 : w.tzoff);
  t = tz > 0n && t > OFF_T_MAX - tz ? OFF_T_MAX : t + tz;
  return t;
}
