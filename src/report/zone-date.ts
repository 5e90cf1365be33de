/**
 * The calendar date of an instant in a time zone, for the dates of a seller's order history
 * (`scenario.history.start` is 00:00 of day 0 in the history's `timeZone`, so its UTC date
 * may be the day before). A zone is `UTC`, a fixed offset (`+08:00`) or an IANA name, as
 * `poolsim import orders` writes it.
 */

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const MS_PER_MINUTE = 60_000;

/** The date `YYYY-MM-DD` of an instant at a fixed offset east of UTC (minutes). */
function dateAtOffset(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/** The date `YYYY-MM-DD` of an instant in an IANA zone (or `UTC`); null when the zone is unknown. */
function dateInZone(ms: number, timeZone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return null;
  }
}

/**
 * The local date `YYYY-MM-DD` of an ISO instant in `timeZone`; an unknown zone reads as UTC,
 * an unreadable instant gives null. O(1).
 *
 * @example
 * zoneDate('2025-02-02T16:00:00.000Z', 'Asia/Shanghai'); // '2025-02-03'
 * zoneDate('2025-02-02T16:00:00.000Z', '+08:00'); // '2025-02-03'
 */
export function zoneDate(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const offset = OFFSET.exec(timeZone);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3]);
    return dateAtOffset(ms, offset[1] === '-' ? -minutes : minutes);
  }
  return dateInZone(ms, timeZone) ?? dateAtOffset(ms, 0);
}
