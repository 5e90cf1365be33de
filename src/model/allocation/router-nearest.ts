/**
 * Router policy `nearest`: each line independently from its fastest warehouse with stock
 * (the allocator's choice). Splits whenever the lines' fastest warehouses differ.
 * O(lines × W), allocation-free.
 */
import { allocateLine } from './allocator.js';
import type { PoolState } from './pool-state.js';

/**
 * Routes lines `first … first+count−1` of the line arrays: writes the chosen pool
 * warehouse of each line into `out` at the same index (−1: no warehouse has enough; nothing
 * reserved for that line) and reserves the units. Returns the number of lines left at −1.
 * @example const unrouted = routeNearest(pool, skus, units, 0, 3, market, out);
 */
export function routeNearest(
  pool: PoolState,
  skus: Int32Array,
  units: Int32Array,
  first: number,
  count: number,
  market: number,
  out: Int32Array,
): number {
  let unrouted = 0;
  for (let i = first; i < first + count; i++) {
    const w = allocateLine(pool, skus[i], units[i], market);
    out[i] = w;
    if (w < 0) unrouted++;
  }
  return unrouted;
}
