/**
 * The stock points of a setup with their targets and initial stock: the part of
 * `buildSetupModel` that loops over SKUs. O(U × (shops + W)).
 *
 * - unmerged: one stock point per (shop, SKU the shop lists), at the shop's warehouse, stocked
 *   to its order-up-to level;
 * - merged: one per (SKU, pool warehouse), id `sku·W + w`, with targets from the pooled demand
 *   rate split by the placement shares; the shops' own (pre-merge) stock of each SKU migrates
 *   in, split over the pool warehouses by largest remainder.
 *
 * With a stock snapshot (`initial`) the shops' own stock is the snapshot's, not the policy's
 * order-up-to level; in a merged setup the snapshot's units already in a pool warehouse stay
 * there and the rest is split.
 *
 * In functions of their own (not inline in `buildSetupModel`) so that the loops are compiled
 * on their own: V8 optimises a function whose loops run hot, and the builder, which reads
 * scenario objects of every setup, was optimised and thrown away again every other
 * replication — about 90 ms of compilation each time, on a core the other worker thread needs
 * (docs/performance.md, Scaling to 2 workers).
 */
import type { Setup } from '../../scenario/schema.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { unitsPerDay } from '../demand/forecast.js';
import type { DemandForecast } from '../demand/forecast.js';
import { splitLargestRemainder } from '../inventory/placement.js';
import { StockState } from '../inventory/stock-state.js';
import { stockLevels } from '../inventory/targets.js';
import type { InitialStock } from '../history/initial-stock.js';

/** Stock points, their initial units, and for merged setups the migration and home warehouses. */
export interface StockPoints {
  stock: StockState;
  /** Units placed at each stock point at t = 0 (unmerged) or migrating into it (merged). */
  initialUnits: Int32Array;
  /** Units migrated into the pool in total (merged; 0 when unmerged). */
  migratedUnits: number;
}

/**
 * Unmerged: the stock point of (shop i, SKU k) is written to `shopSkuStockPoint[i·U + k]`.
 * @example unmergedStockPoints(setup.replenishment, catalogue, forecast, [0, 1, 1], 14, shopSkuStockPoint)
 */
export function unmergedStockPoints(
  r: Setup['replenishment'],
  catalogue: Catalogue,
  forecast: DemandForecast,
  shopWarehouse: readonly number[],
  meanLeadTimeDays: number,
  shopSkuStockPoint: Int32Array,
  initial: InitialStock | null = null,
): StockPoints {
  const U = catalogue.skuCount;
  const S = shopWarehouse.length;
  let n = 0;
  for (let i = 0; i < S; i++) n += catalogue.shopSkus[i].length;
  const stock = new StockState(n, U);
  const initialUnits = new Int32Array(n);
  n = 0;
  for (let i = 0; i < S; i++) {
    for (const k of catalogue.shopSkus[i]) {
      const lv = stockLevels(r, unitsPerDay(forecast, catalogue, i, k), meanLeadTimeDays, k);
      stock.sku[n] = k;
      stock.warehouse[n] = shopWarehouse[i];
      stock.reorderLevel[n] = lv.reorderLevel;
      stock.orderUpTo[n] = lv.orderUpTo;
      initialUnits[n] = initial ? initial.shopUnits[i * U + k] : lv.orderUpTo;
      shopSkuStockPoint[i * U + k] = n++;
    }
  }
  return { stock, initialUnits, migratedUnits: 0 };
}

/**
 * Merged: `shares[k·W + w]` is SKU k's placement share at pool warehouse w (global index
 * `poolWarehouses[w]`); `forecast` is the pooled demand (with the search-badge uplift),
 * `shopForecast` the shops' own, which sized the stock that migrates. The pool warehouse with
 * the largest target of each SKU (where its unfillable lines wait) is written to
 * `homeWarehouse[k]` (−1: none).
 * @example mergedStockPoints(r, catalogue, forecast, forecast, shares, poolWarehouses, 3, shops, homeWarehouse)
 */
export function mergedStockPoints(
  r: Setup['replenishment'],
  catalogue: Catalogue,
  forecast: DemandForecast,
  shopForecast: DemandForecast,
  shares: Float64Array,
  poolWarehouses: Int32Array,
  meanLeadTimeDays: number,
  shops: number,
  homeWarehouse: Int32Array,
  initial: InitialStock | null = null,
): StockPoints {
  const U = catalogue.skuCount;
  const W = poolWarehouses.length;
  const S = shops;
  const stock = new StockState(U * W, U);
  const initialUnits = new Int32Array(U * W);
  let migratedUnits = 0;
  for (let k = 0; k < U; k++) {
    let rate = 0;
    let shopStock = 0;
    for (let i = 0; i < S; i++) {
      rate += unitsPerDay(forecast, catalogue, i, k);
      if (!catalogue.listed[i * U + k]) continue;
      shopStock += initial ? initial.shopUnits[i * U + k] : stockLevels(r, unitsPerDay(shopForecast, catalogue, i, k), meanLeadTimeDays, k).orderUpTo;
    }
    const skuShares = shares.subarray(k * W, (k + 1) * W);
    let placed = 0;
    if (initial) for (let w = 0; w < W; w++) placed += initial.atWarehouse[k * initial.warehouses + poolWarehouses[w]];
    const split = splitLargestRemainder(shopStock - placed, skuShares);
    if (initial) for (let w = 0; w < W; w++) split[w] += initial.atWarehouse[k * initial.warehouses + poolWarehouses[w]];
    migratedUnits += shopStock;
    let home = -1;
    for (let w = 0; w < W; w++) {
      const sp = k * W + w;
      const lv = skuShares[w] > 0 ? stockLevels(r, rate * skuShares[w], meanLeadTimeDays, k) : { reorderLevel: 0, orderUpTo: 0 };
      stock.sku[sp] = k;
      stock.warehouse[sp] = poolWarehouses[w];
      stock.reorderLevel[sp] = lv.reorderLevel;
      stock.orderUpTo[sp] = lv.orderUpTo;
      initialUnits[sp] = split[w];
      if (lv.orderUpTo > 0 && (home < 0 || lv.orderUpTo > stock.orderUpTo[k * W + home])) home = w;
    }
    homeWarehouse[k] = home;
  }
  return { stock, initialUnits, migratedUnits };
}
