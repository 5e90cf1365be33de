import { describe, expect, it } from 'vitest';
import { dateStartMs, earliestApplicationDate, filedTimeMs, hoursBetween } from '../../../src/model/compliance/filing-time.js';

describe('filing times', () => {
  it('reads a date as 00:00 UTC, a time without offset as UTC, and applies offsets', () => {
    expect(filedTimeMs('2026-09-11')).toBe(Date.UTC(2026, 8, 11));
    expect(filedTimeMs('2026-09-11T10:30')).toBe(Date.UTC(2026, 8, 11, 10, 30));
    expect(filedTimeMs('2026-09-11 10:30:15Z')).toBe(Date.UTC(2026, 8, 11, 10, 30, 15));
    expect(filedTimeMs('2026-09-11T08:00+08:00')).toBe(Date.UTC(2026, 8, 11, 0));
    expect(filedTimeMs('2026-09-11T20:00-05:30')).toBe(Date.UTC(2026, 8, 12, 1, 30));
  });

  it('refuses times and dates that do not exist', () => {
    for (const text of ['2026-09-11T24:00', '2026-09-11T10:60', '2026-04-31', '2026-09-11T10:00+25:00', '11/09/2026']) expect(filedTimeMs(text), text).toBeNull();
  });

  it('finds the first application date at least the lead time after a filing', () => {
    expect(earliestApplicationDate(Date.UTC(2026, 8, 12, 8), 72)).toBe('2026-09-16');
    expect(earliestApplicationDate(Date.UTC(2026, 8, 11), 72)).toBe('2026-09-14');
    expect(dateStartMs('2026-09-14')).toBe(Date.UTC(2026, 8, 14));
  });

  it('rounds hours towards zero, so a shortfall never reads as the full lead time', () => {
    expect(hoursBetween(0, 71.99 * 3_600_000)).toBe(71.9);
    expect(hoursBetween(0, -24 * 3_600_000)).toBe(-24);
  });
});
