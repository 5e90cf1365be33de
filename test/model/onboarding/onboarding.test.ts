/**
 * The onboarding process (src/model/onboarding/onboarding.ts): stage times in working days,
 * rejections and resubmission, the booking deadline and its lapse, the draw order, and the
 * closed-form mean against the sampled one.
 */
import { describe, expect, it } from 'vitest';
import { substream, tQuantile } from '../../../src/engine/index.js';
import type { Rng } from '../../../src/engine/index.js';
import { WorkingCalendar, dateOf, dayNumber } from '../../../src/model/onboarding/calendar.js';
import { expectedWorkingDays, sampleOnboarding } from '../../../src/model/onboarding/onboarding.js';
import type { OnboardingOutcome } from '../../../src/model/onboarding/onboarding.js';
import { ModelInputError } from '../../../src/model/errors.js';
import { notWholeDays, onboardingNeverEnds } from '../../../src/model/messages.js';
import type { Onboarding } from '../../../src/scenario/schema.js';
import { onboarding as onboardingSchema } from '../../../src/scenario/transition-schema.js';
import { mean, sampleSd } from '../helpers/stats.js';

const defaults: Onboarding = onboardingSchema.parse({});
const weekends = new WorkingCalendar(defaults.calendar);
const MON = dayNumber('2026-03-02');
const STAGE_DAYS = { qualification: 1, warehouseFit: 3, integration: 5 };

/** Constant stage durations 1, 3, 5 (the DOMAIN §4 T+1, T+3, T+5) and the given probabilities. */
function constant(change: { p?: [number, number, number]; q?: number; deadline?: number; delay?: number } = {}): Onboarding {
  const p = change.p ?? [0, 0, 0];
  const stage = (days: number, i: number) => ({
    duration: { type: 'constant' as const, value: days },
    rejectionProbability: p[i],
    resubmissionDelay: { type: 'constant' as const, value: change.delay ?? 2 },
  });
  return {
    ...defaults,
    qualification: stage(1, 0),
    warehouseFit: stage(3, 1),
    integration: stage(5, 2),
    lapseProbability: change.q ?? 0,
    bookingDeadline: change.deadline ?? 1,
  };
}

/** A stream that returns the given uniforms in order and fails if asked for more. */
function scripted(us: number[]): Rng {
  let i = 0;
  return () => {
    if (i >= us.length) expect.fail(`asked for uniform ${i + 1} of ${us.length}`);
    return us[i++];
  };
}

const sample = (params: Onboarding, n: number, start = MON, cal = weekends): OnboardingOutcome[] =>
  Array.from({ length: n }, (_, k) => sampleOnboarding(params, cal, start, substream(7, k, 'onboarding')));

describe('no rejection, no lapse', () => {
  it('constant 1, 3, 5 takes exactly 9 working days', () => {
    for (const o of sample(constant(), 50)) {
      expect(o.workingDays).toBe(9);
      expect(o.lapses + o.rejections).toBe(0);
    }
  });

  it('draws the timeline from Mon 2026-03-02 to go-live on Fri 2026-03-13', () => {
    const o = sampleOnboarding(constant(), weekends, MON, substream(1, 0, 'onboarding'));
    expect(o.stages.map((s) => [s.stage, s.attempt, dateOf(s.startDay), dateOf(s.endDay)])).toEqual([
      ['qualification', 1, '2026-03-02', '2026-03-03'],
      ['warehouseFit', 1, '2026-03-03', '2026-03-06'],
      ['integration', 1, '2026-03-06', '2026-03-13'],
    ]);
    expect(dateOf(o.goLiveDay)).toBe('2026-03-13');
    expect(o.calendarDays).toBe(11);
  });

  it('an application on a Saturday counts from Monday; calendar days from the Saturday', () => {
    const o = sampleOnboarding(constant(), weekends, dayNumber('2026-03-07'), substream(1, 0, 'onboarding'));
    expect(dateOf(o.stages[0].startDay)).toBe('2026-03-09');
    expect(dateOf(o.goLiveDay)).toBe('2026-03-20');
    expect(o.calendarDays).toBe(13);
  });

  it('the Spring Festival 2026 stretches the calendar, not the working days', () => {
    const cn = new WorkingCalendar({ weekends: true, holidays: ['cn-2026-2027'], workdays: [] });
    const o = sampleOnboarding(constant(), cn, dayNumber('2026-02-12'), substream(1, 0, 'onboarding'));
    // T+0 Thu 12, T+1 Fri 13, T+2 Sat 14 (make-up), 15–23 off, T+3 Tue 24 … T+6 Fri 27,
    // T+7 Sat 28 (make-up), T+8 Mon 2 Mar, T+9 Tue 3 Mar
    expect(o.workingDays).toBe(9);
    expect(dateOf(o.goLiveDay)).toBe('2026-03-03');
    expect(o.calendarDays).toBe(19);
  });

  it('a draw of 0 (or below) is a same-day review; a fraction rounds up', () => {
    const params = constant();
    params.qualification = { ...params.qualification, duration: { type: 'constant', value: 0 } };
    params.warehouseFit = { ...params.warehouseFit, duration: { type: 'normal', mean: -3, sd: 0.01 } };
    params.integration = { ...params.integration, duration: { type: 'constant', value: 4.2 } };
    const o = sampleOnboarding(params, weekends, MON, substream(1, 0, 'onboarding'));
    expect(o.workingDays).toBe(5);
    expect(o.stages[0].startDay).toBe(o.stages[0].endDay);
    expect(o.stages[1].startDay).toBe(o.stages[1].endDay);
  });
});

describe('rejections', () => {
  it('follow the documented draw order: duration, rejection uniform, [delay]; lapse uniform after integration', () => {
    // constants use no uniform: qualification rejected (0.1 < 0.5), approved (0.9), warehouseFit
    // and integration approved, booking confirmed (0.9 ≥ 0)
    const params = constant({ p: [0.5, 0, 0] });
    const o = sampleOnboarding(params, weekends, MON, scripted([0.1, 0.9, 0.9, 0.9, 0.9]));
    expect(o.rejections).toBe(1);
    expect(o.workingDays).toBe(1 + 2 + 1 + 3 + 5);
    expect(o.stages.map((s) => [s.stage, s.attempt, s.endDay - s.startDay])).toEqual([
      ['qualification', 1, 1],
      ['resubmission', 1, 2], // Tue 3 → Thu 5
      ['qualification', 2, 1],
      ['warehouseFit', 1, 5], // Fri 6 → Wed 11 over the weekend
      ['integration', 1, 7],
    ]);
    expect(o.goLiveDay).toBe(weekends.addWorkingDays(MON, 12));
  });

  it('probability 0 never rejects, however the stream falls', () => {
    const o = sampleOnboarding(constant(), weekends, MON, scripted([0, 0, 0, 0.5]));
    expect(o.rejections).toBe(0);
    expect(o.workingDays).toBe(9);
  });

  it('a probability just below 1 rejects for every uniform below it', () => {
    const params = constant({ p: [1 - 2 ** -52, 0, 0] }); // the largest double below 1
    // six uniforms, six rejections of the qualification: the seventh review asks for more
    expect(() => sampleOnboarding(params, weekends, MON, scripted([0.3, 0.7, 0.999, 0.99, 0.9, 0.9]))).toThrow(/asked for uniform 7/);
    // a uniform of 1 (never returned by a real stream, so passed by hand) approves the third review
    const o = sampleOnboarding(params, weekends, MON, scripted([0.3, 0.7, 1, 0.9, 0.9, 0.9]));
    expect(o.rejections).toBe(2);
    expect(o.workingDays).toBe(9 + 2 * (2 + 1));
  });

  it('probability 1 is refused: the stage would never pass', () => {
    const params = constant({ p: [0, 1, 0] });
    expect(() => sampleOnboarding(params, weekends, MON, substream(1, 0, 'onboarding'))).toThrow(ModelInputError);
    expect(() => sampleOnboarding(params, weekends, MON, substream(1, 0, 'onboarding'))).toThrow(
      onboardingNeverEnds('warehouseFit.rejectionProbability', 1),
    );
    expect(expectedWorkingDays(params)).toBe(Infinity);
  });

  it('each rejection of stage i costs its delay plus one more review', () => {
    for (const o of sample(constant({ p: [0.3, 0.3, 0.3], delay: 4 }), 300)) {
      const reviews = o.stages.filter((s) => s.stage !== 'resubmission');
      expect(reviews.length - 3).toBe(o.rejections);
      const extra = o.stages
        .filter((s) => s.stage === 'resubmission')
        .map((s) => o.stages[o.stages.indexOf(s) - 1].stage)
        .reduce((a, stage) => a + 4 + STAGE_DAYS[stage as keyof typeof STAGE_DAYS], 0);
      expect(o.workingDays).toBe(9 + extra);
    }
  });
});

describe('booking deadline and lapse', () => {
  it('lapseProbability 0 gives exactly 9 working days', () => {
    for (const o of sample(constant({ q: 0 }), 50)) expect(o.workingDays).toBe(9);
  });

  it('each lapse costs the whole cycle again plus the deadline: workingDays = 9 + lapses × (9 + D)', () => {
    const D = 2;
    const outcomes = sample(constant({ q: 0.5, deadline: D }), 400);
    for (const o of outcomes) {
      expect(o.workingDays).toBe(9 + o.lapses * (9 + D));
      expect(o.stages.length).toBe(3 * (o.lapses + 1) + o.lapses);
      expect(o.stages.filter((s) => s.stage === 'booking-lapse').map((s) => s.attempt)).toEqual(
        Array.from({ length: o.lapses }, (_, i) => i + 1),
      );
      expect(o.goLiveDay).toBe(weekends.addWorkingDays(MON, o.workingDays));
    }
    expect(outcomes.some((o) => o.lapses >= 2)).toBe(true);
    expect(outcomes.some((o) => o.lapses === 0)).toBe(true);
  });

  it('a lapse restarts at stage 1 and keeps counting the attempts', () => {
    // no rejection (p = 0, uniforms still drawn): 0.4, 0.4, 0.4, then lapse (0.1 < 0.5), then a clean cycle
    const o = sampleOnboarding(constant({ q: 0.5 }), weekends, MON, scripted([0.4, 0.4, 0.4, 0.1, 0.4, 0.4, 0.4, 0.9]));
    expect(o.stages.map((s) => [s.stage, s.attempt])).toEqual([
      ['qualification', 1],
      ['warehouseFit', 1],
      ['integration', 1],
      ['booking-lapse', 1],
      ['qualification', 2],
      ['warehouseFit', 2],
      ['integration', 2],
    ]);
    expect(o.workingDays).toBe(9 + 1 + 9);
  });

  it('lapseProbability 1 is refused', () => {
    expect(() => sampleOnboarding(constant({ q: 1 }), weekends, MON, substream(1, 0, 'onboarding'))).toThrow(
      onboardingNeverEnds('lapseProbability', 1),
    );
  });
});

describe('closed form', () => {
  it('by hand: (Σ (μᵢ + pᵢrᵢ)/(1 − pᵢ) + qD)/(1 − q)', () => {
    expect(expectedWorkingDays(constant())).toBe(9);
    expect(expectedWorkingDays(constant({ q: 0.5, deadline: 2 }))).toBe((9 + 0.5 * 2) / 0.5); // 20
    // defaults: (1.05 + 3.05 + 5.05)/0.975 = 9.384615…; (9.384615… + 0.0015)/0.9985 = 9.400215…
    expect(expectedWorkingDays(defaults)).toBeCloseTo(9.400215708, 8);
    expect(Math.round(expectedWorkingDays(defaults) * 10) / 10).toBe(9.4); // DOMAIN §4: 9.4 working days
  });

  it('rounds discrete values up as the process does', () => {
    const params = constant();
    params.qualification = { ...params.qualification, duration: { type: 'discrete', values: [0.5, 1.5], weights: [1, 3] } };
    expect(expectedWorkingDays(params)).toBeCloseTo(8 + 0.25 * 1 + 0.75 * 2, 12);
  });

  it('needs whole-number laws', () => {
    const params = constant();
    params.integration = { ...params.integration, duration: { type: 'gamma', mean: 5, cv: 0.3 } };
    expect(() => expectedWorkingDays(params)).toThrow(notWholeDays('integration.duration', 'gamma'));
  });

  // N replications, substreams (seed, k, 'onboarding') as the model draws them; pass if the
  // 99 % interval mean ± t(0.995, N − 1)·s/√N holds the closed form (fails by chance 1 in 100)
  const check = (params: Onboarding, n: number, seed: number) => {
    const days = Array.from(
      { length: n },
      (_, k) => sampleOnboarding(params, weekends, MON, substream(seed, k, 'onboarding')).workingDays,
    );
    const halfWidth = (tQuantile(0.995, n - 1) * sampleSd(days)) / Math.sqrt(n);
    return { mean: mean(days), halfWidth };
  };

  it('the defaults: the 99 % interval of 20 000 sampled onboardings holds 9.4002', () => {
    const { mean: m, halfWidth } = check(defaults, 20_000, 20260302);
    expect(Math.abs(m - expectedWorkingDays(defaults))).toBeLessThan(halfWidth);
  });

  it('a rejection- and lapse-heavy configuration agrees too', () => {
    const params: Onboarding = {
      ...defaults,
      qualification: { ...defaults.qualification, rejectionProbability: 0.3 },
      warehouseFit: {
        ...defaults.warehouseFit,
        rejectionProbability: 0.2,
        resubmissionDelay: { type: 'discrete', values: [1, 5], weights: [1, 1] },
      },
      integration: { ...defaults.integration, rejectionProbability: 0.4 },
      lapseProbability: 0.25,
      bookingDeadline: 3,
    };
    const { mean: m, halfWidth } = check(params, 20_000, 42);
    expect(Math.abs(m - expectedWorkingDays(params))).toBeLessThan(halfWidth);
  });
});
