/**
 * The working-day calendar (src/model/onboarding/calendar.ts): date ↔ day number, weekends,
 * the bundled cn-2026-2027 list and a scenario's own holidays and make-up days. Every
 * expected date below is counted by hand on a wall calendar.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, dateOf, dayNumber, dayOfWeek } from '../../../src/model/onboarding/calendar.js';
import type { CalendarSpec } from '../../../src/model/onboarding/calendar.js';
import { HOLIDAY_LISTS, HOLIDAY_SET_NAMES } from '../../../src/model/onboarding/holiday-sets.js';
import { ModelInputError } from '../../../src/model/errors.js';
import { badWorkingDays, invalidDate, unknownHolidaySet } from '../../../src/model/messages.js';
import { HOLIDAY_SETS, calendar as calendarSchema } from '../../../src/scenario/transition-schema.js';

const cal = (spec: Partial<CalendarSpec> = {}) => new WorkingCalendar(calendarSchema.parse(spec));
const cn = cal({ holidays: ['cn-2026-2027'] });
/** T+n from a date, as a date. */
const plus = (c: WorkingCalendar, date: string, n: number) => dateOf(c.addWorkingDays(dayNumber(date), n));
const working = (c: WorkingCalendar, date: string) => c.isWorkingDay(dayNumber(date));

describe('day numbers', () => {
  it('counts days from 1970-01-01, a Thursday', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-03-02')).toBe(20514); // Date.UTC(2026, 2, 2) / 86 400 000
    expect(dayOfWeek(0)).toBe(4);
    expect(dayOfWeek(dayNumber('2026-03-02'))).toBe(1);
    expect(dayOfWeek(dayNumber('2026-02-14'))).toBe(6);
    expect(dayOfWeek(dayNumber('1969-12-28'))).toBe(0);
  });

  it('round-trips every day from 1900 to 2100 and agrees with UTC Date arithmetic', () => {
    for (let d = dayNumber('1900-01-01'); d <= dayNumber('2100-12-31'); d++) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      if (dateOf(d) !== iso || dayNumber(iso) !== d) expect.fail(`day ${d}: ${dateOf(d)} vs ${iso}`);
    }
  });

  it('knows the leap years', () => {
    expect(dateOf(dayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(dateOf(dayNumber('2026-02-28') + 1)).toBe('2026-03-01');
    expect(dateOf(dayNumber('1900-02-28') + 1)).toBe('1900-03-01');
    expect(dateOf(dayNumber('2000-02-28') + 1)).toBe('2000-02-29');
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-2', '2026-03-02T00:00', ''])('rejects %j', (s) => {
    expect(() => dayNumber(s)).toThrow(ModelInputError);
    expect(() => dayNumber(s)).toThrow(invalidDate('dayNumber', s));
  });
});

describe('weekends', () => {
  const c = cal();

  it('Saturday and Sunday are days off, every other day works', () => {
    expect(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].every((d) => working(c, d))).toBe(true);
    expect(working(c, '2026-03-07')).toBe(false);
    expect(working(c, '2026-03-08')).toBe(false);
    // no bundled list by default: the Spring Festival is ordinary working days
    expect(working(c, '2026-02-16')).toBe(true);
  });

  it('T+n', () => {
    expect(plus(c, '2026-03-02', 0)).toBe('2026-03-02'); // Mon, working: itself
    expect(plus(c, '2026-03-02', 1)).toBe('2026-03-03');
    expect(plus(c, '2026-03-02', 5)).toBe('2026-03-09'); // Mon + 5 = next Mon
    expect(plus(c, '2026-03-06', 1)).toBe('2026-03-09'); // Fri + 1 = Mon
    expect(plus(c, '2026-03-06', 0)).toBe('2026-03-06');
    expect(plus(c, '2026-03-07', 0)).toBe('2026-03-09'); // Sat: counts from Monday
    expect(plus(c, '2026-03-07', 1)).toBe('2026-03-10');
    expect(plus(c, '2026-03-08', 3)).toBe('2026-03-12');
    expect(plus(c, '2026-03-02', 9)).toBe('2026-03-13');
  });

  it('counts working days in [a, b)', () => {
    const between = (a: string, b: string) => c.workingDaysBetween(dayNumber(a), dayNumber(b));
    expect(between('2026-03-06', '2026-03-09')).toBe(1); // Fri only
    expect(between('2026-03-02', '2026-03-09')).toBe(5);
    expect(between('2026-03-07', '2026-03-09')).toBe(0);
    expect(between('2026-03-02', '2026-03-02')).toBe(0);
    expect(between('2026-03-09', '2026-03-02')).toBe(-5);
    expect(between('2026-03-01', '2026-04-01')).toBe(22);
  });

  it('weekends: false makes every day but a holiday a working day', () => {
    const all = cal({ weekends: false });
    expect(working(all, '2026-03-07')).toBe(true);
    expect(plus(all, '2026-03-06', 1)).toBe('2026-03-07'); // Fri + 1 = Sat
    expect(plus(all, '2026-03-02', 9)).toBe('2026-03-11');
    const cnAll = cal({ weekends: false, holidays: ['cn-2026-2027'] });
    expect(plus(cnAll, '2026-02-14', 1)).toBe('2026-02-24'); // Sat 14 works; 15–23 off
    expect(working(cnAll, '2026-02-15')).toBe(false);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => c.addWorkingDays(0, -1)).toThrow(badWorkingDays(-1));
    expect(() => c.addWorkingDays(0, 1.5)).toThrow(RangeError);
  });
});

describe('cn-2026-2027', () => {
  it('T+1 from Fri 2026-02-13 is the make-up Saturday 2026-02-14', () => {
    expect(plus(cn, '2026-02-13', 1)).toBe('2026-02-14');
    expect(plus(cal(), '2026-02-13', 1)).toBe('2026-02-16'); // without the list: Monday
  });

  it('skips the nine days of the 2026 Spring Festival', () => {
    expect(plus(cn, '2026-02-13', 2)).toBe('2026-02-24'); // Sat 14 works, Sun 15 – Mon 23 off
    expect(plus(cn, '2026-02-15', 0)).toBe('2026-02-24');
    expect(cn.workingDaysBetween(dayNumber('2026-02-13'), dayNumber('2026-02-24'))).toBe(2);
    expect(plus(cn, '2026-02-27', 1)).toBe('2026-02-28'); // Fri + 1 = the make-up Saturday
    expect(plus(cn, '2026-02-27', 2)).toBe('2026-03-02');
  });

  it('National Day 2026: 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked', () => {
    expect(plus(cn, '2026-09-30', 1)).toBe('2026-10-08'); // Wed + 1 = Thu after the week off
    expect(plus(cn, '2026-09-30', 3)).toBe('2026-10-10'); // Thu 8, Fri 9, Sat 10
    expect(plus(cn, '2026-09-19', 0)).toBe('2026-09-20'); // Sat: counts from the worked Sunday
    expect(plus(cn, '2026-09-24', 1)).toBe('2026-09-28'); // Mid-Autumn Fri 25 – Sun 27 off
  });

  it('New Year 2026 and 2027', () => {
    expect(plus(cn, '2026-01-01', 0)).toBe('2026-01-04'); // 1–3 Jan off, Sun 4 worked
    expect(plus(cn, '2026-12-31', 1)).toBe('2027-01-04'); // Fri 1 Jan 2027 off, then the weekend
  });

  it('holds the 2026 notice day by day', () => {
    const off2026 = new Set<string>();
    for (let d = dayNumber('2026-01-01'); d <= dayNumber('2026-12-31'); d++) {
      const w = dayOfWeek(d);
      if (!cn.isWorkingDay(d) && w !== 0 && w !== 6) off2026.add(dateOf(d));
    }
    // weekdays off by the State Council notice of 4 Nov 2025 (the weekend days inside its ranges are off anyway)
    expect([...off2026]).toEqual([
      '2026-01-01', '2026-01-02',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23',
      '2026-04-06',
      '2026-05-01', '2026-05-04', '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
    const workedWeekend: string[] = [];
    for (let d = dayNumber('2026-01-01'); d <= dayNumber('2026-12-31'); d++) {
      const w = dayOfWeek(d);
      if (cn.isWorkingDay(d) && (w === 0 || w === 6)) workedWeekend.push(dateOf(d));
    }
    expect(workedWeekend).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    // 365 days − 104 weekend days − 19 weekdays off + 6 make-up days
    expect(cn.workingDaysBetween(dayNumber('2026-01-01'), dayNumber('2027-01-01'))).toBe(248);
  });

  it('2027: the statutory days only (no make-up days)', () => {
    const off = ['2027-01-01', '2027-02-05', '2027-02-08', '2027-04-05', '2027-06-09', '2027-09-15', '2027-10-01'];
    for (const d of off) expect(working(cn, d)).toBe(false);
    const weekendsOff = ['2027-02-06', '2027-02-07', '2027-05-01', '2027-05-02', '2027-10-02', '2027-10-03'];
    for (const d of weekendsOff) expect(dayOfWeek(dayNumber(d)) % 6).toBe(0);
    // no in-lieu weekday: Mon 2027-05-03 and Mon 2027-10-04 work until a scenario adds them
    expect(working(cn, '2027-05-03')).toBe(true);
    expect(working(cn, '2027-10-04')).toBe(true);
    expect(HOLIDAY_LISTS['cn-2026-2027'].workdays.some((d) => d.startsWith('2027'))).toBe(false);
  });

  it('adds nothing outside 2026–2027', () => {
    expect(cn.workingDaysBetween(dayNumber('2025-01-01'), dayNumber('2026-01-01'))).toBe(
      cal().workingDaysBetween(dayNumber('2025-01-01'), dayNumber('2026-01-01')),
    );
  });

  it('every make-up day is a weekend day outside the days off, every range is ordered', () => {
    const list = HOLIDAY_LISTS['cn-2026-2027'];
    for (const d of list.workdays) {
      expect([0, 6]).toContain(dayOfWeek(dayNumber(d)));
      for (const [a, b] of list.daysOff) expect(d < a || d > b).toBe(true);
    }
    for (const [a, b] of list.daysOff) expect(dayNumber(a)).toBeLessThanOrEqual(dayNumber(b));
  });

  it('the bundled names are the schema’s', () => {
    expect([...HOLIDAY_SET_NAMES]).toEqual([...HOLIDAY_SETS]);
    expect(Object.keys(HOLIDAY_LISTS).sort()).toEqual([...HOLIDAY_SETS].sort());
  });
});

describe('a scenario’s own days', () => {
  it('a holidays date is a day off', () => {
    const c = cal({ holidays: ['2026-03-04'] }); // a Wednesday
    expect(plus(c, '2026-03-02', 1)).toBe('2026-03-03');
    expect(plus(c, '2026-03-02', 2)).toBe('2026-03-05');
    expect(plus(c, '2026-03-04', 0)).toBe('2026-03-05');
    expect(plus(c, '2026-03-02', 9)).toBe('2026-03-16');
  });

  it('a workdays date makes a weekend day a working day', () => {
    const c = cal({ workdays: ['2026-03-07'] });
    expect(plus(c, '2026-03-06', 1)).toBe('2026-03-07');
    expect(plus(c, '2026-03-06', 2)).toBe('2026-03-09');
  });

  it('a holiday overrides a make-up day, its own or a bundled one', () => {
    expect(working(cal({ holidays: ['cn-2026-2027', '2026-02-14'] }), '2026-02-14')).toBe(false);
    expect(working(cal({ holidays: ['2026-03-07'], workdays: ['2026-03-07'] }), '2026-03-07')).toBe(false);
  });

  it('an unknown list name is refused', () => {
    const spec = { weekends: true, holidays: ['cn-2030'], workdays: [] } as unknown as CalendarSpec;
    expect(() => new WorkingCalendar(spec)).toThrow(unknownHolidaySet('cn-2030', 'cn-2026-2027'));
  });
});

describe('T+n and the count agree', () => {
  it('workingDaysBetween(a, addWorkingDays(a, n)) = n, and T+n is a working day', () => {
    for (const c of [cal(), cn, cal({ weekends: false, holidays: ['cn-2026-2027'] })]) {
      for (let a = dayNumber('2026-01-01'); a <= dayNumber('2027-12-31'); a += 3) {
        for (let n = 0; n <= 12; n++) {
          const t = c.addWorkingDays(a, n);
          if (c.workingDaysBetween(a, t) !== n || !c.isWorkingDay(t)) expect.fail(`${dateOf(a)} + ${n} = ${dateOf(t)}`);
        }
      }
    }
  });
});
