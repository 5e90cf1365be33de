/**
 * A working-day calendar for the onboarding reviews (DOMAIN §4: "T+1 working day", "T+3",
 * "T+5"), built from a scenario's `transition.onboarding.calendar` block.
 *
 * Days are **day numbers**: whole days since 1970-01-01 (day 0, a Thursday), converted from
 * and to `YYYY-MM-DD` by exact integer arithmetic on the proleptic Gregorian calendar
 * (H. Hinnant, "chrono-compatible low-level date algorithms",
 * http://howardhinnant.github.io/date_algorithms.html). No `Date` object is involved, so
 * neither the local time zone nor daylight saving can shift a day.
 *
 * A day is a working day unless it is a holiday; a make-up working day (a bundled list's or
 * `workdays`) is a working day; a Saturday or Sunday is not when `weekends` is true; every
 * other day is. So a holiday overrides everything, and a make-up day overrides the weekend.
 * Tested by hand-computed cases in `test/model/onboarding/calendar.test.ts`.
 */
import type { Onboarding } from '../../scenario/schema.js';
import { ModelInputError } from '../errors.js';
import { badWorkingDays, invalidDate, unknownHolidaySet } from '../messages.js';
import { HOLIDAY_LISTS, HOLIDAY_SET_NAMES, isHolidaySetName } from './holiday-sets.js';

/** The scenario's calendar block: `{ weekends, holidays, workdays }`. */
export type CalendarSpec = Onboarding['calendar'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of a date `YYYY-MM-DD` (years 0000–9999): days since 1970-01-01. O(1).
 * @throws ModelInputError unless `date` is a real calendar date in that form
 * @example dayNumber('1970-01-02') // 1
 * @example dayNumber('2026-03-02') // 20514
 */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  const y = m ? Number(m[1]) : 0;
  const mo = m ? Number(m[2]) : 0;
  const d = m ? Number(m[3]) : 0;
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new ModelInputError(invalidDate('dayNumber', date), { date });
  }
  const yy = mo <= 2 ? y - 1 : y; // the year counted from 1 March, so the leap day is last
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date `YYYY-MM-DD` of a day number; the inverse of {@link dayNumber}. O(1).
 * @example dateOf(0) // '1970-01-01'
 * @example dateOf(dayNumber('2024-02-29') + 1) // '2024-03-01'
 */
export function dateOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday. O(1).
 * @example dayOfWeek(dayNumber('2026-03-02')) // 1 (a Monday)
 */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Working days of one calendar block. Build once per scenario (O(holidays + make-up days));
 * every query then costs O(1) per day it walks over, with no allocation.
 *
 * @example
 * const cal = new WorkingCalendar({ weekends: true, holidays: ['cn-2026-2027'], workdays: [] });
 * cal.dateOf(cal.addWorkingDays(cal.dayNumber('2026-02-13'), 1)); // '2026-02-14', a make-up Saturday
 */
export class WorkingCalendar {
  /** Saturdays and Sundays are days off (unless make-up days). */
  readonly weekends: boolean;
  private readonly daysOff = new Set<number>();
  private readonly makeUpDays = new Set<number>();

  /**
   * @throws ModelInputError when a `holidays` entry is neither a date nor a bundled list's
   *   name, or a date is not a real date (the scenario schema checks both first)
   */
  constructor(spec: CalendarSpec) {
    this.weekends = spec.weekends;
    for (const entry of spec.holidays) {
      if (isHolidaySetName(entry)) {
        const list = HOLIDAY_LISTS[entry];
        for (const [first, last] of list.daysOff) {
          for (let d = dayNumber(first), end = dayNumber(last); d <= end; d++) this.daysOff.add(d);
        }
        for (const date of list.workdays) this.makeUpDays.add(dayNumber(date));
      } else if (DATE.test(entry)) {
        this.daysOff.add(dayNumber(entry));
      } else {
        throw new ModelInputError(unknownHolidaySet(entry, HOLIDAY_SET_NAMES.join(', ')), { entry });
      }
    }
    for (const date of spec.workdays) this.makeUpDays.add(dayNumber(date));
  }

  /** Whether a day number is a working day (the precedence is in the file's header). O(1). */
  isWorkingDay(day: number): boolean {
    if (this.daysOff.has(day)) return false;
    if (!this.weekends || this.makeUpDays.has(day)) return true;
    const w = dayOfWeek(day);
    return w !== 0 && w !== 6;
  }

  /**
   * The day T+n working days from `day`. T+0 is `day` itself if it is a working day, else the
   * next working day (an application filed on a day off counts from the next working day);
   * T+n is the n-th working day after T+0. So T+1 from a Friday is the next Monday (weekends
   * on), and always `workingDaysBetween(day, addWorkingDays(day, n)) === n`
   * (`calendar.test.ts`, "T+n and the count agree"). O(n + days off walked over).
   * @throws RangeError unless n is a whole number ≥ 0
   * @example cal.addWorkingDays(cal.dayNumber('2026-03-06'), 1) // Mon 2026-03-09 (Fri + 1)
   */
  addWorkingDays(day: number, n: number): number {
    if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(badWorkingDays(n));
    let d = day;
    while (!this.isWorkingDay(d)) d++;
    for (let k = 0; k < n; k++) {
      d++;
      while (!this.isWorkingDay(d)) d++;
    }
    return d;
  }

  /**
   * The number of working days in [a, b): from a (included) to b (excluded); negative when
   * b < a (−(working days in [b, a))). O(|b − a|).
   * @example cal.workingDaysBetween(cal.dayNumber('2026-03-06'), cal.dayNumber('2026-03-09')) // 1 (the Friday)
   */
  workingDaysBetween(a: number, b: number): number {
    if (b < a) return -this.workingDaysBetween(b, a);
    let n = 0;
    for (let d = a; d < b; d++) if (this.isWorkingDay(d)) n++;
    return n;
  }

  /** {@link dayNumber}, for callers holding a calendar. */
  dayNumber(date: string): number {
    return dayNumber(date);
  }

  /** {@link dateOf}, for callers holding a calendar. */
  dateOf(day: number): string {
    return dateOf(day);
  }
}
