/**
 * The pooled-inventory allocator: the hot path of a merged setup. For one order line it
 * picks the pool warehouse that can serve the whole line and promises the earliest
 * delivery — expected queue wait + mean pick, QC, handover and transit to the line's
 * market — and reserves the units there. Reserved units are locked until picked.
 *
 * O(W) per line, no allocation. Ties go to the lower warehouse index.
 */
import type { PoolState } from './pool-state.js';

/**
 * The fastest pool warehouse with at least `units` available of `sku` for `market`, or −1
 * when none has. Reads only. O(W).
 * @example const w = fastestWarehouse(pool, sku, 2, market);
 */
export function fastestWarehouse(pool: PoolState, sku: number, units: number, market: number): number {
  const W = pool.warehouses;
  const M = pool.markets;
  const onHand = pool.onHand;
  const baseDays = pool.baseDays;
  const waitDays = pool.waitDays;
  const row = sku * W;
  let best = -1;
  let bestDays = Infinity;
  for (let w = 0; w < W; w++) {
    if (onHand[row + w] >= units) {
      const days = waitDays[w] + baseDays[w * M + market];
      if (days < bestDays) {
        bestDays = days;
        best = w;
      }
    }
  }
  return best;
}

/**
 * Allocates one line: picks the fastest warehouse that can serve all `units` of `sku` and
 * reserves them there (onHand −= units, reserved += units). Returns the warehouse, or −1
 * (nothing reserved) when no warehouse has enough. O(W), allocation-free.
 * @example
 * const w = allocateLine(pool, 17, 1, 0);
 * if (w < 0) backorder(...);
 */
export function allocateLine(pool: PoolState, sku: number, units: number, market: number): number {
  const w = fastestWarehouse(pool, sku, units, market);
  if (w >= 0) {
    const i = sku * pool.warehouses + w;
    pool.onHand[i] -= units;
    pool.reserved[i] += units;
  }
  return w;
}
