import { describe, expect, it } from 'vitest';
import { parseDurationDays } from '../../src/scenario/duration.js';
import { duration } from '../../src/scenario/distribution-schema.js';

describe('durations', () => {
  it('reads units as days, exactly', () => {
    expect(parseDurationDays('30m')).toBe(1 / 48);
    expect(parseDurationDays('4h')).toBe(1 / 6);
    expect(parseDurationDays('2d')).toBe(2);
    expect(parseDurationDays('1w')).toBe(7);
    expect(parseDurationDays('90s')).toBe(90 / 86_400);
    expect(parseDurationDays('1.5d')).toBe(1.5);
    expect(parseDurationDays(' 12h ')).toBe(0.5);
  });

  it('rejects anything else', () => {
    for (const bad of ['30', '4 hours', '2days', '-1d', '1e3d', 'd', '']) expect(parseDurationDays(bad)).toBeNaN();
  });

  it('accepts plain numbers of days in the schema and rejects negative ones', () => {
    expect(duration.parse(3)).toBe(3);
    expect(duration.parse('30m')).toBe(1 / 48);
    expect(duration.safeParse(-1).success).toBe(false);
    expect(duration.safeParse('3 days').success).toBe(false);
  });
});
