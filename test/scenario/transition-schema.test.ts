import { describe, expect, it } from 'vitest';
import { calendar, transition } from '../../src/scenario/transition-schema.js';

describe('the transition block', () => {
  it('accepts dates and bundled lists in holidays, and names both when neither fits', () => {
    expect(calendar.parse({ holidays: ['cn-2026-2027', '2026-11-11'] }).holidays).toEqual(['cn-2026-2027', '2026-11-11']);
    const bad = calendar.safeParse({ holidays: ['cn-2025'] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual(['expected a date YYYY-MM-DD or a bundled list: cn-2026-2027']);
    expect(calendar.safeParse({ holidays: ['2026-02-30'] }).success).toBe(false);
  });
  it('refuses a start that is not a calendar date', () => {
    expect(transition.safeParse({ start: '2026-02-30' }).success).toBe(false);
    expect(transition.parse({ start: '2026-09-14' }).onboarding.lapseProbability).toBe(0.0015);
  });
});
