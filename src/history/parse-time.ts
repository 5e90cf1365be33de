/**
 * Timestamps of an order export: ISO 8601 and the back-office forms, parsed by hand (char
 * codes, no regular expression, no allocation) because every row has one or two.
 *
 * Accepted (docs/history.md, Dates and time zones):
 *
 * ```
 * stamp  = date [ ('T' | ' ') time [ offset ] ]
 * date   = YYYY '-' M[M] '-' D[D]  |  YYYY '/' M[M] '/' D[D]
 * time   = H[H] ':' mm [ ':' ss [ ('.' | ',') fraction ] ]
 * offset = 'Z' | ('+' | '-') HH [ [':'] mm ]
 * ```
 *
 * so `2026-03-01T09:30:00+08:00`, `2026-03-01T01:30:00Z`, `2026-03-01 09:30:00`,
 * `2026-03-01 09:30`, `2026/03/01 09:30:00` (and `2026/3/1 9:30`, as spreadsheets re-save
 * it). A date alone is 00:00. Fractions keep milliseconds.
 */

/** Where `parseTimestamp` puts its result (reused from row to row: no allocation). */
export interface ParsedTime {
  /** The wall-clock fields as if they were UTC: `Date.UTC(y, m - 1, d, h, mi, s, ms)`. */
  wallMs: number;
  /** The explicit offset east of UTC in ms, or NaN when the text has none (the import's time zone applies). */
  offsetMs: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Reads `n` digits at `i`; -1 when one is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48; // NaN past the end
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Number of digits (up to `max`) starting at `i`. */
function digitRun(s: string, i: number, max: number): number {
  let n = 0;
  while (n < max && i + n < s.length) {
    const c = s.charCodeAt(i + n);
    if (c < 48 || c > 57) break;
    n++;
  }
  return n;
}

/**
 * Parses `text` (already trimmed) into `out`; false when it is not one of the accepted
 * forms or not a real date (2026-02-30, 24:00, 10:61). O(length).
 *
 * @example
 * const t = { wallMs: 0, offsetMs: NaN };
 * parseTimestamp('2026-03-01 09:30', t); // true; t.wallMs = Date.UTC(2026, 2, 1, 9, 30), t.offsetMs NaN
 * parseTimestamp('2026-03-01T09:30:00+08:00', t); // true; t.offsetMs = 8 * 3600000
 */
export function parseTimestamp(text: string, out: ParsedTime): boolean {
  const s = text;
  const len = s.length;
  if (len < 8) return false;
  const year = digits(s, 0, 4);
  if (year < 1000) return false;
  const sep = s.charCodeAt(4);
  if (sep !== 45 /* - */ && sep !== 47 /* / */) return false;
  let i = 5;
  let n = digitRun(s, i, 2);
  if (n === 0) return false;
  const month = digits(s, i, n);
  i += n;
  if (s.charCodeAt(i) !== sep) return false;
  i++;
  n = digitRun(s, i, 2);
  if (n === 0) return false;
  const day = digits(s, i, n);
  i += n;
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > dim) return false;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  out.offsetMs = NaN;
  if (i < len) {
    const t = s.charCodeAt(i);
    if (t !== 84 /* T */ && t !== 32 /* space */) return false;
    i++;
    n = digitRun(s, i, 2);
    if (n === 0) return false;
    hour = digits(s, i, n);
    i += n;
    if (s.charCodeAt(i) !== 58 /* : */) return false;
    minute = digits(s, i + 1, 2);
    i += 3;
    if (minute < 0 || hour > 23 || minute > 59) return false;
    if (i < len && s.charCodeAt(i) === 58) {
      second = digits(s, i + 1, 2);
      i += 3;
      if (second < 0 || second > 59) return false;
      const f = s.charCodeAt(i);
      if (i < len && (f === 46 /* . */ || f === 44 /* , */)) {
        n = digitRun(s, i + 1, 9);
        if (n === 0) return false;
        // milliseconds: the first three digits, padded
        const frac = digits(s, i + 1, Math.min(n, 3));
        ms = n === 1 ? frac * 100 : n === 2 ? frac * 10 : frac;
        i += 1 + n;
        if (digitRun(s, i, 1) > 0) return false; // more than 9 fraction digits
      }
    }
    if (i < len) {
      const o = s.charCodeAt(i);
      if (o === 90 /* Z */ || o === 122 /* z */) {
        if (i + 1 !== len) return false;
        out.offsetMs = 0;
      } else if (o === 43 /* + */ || o === 45 /* - */) {
        const oh = digits(s, i + 1, 2);
        i += 3;
        let om = 0;
        if (i < len) {
          if (s.charCodeAt(i) === 58) i++;
          om = digits(s, i, 2);
          i += 2;
        }
        if (oh < 0 || om < 0 || oh > 18 || om > 59 || i !== len) return false;
        out.offsetMs = (o === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
      } else {
        return false;
      }
    }
  }
  out.wallMs = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return true;
}
