/**
 * The bundled holiday lists a scenario's `calendar.holidays` may name (DOMAIN §4: review
 * times are in working days, so the go-live date depends on the public holidays of the
 * reviewers' calendar). One list so far:
 *
 * `cn-2026-2027`: mainland China public holidays (days off) and make-up working days (调休,
 * weekend days that are worked).
 *
 * - 2026: the State Council's arrangement, 国务院办公厅关于2026年部分节假日安排的通知
 *   (4 November 2025, published by Xinhua; text at
 *   https://politics.gmw.cn/2025-11/04/content_38391083.htm).
 * - 2027: **statutory days off only.** No State Council arrangement for 2027 was found when
 *   this list was made, so the list holds the days the 全国年节及纪念日放假办法 (as revised
 *   by State Council decree of 10 November 2024, in force 1 January 2025) names, on their
 *   2027 dates: New Year's Day 1 Jan; Spring Festival = lunar New Year's Eve and the first
 *   three days of the lunar year (lunar New Year's Day 2027 is Sat 6 Feb, so 5–8 Feb);
 *   Qingming 5 Apr; Labour Day 1–2 May; Dragon Boat 9 Jun; Mid-Autumn 15 Sep; National Day
 *   1–3 Oct. **Not included**: the weekdays given in lieu of statutory days that fall on a
 *   weekend (Art. 6 of the rules; in 2027 that is 6–7 Feb, 1–2 May and 2–3 Oct, so at least
 *   six weekdays) and the bridging days off and make-up working days the yearly notice
 *   adds. A scenario that reaches into 2027 should add them with `calendar.holidays:` and
 *   `calendar.workdays:` once the notice is out.
 *   (ICU's Chinese calendar, as in Node's `Intl`, puts lunar New Year 2027 on 7 Feb: the new
 *   moon falls minutes before midnight Beijing time and ICU's approximation lands after it.
 *   Published calendars give 6 Feb.)
 *
 * Outside 2026–2027 the list adds nothing: only weekends apply.
 * Checked against the notice day by day in `test/model/onboarding/calendar.test.ts`.
 */
import { HOLIDAY_SETS } from '../../scenario/transition-schema.js';

/** The name of a bundled list: one of `HOLIDAY_SETS` (src/scenario/transition-schema.ts). */
export type HolidaySetName = (typeof HOLIDAY_SETS)[number];

/** One bundled list. Dates are `YYYY-MM-DD`. */
export interface HolidaySet {
  /** Days off, as inclusive ranges [first, last]; weekend days inside a range are listed too. */
  readonly daysOff: ReadonlyArray<readonly [string, string]>;
  /** Weekend dates that are working days (make-up days). */
  readonly workdays: readonly string[];
  /** Where the dates come from. */
  readonly source: string;
}

/**
 * Every bundled list by name. Typed by `HolidaySetName`, so the compiler rejects a list the
 * schema does not name and a name without a list.
 * @example HOLIDAY_LISTS['cn-2026-2027'].workdays[0] // '2026-01-04'
 */
export const HOLIDAY_LISTS: Readonly<Record<HolidaySetName, HolidaySet>> = {
  'cn-2026-2027': {
    daysOff: [
      // 2026, State Council notice of 4 Nov 2025 (放假调休 ranges)
      ['2026-01-01', '2026-01-03'], // New Year
      ['2026-02-15', '2026-02-23'], // Spring Festival
      ['2026-04-04', '2026-04-06'], // Qingming
      ['2026-05-01', '2026-05-05'], // Labour Day
      ['2026-06-19', '2026-06-21'], // Dragon Boat
      ['2026-09-25', '2026-09-27'], // Mid-Autumn
      ['2026-10-01', '2026-10-07'], // National Day
      // 2027, statutory days only (no notice found: in-lieu, bridging and make-up days missing)
      ['2027-01-01', '2027-01-01'], // New Year
      ['2027-02-05', '2027-02-08'], // Spring Festival: New Year's Eve to the 3rd day
      ['2027-04-05', '2027-04-05'], // Qingming
      ['2027-05-01', '2027-05-02'], // Labour Day
      ['2027-06-09', '2027-06-09'], // Dragon Boat
      ['2027-09-15', '2027-09-15'], // Mid-Autumn
      ['2027-10-01', '2027-10-03'], // National Day
    ],
    workdays: [
      '2026-01-04', // Sun, New Year
      '2026-02-14', // Sat, Spring Festival
      '2026-02-28', // Sat, Spring Festival
      '2026-05-09', // Sat, Labour Day
      '2026-09-20', // Sun, National Day
      '2026-10-10', // Sat, National Day
    ],
    source:
      '2026: 国务院办公厅关于2026年部分节假日安排的通知 (4 Nov 2025); ' +
      '2027: statutory days of the 全国年节及纪念日放假办法 (2024 revision) only',
  },
};

/** The names of the bundled lists: the schema's `HOLIDAY_SETS`, each of which has a list above. */
export const HOLIDAY_SET_NAMES: readonly HolidaySetName[] = HOLIDAY_SETS;

/** Whether a `calendar.holidays` entry names a bundled list (else it is a date). O(1). */
export function isHolidaySetName(entry: string): entry is HolidaySetName {
  return Object.prototype.hasOwnProperty.call(HOLIDAY_LISTS, entry);
}
