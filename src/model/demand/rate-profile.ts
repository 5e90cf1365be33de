/**
 * A shop's deterministic demand profile: a multiplier of `ordersPerDay` for each day of the
 * run, constant within the day (the order stream restarts its exponential gaps at day
 * boundaries, which is exact for a piecewise-constant rate by memorylessness).
 *
 * factor(d) = weekly[d mod 7] ÷ mean(weekly) × max(0, 1 + trendPerYear · (d + ½) ÷ 365)
 *           × Π multiplier of each promotion whose [start, start + length) holds d + ½.
 * Day 0 is a Monday. Each day is judged at its midpoint, so a promotion starting at day 10
 * for 1 day covers exactly day 10. The daily gamma factor (overdispersion) is random and
 * drawn by the order stream, not here.
 */
import type { Shop } from '../../scenario/schema.js';
import { ModelInputError } from '../errors.js';
import { noPositiveWeight } from '../messages.js';

/**
 * The factor of each day 0..days−1. O(days × promotions).
 * @throws ModelInputError when the weekly profile is all zero.
 * @example dayFactors({ ...shop, weeklyProfile: [1, 1, 1, 1, 1, 2, 2] }, 7) // [0.875, …, 1.75, 1.75]
 */
export function dayFactors(shop: Shop, days: number): Float64Array {
  const weekly = shop.weeklyProfile ?? [1, 1, 1, 1, 1, 1, 1];
  const weeklyMean = weekly.reduce((a, b) => a + b, 0) / 7;
  if (!(weeklyMean > 0)) throw new ModelInputError(noPositiveWeight(`shops.${shop.id}.weeklyProfile`));
  const out = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    const mid = d + 0.5;
    let f = (weekly[d % 7] / weeklyMean) * Math.max(0, 1 + (shop.trendPerYear * mid) / 365);
    for (const p of shop.promotions) {
      if (p.start <= mid && mid < p.start + p.length) f *= p.multiplier;
    }
    out[d] = f;
  }
  return out;
}
