/**
 * Exact Poisson base-stock formulas (continuous review, deterministic lead time,
 * unit demand, full backordering). With lead-time demand D ~ Poisson(m) and base-stock
 * level S, the net inventory in steady state is S − D, so
 *
 * - fill rate (share of unit demands met from stock) = P(D ≤ S − 1),
 * - E[on hand] = Σ_{d<S} (S − d) P(D = d),
 * - E[backorders] = Σ_{d>S} (d − S) P(D = d) = m − S + E[on hand].
 *
 * Source: Zipkin, *Foundations of Inventory Management* (2000), §6.2 (the (S−1, S) policy
 * with Poisson demand); Axsäter, *Inventory Control* (3rd ed., 2015), §5.3.
 * Used by the model to set targets (`targets.ts`) and by `test/theory/base-stock-pooling.test.ts`
 * as the closed form the simulation is checked against.
 */

/**
 * Poisson probabilities P(D = d) for d = 0..upTo. Computed from the mode outwards and
 * normalised, so means far beyond exp's range (m > 745) stay exact to rounding.
 * O(upTo + m + 40√m) time and memory.
 * @example poissonPmf(2, 4) // [0.1353, 0.2707, 0.2707, 0.1804, 0.0902]
 */
export function poissonPmf(mean: number, upTo: number): Float64Array {
  const out = new Float64Array(upTo + 1);
  if (mean === 0) {
    out[0] = 1;
    return out;
  }
  const mode = Math.floor(mean);
  const spread = Math.ceil(40 * Math.sqrt(mean) + 40);
  const lo = Math.max(0, mode - spread);
  const hi = Math.max(upTo, mode + spread);
  const w = new Float64Array(hi - lo + 1);
  w[mode - lo] = 1;
  for (let d = mode; d < hi; d++) w[d + 1 - lo] = (w[d - lo] * mean) / (d + 1);
  for (let d = mode; d > lo; d--) w[d - 1 - lo] = (w[d - lo] * d) / mean;
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += w[i];
  for (let d = lo; d <= upTo; d++) out[d] = w[d - lo] / sum;
  return out;
}

/**
 * Fill rate of base-stock level S against Poisson lead-time demand with mean m:
 * P(D ≤ S − 1). O(S + √m).
 * @example poissonFillRate(3, 1) // 0.9197 = P(D ≤ 2) for D ~ Poisson(1)
 */
export function poissonFillRate(baseStock: number, mean: number): number {
  if (baseStock <= 0) return 0;
  const p = poissonPmf(mean, baseStock - 1);
  let cdf = 0;
  for (let d = 0; d < baseStock; d++) cdf += p[d];
  return Math.min(1, cdf);
}

/**
 * Expected units on hand: Σ_{d<S} (S − d) P(D = d). O(S + √m).
 * @example poissonExpectedOnHand(3, 1) // 2.0233
 */
export function poissonExpectedOnHand(baseStock: number, mean: number): number {
  if (baseStock <= 0) return 0;
  const p = poissonPmf(mean, baseStock - 1);
  let sum = 0;
  for (let d = 0; d < baseStock; d++) sum += (baseStock - d) * p[d];
  return sum;
}

/**
 * Expected units backordered: Σ_{d>S} (d − S) P(D = d), computed by the identity
 * E[(D − S)⁺] = m − S + E[(S − D)⁺] (no tail truncation). O(S + √m).
 * @example poissonExpectedBackorders(3, 1) // 0.0233
 */
export function poissonExpectedBackorders(baseStock: number, mean: number): number {
  return Math.max(0, mean - baseStock + poissonExpectedOnHand(baseStock, mean));
}

/**
 * Smallest base-stock level S ≥ 0 whose Poisson fill rate reaches `target` (0 < target < 1).
 * A stock point without demand (mean 0) gets S = 0. O(S) time, no allocation: the setup
 * of a large catalogue calls it once per stock point (10⁶ and more).
 *
 * The answer is the one {@link poissonPmf}'s normalised window gives (an exact search over
 * it, `exactMinBaseStock`), found faster: for means up to {@link FAST_MAX_MEAN} the
 * cumulative probabilities are summed from P(D = 0) = e^−m upwards, and S is accepted only
 * when the fill rate at S − 1 is below `target − ε` and at S at least `target + ε` with
 * ε = 10⁻⁹, far above both sums' rounding error (under 10⁻¹² for these means), so the exact
 * search would stop at the same S. Otherwise (a target within ε of a fill rate, or a larger
 * mean) the exact search runs, in a reused buffer.
 * @example minBaseStockForFillRate(1, 0.95) // 4, since P(D ≤ 2) = 0.920 < 0.95 ≤ P(D ≤ 3) = 0.981
 */
export function minBaseStockForFillRate(mean: number, target: number): number {
  if (mean <= 0) return 0;
  const upTo = Math.ceil(mean + 40 * Math.sqrt(mean) + 40);
  if (mean <= FAST_MAX_MEAN) {
    let p = Math.exp(-mean);
    let below = 0;
    let cdf = p;
    let s = 1;
    while (cdf < target && s <= upTo) {
      below = cdf;
      p = (p * mean) / s;
      cdf += p;
      s++;
    }
    if (cdf >= target + CERTAIN && below < target - CERTAIN) return s;
  }
  exactSearches++;
  return exactMinBaseStock(mean, target, upTo);
}

/** Largest mean summed upwards from e^−m by {@link minBaseStockForFillRate} (e^−500 ≈ 7·10⁻²¹⁸ is still a normal double). */
export const FAST_MAX_MEAN = 500;
/** Margin ε of {@link minBaseStockForFillRate}'s fast path. */
const CERTAIN = 1e-9;
/** Calls of {@link minBaseStockForFillRate} that ran the exact search (for tests: it should be rare). */
export let exactSearches = 0;

let window = new Float64Array(1024);

/**
 * The search over {@link poissonPmf}'s window with the same operations in the same order
 * (weights from the mode outwards, their sum, each weight ÷ the sum added to the fill rate),
 * so it returns what a search over `poissonPmf(mean, upTo)` returns, in a buffer reused
 * from call to call. O(upTo + √m).
 */
function exactMinBaseStock(mean: number, target: number, upTo: number): number {
  const mode = Math.floor(mean);
  const spread = Math.ceil(40 * Math.sqrt(mean) + 40);
  const lo = Math.max(0, mode - spread);
  const hi = Math.max(upTo, mode + spread);
  if (window.length < hi - lo + 1) window = new Float64Array(2 * (hi - lo + 1));
  const w = window;
  // every entry of [0, hi − lo] is written below: the mode, then up, then down
  w[mode - lo] = 1;
  for (let d = mode; d < hi; d++) w[d + 1 - lo] = (w[d - lo] * mean) / (d + 1);
  for (let d = mode; d > lo; d--) w[d - 1 - lo] = (w[d - lo] * d) / mean;
  let sum = 0;
  for (let i = 0; i <= hi - lo; i++) sum += w[i];
  // P(D = d) = 0 below the window, as in poissonPmf's output
  let cdf = 0;
  for (let s = 1; s <= upTo + 1; s++) {
    cdf += s - 1 < lo ? 0 : w[s - 1 - lo] / sum;
    if (cdf >= target) return s;
  }
  return upTo + 1;
}
