/**
 * Stock targets per stock point from its forecast demand rate (units/day).
 *
 * The target level L:
 * - `{ fillRate: β }`: the smallest S whose Poisson fill rate P(D ≤ S − 1) ≥ β for demand
 *   D over the mean lead time plus the review period (`base-stock.ts`). Exact for unit
 *   Poisson demand; with multi-unit lines it is the usual Poisson approximation.
 * - `{ daysOfCover: d }`: ⌈rate × d⌉.
 * - `{ units: n }`: n.
 *
 * Base-stock orders up to L whenever the inventory position falls below L. s-S reorders
 * at the same point (position < L, i.e. s = L − 1) but orders up to L + ⌈rate × orderCycle⌉,
 * so it orders less often in bigger lots.
 */
import type { Setup } from '../../scenario/schema.js';
import { skuTarget } from '../stock-classes/class-targets.js';
import { minBaseStockForFillRate } from './base-stock.js';

export interface StockLevels {
  /** Order when the inventory position is below this. */
  reorderLevel: number;
  /** Order up to this. */
  orderUpTo: number;
}

/**
 * The target level L of a stock point with demand `unitsPerDay` and a protection period
 * of `protectionDays` (mean lead time + review period).
 * @example targetLevel({ fillRate: 0.95 }, 0.5, 2) // 4
 */
export function targetLevel(target: Setup['replenishment']['target'], unitsPerDay: number, protectionDays: number): number {
  if ('fillRate' in target) return minBaseStockForFillRate(unitsPerDay * protectionDays, target.fillRate);
  if ('daysOfCover' in target) return Math.ceil(unitsPerDay * target.daysOfCover - 1e-9);
  return target.units;
}

/**
 * Reorder level and order-up-to level of a stock point of SKU `sku` under the setup's
 * policy; its target is its class's (`replenishment.classTargets`) or `replenishment.target`.
 * @example stockLevels(setup.replenishment, 2.5, 7, 0) // { reorderLevel: 23, orderUpTo: 23 }
 */
export function stockLevels(r: Setup['replenishment'], unitsPerDay: number, meanLeadTimeDays: number, sku: number): StockLevels {
  const level = reorderLevelOf(r, unitsPerDay, meanLeadTimeDays, sku);
  return { reorderLevel: level, orderUpTo: level + lotOf(r, unitsPerDay) };
}

/**
 * The reorder level of {@link stockLevels} alone (no object: the setup asks once per stock point).
 * @example reorderLevelOf(setup.replenishment, 2.5, 7, 0) // 23
 */
export function reorderLevelOf(r: Setup['replenishment'], unitsPerDay: number, meanLeadTimeDays: number, sku: number): number {
  const review = r.review === 'continuous' ? 0 : r.review.period;
  return targetLevel(skuTarget(r, sku), unitsPerDay, meanLeadTimeDays + review);
}

/**
 * Order-up-to level − reorder level of {@link stockLevels}: 0 for base-stock; for s-S the lot,
 * ⌈rate × orderCycle⌉ and at least 1 (0 without demand).
 * @example lotOf(setup.replenishment, 2.5) // 150 with orderCycle 60
 */
export function lotOf(r: Setup['replenishment'], unitsPerDay: number): number {
  if (r.policy === 'base-stock') return 0;
  return unitsPerDay > 0 ? Math.max(1, Math.ceil(unitsPerDay * r.orderCycle - 1e-9)) : 0;
}
