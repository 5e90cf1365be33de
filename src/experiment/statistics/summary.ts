import { mean, sampleStandardDeviation } from 'simple-statistics';
import { tQuantile } from '../../engine/stats/student-t.js';

/**
 * Mean, sample standard deviation, 95% Student-t confidence interval of the mean and count.
 * `sd` and `ci95` are `null` when fewer than two finite values exist (a spread cannot be
 * estimated from one value; JSON has no NaN). `mean` is `null` only when there is no value.
 */
export interface SampleSummary {
  mean: number | null;
  sd: number | null;
  ci95: [number, number] | null;
  n: number;
}

/** Two-sided confidence level of every interval poolsim reports. */
export const CONFIDENCE = 0.95;

/**
 * Half-width of the two-sided 95% Student-t interval of a mean: t(0.975, n−1) · sd / √n.
 * Returns `null` for n < 2.
 *
 * @example
 * tHalfWidth(1, 4); // t(0.975, 3) · 1 / 2 ≈ 1.591
 */
export function tHalfWidth(sd: number, n: number): number | null {
  if (n < 2) return null;
  return (tQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * sd) / Math.sqrt(n);
}

/**
 * Summarises one metric over replications. Non-finite values (a metric the model could not
 * compute in that replication, e.g. a mean over zero deliveries) are left out, and `n` counts
 * only the values used. O(n).
 *
 * Formula: x̄ ± t(0.975, n−1) · s / √n with s the sample (n−1) standard deviation
 * (simple-statistics `sampleStandardDeviation`; Law & Kelton, Simulation Modeling and
 * Analysis, §4.5).
 *
 * @example
 * summarize([1, 2, 3, 4]); // { mean: 2.5, sd: 1.29, ci95: [0.446, 4.554], n: 4 }
 */
export function summarize(values: readonly number[]): SampleSummary {
  const finite = values.filter(Number.isFinite);
  const n = finite.length;
  if (n === 0) return { mean: null, sd: null, ci95: null, n: 0 };
  const m = mean(finite);
  if (n === 1) return { mean: m, sd: null, ci95: null, n: 1 };
  const sd = sampleStandardDeviation(finite);
  const hw = tHalfWidth(sd, n) as number;
  return { mean: m, sd, ci95: [m - hw, m + hw], n };
}
