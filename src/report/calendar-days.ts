/**
 * Calendar arithmetic on the dates of results files (`YYYY-MM-DD`, read as UTC midnight, as
 * the model writes them), for the transition's timeline: a day count from the application
 * date becomes a date, and back. UTC throughout, so a reader's time zone never moves a date.
 */

const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch of a `YYYY-MM-DD` date (UTC midnight); NaN when unreadable. */
export function dateMs(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

/**
 * The instant `days` (may be fractional) after a date, as an ISO timestamp in UTC; a whole
 * number of days gives the date itself (`YYYY-MM-DD`). O(1).
 *
 * @example
 * addDays('2026-09-14', 17); // '2026-10-01'
 * addDays('2026-09-14', 0.5); // '2026-09-14T12:00:00.000Z'
 */
export function addDays(iso: string, days: number): string {
  const t = new Date(dateMs(iso) + days * MS_PER_DAY).toISOString();
  return Number.isInteger(days) && iso.length === 10 ? t.slice(0, 10) : t;
}

/**
 * Days from `from` to `to` (fractional when either carries a time). O(1).
 *
 * @example
 * daysBetween('2026-09-14', '2026-10-01'); // 17
 */
export function daysBetween(from: string, to: string): number {
  return (dateMs(to) - dateMs(from)) / MS_PER_DAY;
}
