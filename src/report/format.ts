/**
 * Number, money, percentage, day and date formatting in one report language. Built from
 * the language's `FormatSpec`, so the same figure reads `$2,825` in English and
 * `2,825 美元` in Chinese. Missing values (null, NaN) format as the language's "n/a".
 */
import type { FormatSpec } from './i18n/messages.js';

/** The formatting functions a report uses; every one accepts null for "not available". */
export interface Formatter {
  spec: FormatSpec;
  /** Plain number with `digits` decimals and grouping, e.g. `1,234.5`. */
  number: (x: number | null, digits?: number) => string;
  /** Signed number (`+1.2`, `−1.2`). */
  signed: (x: number | null, digits?: number) => string;
  /** Integer count with grouping. */
  count: (x: number | null) => string;
  /** Share in [0, 1] as a percentage, e.g. 0.1234 → `12.3%`. */
  percent: (x: number | null, digits?: number) => string;
  /** Signed relative change as a percentage, e.g. −0.26 → `−26.0%`. */
  relative: (x: number | null, digits?: number) => string;
  /** Signed difference of two shares in percentage points, e.g. −0.048 → `−4.8 pp`. */
  points: (x: number | null, digits?: number) => string;
  /** US dollars, no cents, e.g. `$2,825`. */
  usd: (x: number | null) => string;
  /** Signed US dollars, e.g. `+$2,825`, `−$310`. */
  usdSigned: (x: number | null) => string;
  days: (x: number | null, digits?: number) => string;
  daysSigned: (x: number | null, digits?: number) => string;
  turns: (x: number | null, digits?: number) => string;
  /** A 95% interval of two already formatted ends, or n/a when either is missing. */
  interval: (ci: readonly [number, number] | null, f: (x: number) => string) => string;
  /** ISO timestamp as a date in the language's convention, e.g. `27 Nov 2026` / `2026年11月27日`. */
  date: (iso: string) => string;
  list: (items: readonly string[]) => string;
}

const MINUS = '−';
const missing = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || !Number.isFinite(x);

/**
 * Builds the formatter of one language.
 *
 * @example
 * makeFormatter(en.format).usdSigned(-310); // '−$310'
 */
export function makeFormatter(spec: FormatSpec): Formatter {
  const na = spec.notAvailable;
  const plain = (x: number, digits: number) =>
    new Intl.NumberFormat(spec.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(x));
  // Round first so that −0.04 shown with one decimal does not read "−0.0"
  const isNegative = (x: number, digits: number) => Number(x.toFixed(digits)) < 0;
  const isPositive = (x: number, digits: number) => Number(x.toFixed(digits)) > 0;
  const signedText = (x: number, digits: number) =>
    (isNegative(x, digits) ? MINUS : isPositive(x, digits) ? '+' : '') + plain(x, digits);
  const f: Formatter = {
    spec,
    number: (x, digits = 1) => (missing(x) ? na : (isNegative(x, digits) ? MINUS : '') + plain(x, digits)),
    signed: (x, digits = 1) => (missing(x) ? na : signedText(x, digits)),
    count: (x) => (missing(x) ? na : (isNegative(x, 0) ? MINUS : '') + plain(x, 0)),
    percent: (x, digits = 1) => (missing(x) ? na : `${(isNegative(x * 100, digits) ? MINUS : '') + plain(x * 100, digits)}%`),
    relative: (x, digits = 1) => (missing(x) ? na : `${signedText(x * 100, digits)}%`),
    points: (x, digits = 1) => (missing(x) ? na : spec.percentagePoints(signedText(x * 100, digits))),
    usd: (x) => (missing(x) ? na : spec.usd(plain(x, 0), isNegative(x, 0), '')),
    usdSigned: (x) => (missing(x) ? na : spec.usd(plain(x, 0), isNegative(x, 0), isPositive(x, 0) ? '+' : '')),
    days: (x, digits = 1) => (missing(x) ? na : spec.days(f.number(x, digits))),
    daysSigned: (x, digits = 1) => (missing(x) ? na : spec.days(signedText(x, digits))),
    turns: (x, digits = 1) => (missing(x) ? na : spec.turnsPerYear(f.number(x, digits))),
    interval: (ci, fmt) => (ci === null || missing(ci[0]) || missing(ci[1]) ? na : spec.interval(fmt(ci[0]), fmt(ci[1]))),
    date: (iso) => {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return na;
      return new Intl.DateTimeFormat(spec.locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(d);
    },
    list: (items) => items.join(spec.listSeparator),
  };
  return f;
}
