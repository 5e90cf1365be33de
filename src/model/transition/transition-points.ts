/**
 * The stock points of a transition setup: the pool's (SKU × pool warehouse, ids `sku·W + w`
 * so the allocator's arrays index them directly) followed by the shops' (shop × listed SKU,
 * offset by the pool's count). Until go-live the shops' points hold the stock at their
 * order-up-to levels and the pool's are empty with no targets (they never order); at go-live
 * the targets swap (`go-live.ts`). O(U × (shops + W)).
 */
import { StockState } from '../inventory/stock-state.js';
import type { StockPoints } from '../setup/stock-points.js';

/**
 * Combines `pool` (merged points) and `shops` (unmerged points); shifts `shopSkuStockPoint`
 * (the shops' map, written for `shops`) by the pool's count in place.
 * @example const t = transitionStockPoints(mergedPoints, unmergedPoints, shopSkuStockPoint);
 */
export function transitionStockPoints(
  pool: StockPoints,
  shops: StockPoints,
  shopSkuStockPoint: Int32Array,
  skus: number,
): StockPoints & { poolPoints: number; poolReorderLevel: Int32Array; poolOrderUpTo: Int32Array } {
  const P = pool.stock.size;
  const stock = new StockState(P + shops.stock.size, skus);
  for (const [from, offset] of [
    [pool.stock, 0],
    [shops.stock, P],
  ] as const) {
    stock.sku.set(from.sku, offset);
    stock.warehouse.set(from.warehouse, offset);
  }
  stock.reorderLevel.set(shops.stock.reorderLevel, P);
  stock.orderUpTo.set(shops.stock.orderUpTo, P);
  const initialUnits = new Int32Array(stock.size);
  initialUnits.set(shops.initialUnits, P);
  for (let i = 0; i < shopSkuStockPoint.length; i++) if (shopSkuStockPoint[i] >= 0) shopSkuStockPoint[i] += P;
  return {
    stock,
    initialUnits,
    migratedUnits: 0,
    poolPoints: P,
    poolReorderLevel: pool.stock.reorderLevel.slice(),
    poolOrderUpTo: pool.stock.orderUpTo.slice(),
  };
}
