/** Full and partial months of the monthly rows (`src/report/monthly-rows.ts`). */
import { describe, expect, it } from 'vitest';
import { daysLabel, fullMonths, isFullMonth, monthDays, partialMonth } from '../../src/report/monthly-rows.js';
import { loadFixture } from './support/fixtures.js';

describe('monthly rows: full and partial months', () => {
  it('reads the length from the row', () => {
    expect(monthDays({ month: 13, days: 5 }, 365)).toBe(5);
    expect(isFullMonth({ month: 12, days: 30 }, 365)).toBe(true);
    expect(isFullMonth({ month: 13, days: 5 }, 365)).toBe(false);
  });

  it('without days (older results files), infers it from the horizon', () => {
    expect([1, 12, 13].map((month) => monthDays({ month }, 365))).toEqual([30, 30, 5]);
    expect(monthDays({ month: 2 }, 45.5)).toBeCloseTo(15.5, 12);
    expect(monthDays({ month: 12, days: null }, 360)).toBe(30);
  });

  it('finds the fixture’s 5-day 13th month, and none when every month is full', () => {
    const r = loadFixture();
    expect(partialMonth(r, ['unmerged', 'merged'])).toEqual({ month: 13, days: 5 });
    expect(fullMonths(r, 'merged').map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const s of Object.keys(r.setups)) r.setups[s].monthly = fullMonths(r, s);
    expect(partialMonth(r, Object.keys(r.setups))).toBeNull();
    expect(fullMonths(r, 'no-such-setup')).toEqual([]);
  });

  it('labels whole days as integers, fractions with one decimal', () => {
    expect(daysLabel(5)).toBe('5');
    expect(daysLabel(15.5)).toBe('15.5');
  });
});
