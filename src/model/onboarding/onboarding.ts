/**
 * The onboarding of one application (DOMAIN §4): three reviews in order, each of which may
 * reject the application, then the booking confirmation, which may lapse. The result is
 * the go-live date and the timeline a chart draws. One draw per replication (substream
 * `onboarding`, see `transition/transition-model.ts`).
 *
 * Process, in working days of a {@link WorkingCalendar} from the application day:
 *
 * 1. Stages qualification → warehouseFit → integration. An attempt takes
 *    ⌈max(0, duration draw)⌉ working days (a draw of 0 means the review ends the same day:
 *    zero working days). Then it is rejected with probability `rejectionProbability`; a
 *    rejected application waits ⌈max(0, resubmissionDelay draw)⌉ working days and the same
 *    stage is reviewed again, with a fresh duration draw.
 * 2. After the integration is approved the seller has `bookingDeadline` working days to
 *    confirm the warehouse booking. With probability `lapseProbability` it is not confirmed:
 *    the deadline's working days are lost and the application restarts at stage 1.
 *    Otherwise the confirmation takes no working day of its own and the Pool ID goes live:
 *    go-live = T+(total working days) from the application day.
 *
 * Draw order (fixed, so a seed gives the same timeline; pinned by the scripted-stream test in
 * `test/model/onboarding/onboarding.test.ts`): per review attempt, (a) the duration draw
 * (as many uniforms as its sampler uses: none for a constant), (b) one uniform u, rejected
 * iff u < rejectionProbability, always drawn, (c) only if rejected, the resubmission delay
 * draw. After each approved integration, (d) one uniform v, lapsed iff v < lapseProbability,
 * always drawn.
 */
import { makeSampler } from '../../engine/index.js';
import type { DistributionSpec, Rng, Sampler } from '../../engine/index.js';
import type { Onboarding } from '../../scenario/schema.js';
import { ONBOARDING_STAGES, onboardingMeans } from '../../scenario/onboarding-means.js';
import { ModelInputError } from '../errors.js';
import { notWholeDays, onboardingNeverEnds } from '../messages.js';
import type { WorkingCalendar } from './calendar.js';

export { ONBOARDING_STAGES };
export type OnboardingStage = (typeof ONBOARDING_STAGES)[number];

/** One row of the timeline: a review attempt, the wait after a rejection, or a lapsed deadline. */
export interface OnboardingStep {
  stage: OnboardingStage | 'resubmission' | 'booking-lapse';
  /** Day number of the first working day of the step. */
  startDay: number;
  /**
   * Day number the step ends on, exclusive: the next step's `startDay` (equal to `startDay`
   * for a step of zero working days).
   */
  endDay: number;
  /**
   * A review: its attempt number at that stage, counted over the whole application (a
   * restart after a lapse continues the count). A resubmission: the number of the rejected
   * attempt it follows. A booking lapse: the lapse's number (1, 2, …).
   */
  attempt: number;
}

/** One sampled onboarding. */
export interface OnboardingOutcome {
  /** Working days from the application to go-live. */
  workingDays: number;
  /** Calendar days from the application day to the go-live day. */
  calendarDays: number;
  /** Day number of go-live: `calendar.addWorkingDays(startDay, workingDays)`. */
  goLiveDay: number;
  /** Booking confirmations missed (each restarted the application at stage 1). */
  lapses: number;
  /** Rejections, all stages and restarts together. */
  rejections: number;
  /** The timeline, in order: one row per review attempt, resubmission wait and lapse. */
  stages: OnboardingStep[];
}

const wholeDays = (draw: number): number => Math.ceil(Math.max(0, draw));

/**
 * Samples the onboarding of an application filed on day number `startDay`. Builds its
 * samplers on each call (meant for once per replication). O(steps × working days per step).
 * @throws ModelInputError when a rejection or the lapse probability is 1 (the application
 *   would never go live)
 * @example
 * const params = onboarding.parse({}); // src/scenario/transition-schema.ts defaults
 * const cal = new WorkingCalendar(params.calendar);
 * const o = sampleOnboarding(params, cal, cal.dayNumber('2026-03-02'), substream(42, 0, 'onboarding'));
 * cal.dateOf(o.goLiveDay); // '2026-03-13' when nothing is rejected and durations are 1, 3, 5
 */
export function sampleOnboarding(params: Onboarding, calendar: WorkingCalendar, startDay: number, rng: Rng): OnboardingOutcome {
  for (const s of ONBOARDING_STAGES) {
    if (params[s].rejectionProbability >= 1) {
      throw new ModelInputError(onboardingNeverEnds(`${s}.rejectionProbability`, params[s].rejectionProbability), { stage: s });
    }
  }
  if (params.lapseProbability >= 1) {
    throw new ModelInputError(onboardingNeverEnds('lapseProbability', params.lapseProbability));
  }
  const duration: Sampler[] = ONBOARDING_STAGES.map((s) => makeSampler(params[s].duration));
  const resubmission: Sampler[] = ONBOARDING_STAGES.map((s) => makeSampler(params[s].resubmissionDelay));
  const rejectP = ONBOARDING_STAGES.map((s) => params[s].rejectionProbability);
  const attempts = [0, 0, 0];
  const stages: OnboardingStep[] = [];
  let workingDays = 0;
  let day = calendar.addWorkingDays(startDay, 0);
  let rejections = 0;
  let lapses = 0;
  const step = (stage: OnboardingStep['stage'], attempt: number, days: number): void => {
    // T+a then T+b from there is T+(a+b): addWorkingDays always lands on a working day
    const endDay = calendar.addWorkingDays(day, days);
    stages.push({ stage, startDay: day, endDay, attempt });
    workingDays += days;
    day = endDay;
  };
  for (;;) {
    for (let i = 0; i < ONBOARDING_STAGES.length; i++) {
      for (;;) {
        const days = wholeDays(duration[i].sample(rng));
        const rejected = rng() < rejectP[i];
        step(ONBOARDING_STAGES[i], ++attempts[i], days);
        if (!rejected) break;
        rejections++;
        step('resubmission', attempts[i], wholeDays(resubmission[i].sample(rng)));
      }
    }
    if (!(rng() < params.lapseProbability)) break;
    step('booking-lapse', ++lapses, params.bookingDeadline);
  }
  return { workingDays, calendarDays: day - startDay, goLiveDay: day, lapses, rejections, stages };
}

/**
 * The exact mean working days from application to go-live, for whole-number durations:
 *
 *   E = (Σᵢ (μᵢ + pᵢ·rᵢ) / (1 − pᵢ) + q·D) / (1 − q)
 *
 * μᵢ = mean rounded-up duration of stage i, pᵢ its rejection probability, rᵢ its mean
 * rounded-up resubmission delay, q the lapse probability, D the booking deadline.
 * Derivation: stage i takes Nᵢ attempts, geometric with E[Nᵢ] = 1/(1 − pᵢ), and Nᵢ − 1
 * waits; the draws that decide Nᵢ are independent of the durations, so by Wald's identity
 * E[Tᵢ] = μᵢ/(1 − pᵢ) + rᵢ·pᵢ/(1 − pᵢ). The application runs C cycles through the stages,
 * geometric with E[C] = 1/(1 − q), and loses D days at each of the C − 1 lapses; Wald again
 * gives E = E[C]·Σᵢ E[Tᵢ] + D·q/(1 − q). Checked against {@link sampleOnboarding} in
 * `test/model/onboarding/onboarding.test.ts` ("closed form"). With the schema defaults
 * (means 1, 3, 5; pᵢ = 0.025; rᵢ = 2; q = 0.0015; D = 1) E = 9.4002 working days. The formula
 * is {@link onboardingMeans}, which the loader also uses to refuse onboardings that never end.
 *
 * "Whole-number" durations: constant, discrete (values rounded up here as in the process),
 * poisson and bernoulli. Infinity when a probability is 1. O(values of the discrete laws).
 * @throws RangeError for a continuous duration or delay law (E⌈X⌉ has no closed form here)
 * @example expectedWorkingDays(onboarding.parse({})) // 9.400215…
 */
export function expectedWorkingDays(params: Onboarding): number {
  return onboardingMeans(params, roundedUpMean).workingDays;
}

/** E⌈max(0, X)⌉ for a whole-number law (the process rounds every draw so). */
function roundedUpMean(spec: DistributionSpec, field: string): number {
  switch (spec.type) {
    case 'constant':
      return wholeDays(spec.value);
    case 'discrete': {
      let total = 0;
      let sum = 0;
      for (let i = 0; i < spec.values.length; i++) {
        total += spec.weights[i];
        sum += spec.weights[i] * wholeDays(spec.values[i]);
      }
      return sum / total;
    }
    case 'poisson':
      return spec.mean;
    case 'bernoulli':
      return spec.p;
    default:
      throw new RangeError(notWholeDays(field, spec.type));
  }
}
