/**
 * Router policy `single-first`: ship the whole order from one warehouse when any can (the
 * fastest such); otherwise split into as few parcels as a greedy set cover finds —
 * repeatedly take the warehouse that can serve the most still-unrouted lines (ties: the
 * faster), until no warehouse can serve any more. The first round of the cover *is* the
 * single-warehouse check: a warehouse covering every line has the maximum coverage, and
 * among several the fastest wins.
 *
 * Greedy set cover is within a factor H(n) = 1 + 1/2 + … + 1/n of the fewest parcels
 * (Chvátal 1979); for n ≤ 3 lines it is optimal whenever a 2-parcel cover exists.
 * O(parcels × lines × W), allocation-free (uses `pool.scratch`).
 */
import type { PoolState } from './pool-state.js';

const UNROUTED = -2;

/**
 * Routes lines `first … first+count−1` (distinct SKUs): writes the pool warehouse of each
 * line into `out` (−1: no warehouse has enough; nothing reserved) and reserves the units.
 * Returns the number of lines left at −1.
 * @example const unrouted = routeSingleFirst(pool, skus, units, 0, 3, market, out);
 */
export function routeSingleFirst(
  pool: PoolState,
  skus: Int32Array,
  units: Int32Array,
  first: number,
  count: number,
  market: number,
  out: Int32Array,
): number {
  const W = pool.warehouses;
  const M = pool.markets;
  const onHand = pool.onHand;
  const reserved = pool.reserved;
  const baseDays = pool.baseDays;
  const waitDays = pool.waitDays;
  const end = first + count;
  for (let i = first; i < end; i++) out[i] = UNROUTED;
  let left = count;
  while (left > 0) {
    let best = -1;
    let bestCover = 0;
    let bestDays = Infinity;
    for (let w = 0; w < W; w++) {
      let cover = 0;
      for (let i = first; i < end; i++) {
        if (out[i] === UNROUTED && onHand[skus[i] * W + w] >= units[i]) cover++;
      }
      if (cover === 0) continue;
      const days = waitDays[w] + baseDays[w * M + market];
      if (cover > bestCover || (cover === bestCover && days < bestDays)) {
        best = w;
        bestCover = cover;
        bestDays = days;
      }
    }
    if (best < 0) break;
    for (let i = first; i < end; i++) {
      if (out[i] !== UNROUTED) continue;
      const k = skus[i] * W + best;
      if (onHand[k] >= units[i]) {
        onHand[k] -= units[i];
        reserved[k] += units[i];
        out[i] = best;
        left--;
      }
    }
  }
  for (let i = first; i < end; i++) if (out[i] === UNROUTED) out[i] = -1;
  return left;
}
