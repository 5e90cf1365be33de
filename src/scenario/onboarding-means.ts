/**
 * The onboarding's stages and its expected length (DOMAIN §4), shared by the model that samples
 * it and the loader that refuses onboardings that never end. No schema here: the schema modules
 * import the limits, which use this.
 */
import type { DistributionSpec } from '../engine/random/spec.js';
import type { Onboarding } from './schema.js';

/** The three reviews of an onboarding, in order (DOMAIN §4). */
export const ONBOARDING_STAGES = ['qualification', 'warehouseFit', 'integration'] as const;

/**
 * The expected review attempts and working days of an onboarding, given each duration and
 * delay law's mean as the process rounds it (`roundedUpMean`):
 *   reviews = Σᵢ 1/(1 − pᵢ) / (1 − q),   days = (Σᵢ (μᵢ + pᵢ·rᵢ)/(1 − pᵢ) + q·D)/(1 − q)
 * (Wald's identity; the derivation is in `src/model/onboarding/onboarding.ts`). Both Infinity
 * when a probability is 1. O(stages).
 * @example onboardingMeans(onboarding, (spec) => …).reviews // 3.08 for the defaults
 */
export function onboardingMeans(o: Onboarding, roundedUpMean: (spec: DistributionSpec, field: string) => number): { reviews: number; workingDays: number } {
  let reviews = 0;
  let cycle = 0;
  for (const s of ONBOARDING_STAGES) {
    const p = o[s].rejectionProbability;
    const mu = roundedUpMean(o[s].duration, `${s}.duration`);
    const r = roundedUpMean(o[s].resubmissionDelay, `${s}.resubmissionDelay`);
    if (p >= 1) return { reviews: Infinity, workingDays: Infinity };
    reviews += 1 / (1 - p);
    cycle += (mu + p * r) / (1 - p);
  }
  const q = o.lapseProbability;
  if (q >= 1) return { reviews: Infinity, workingDays: Infinity };
  return { reviews: reviews / (1 - q), workingDays: (cycle + q * o.bookingDeadline) / (1 - q) };
}
