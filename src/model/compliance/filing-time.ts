/**
 * Times of the EPR filing rule (DOMAIN §7: a record must be filed at least 72 hours before
 * the merge application). Read without `Date.parse`, whose reading of a date-time without an
 * offset depends on the machine's time zone.
 *
 * - The application is at 00:00 UTC of its date.
 * - `filed` is `YYYY-MM-DD` (00:00 UTC of that date) or `YYYY-MM-DDTHH:mm[:ss]` (a space may
 *   stand for the `T`), in UTC unless it ends with `Z` or an offset `±hh:mm`.
 */

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;
const FILED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Milliseconds since the epoch of a filing time, or null when it is not a real date and time
 * (the scenario schema checks the date; hours, minutes and offsets are checked here). O(1).
 *
 * @example
 * filedTimeMs('2026-09-11T08:00+08:00') === Date.UTC(2026, 8, 11, 0); // true
 * filedTimeMs('2026-09-11T25:00'); // null
 */
export function filedTimeMs(text: string): number | null {
  const m = FILED.exec(text);
  if (m === null) return null;
  const part = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(part);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over into May; a real date reads back unchanged
  if (new Date(ms).getUTCDate() !== day) return null;
  const offset = m[7];
  if (offset === undefined || offset === 'Z') return ms;
  const [oh, om] = offset.slice(1).split(':').map(Number);
  if (oh > 23 || om > 59) return null;
  const sign = offset.startsWith('-') ? -1 : 1;
  return ms - sign * (oh * MS_PER_HOUR + om * 60_000);
}

/**
 * 00:00 UTC of a date `YYYY-MM-DD`, in milliseconds since the epoch. O(1).
 *
 * @example
 * dateStartMs('2026-09-14') === Date.UTC(2026, 8, 14); // true
 */
export function dateStartMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/**
 * The first date whose 00:00 UTC is at least `leadHours` after `filedMs`: the earliest
 * application date a record filed then allows, `YYYY-MM-DD`. O(1).
 *
 * @example
 * earliestApplicationDate(Date.UTC(2026, 8, 12, 10), 72); // '2026-09-16'
 */
export function earliestApplicationDate(filedMs: number, leadHours: number): string {
  const day = Math.ceil((filedMs + leadHours * MS_PER_HOUR) / MS_PER_DAY);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Hours from `fromMs` to `toMs`, rounded towards zero to one decimal (71.96 h reads 71.9, not 72). */
export function hoursBetween(fromMs: number, toMs: number): number {
  return Math.trunc(((toMs - fromMs) / MS_PER_HOUR) * 10) / 10;
}

export { MS_PER_HOUR };
