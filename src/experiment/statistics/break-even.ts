/**
 * Break-even of a cumulative difference, and the intervals reported with it.
 *
 * - `breakEvenDay`: the first day n (1-based) after which the running sum of daily
 *   differences stays above zero through the last day; null when it never does (the sum is
 *   ≤ 0 at the end). O(days).
 * - `medianInterval`: the sample median and a distribution-free 95% interval for the
 *   population median from order statistics (the ranks j < k with
 *   P(j ≤ B < k) ≥ 0.95, B ~ Binomial(n, ½); Conover, Practical Nonparametric Statistics,
 *   §3.2). Censored values (null: later than the horizon) sort last, so the median and the
 *   bounds stay exact as long as they fall inside the horizon, and are null otherwise.
 * - `wilsonInterval`: the 95% Wilson score interval of a proportion (Wilson 1927).
 */
import { normalQuantile } from '../../engine/index.js';
import { CONFIDENCE } from './summary.js';

/**
 * @example breakEvenDay([-100, ...Array(20).fill(10)]) // 11: the sum is 0 after day 11's start, +10 at its end
 */
export function breakEvenDay(daily: readonly number[]): number | null {
  let sum = 0;
  const cum = new Float64Array(daily.length);
  for (let d = 0; d < daily.length; d++) cum[d] = sum += daily[d];
  let n = daily.length;
  while (n > 0 && cum[n - 1] > 0) n--;
  return n === daily.length ? null : n + 1;
}

/** P(B ≤ x) for B ~ Binomial(n, ½). O(n). */
function binomialHalfCdf(x: number, n: number): number {
  let term = Math.pow(0.5, n);
  let cdf = 0;
  for (let i = 0; i <= x; i++) {
    cdf += term;
    term *= (n - i) / (i + 1);
  }
  return cdf;
}

/**
 * Median of `values` (null = censored, larger than every number) and its interval; the
 * interval is null when n is too small for 95% (n < 6).
 * @example medianInterval([3, 1, 2, null, 5, 4, 6, 7]) // { median: 4.5, ci95: [1, null] }
 */
export function medianInterval(values: ReadonlyArray<number | null>): { median: number | null; ci95: [number | null, number | null] | null } {
  const n = values.length;
  if (n === 0) return { median: null, ci95: null };
  const sorted = [...values].sort((a, b) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b));
  const mid = (n - 1) / 2;
  const lo = sorted[Math.floor(mid)];
  const hi = sorted[Math.ceil(mid)];
  const median = lo === null || hi === null ? null : (lo + hi) / 2;
  // the largest j (1-based) with P(B ≤ j − 1) ≤ (1 − level) / 2; interval [x_(j), x_(n+1−j)]
  const alpha = (1 - CONFIDENCE) / 2;
  let j = 0;
  while (binomialHalfCdf(j, n) <= alpha) j++;
  if (j === 0) return { median, ci95: null };
  return { median, ci95: [sorted[j - 1], sorted[n - j]] };
}

/**
 * @example wilsonInterval(9, 10) // ≈ [0.596, 0.982]
 */
export function wilsonInterval(successes: number, n: number): [number, number] | null {
  if (n === 0) return null;
  const z = normalQuantile(1 - (1 - CONFIDENCE) / 2);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
