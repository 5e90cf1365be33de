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
import { splitLargestRemainderInto, type SkuShares } from '../inventory/placement.js';
import { StockState } from '../inventory/stock-state.js';
import { lotOf, reorderLevelOf } from '../inventory/targets.js';
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
      const rate = unitsPerDay(forecast, catalogue, i, k);
      const reorderLevel = reorderLevelOf(r, rate, meanLeadTimeDays, k);
      const orderUpTo = reorderLevel + lotOf(r, rate);
      stock.sku[n] = k;
      stock.warehouse[n] = shopWarehouse[i];
      stock.reorderLevel[n] = reorderLevel;
      stock.orderUpTo[n] = orderUpTo;
      initialUnits[n] = initial ? initial.shopUnits[i * U + k] : orderUpTo;
      shopSkuStockPoint[i * U + k] = n++;
    }
  }
  return { stock, initialUnits, migratedUnits: 0 };
}

/**
 * Merged: `shares` are the SKUs' placement shares over the pool warehouses (global index
 * `poolWarehouses[w]`); `forecast` is the pooled demand (with the search-badge uplift),
 * `shopForecast` the shops' own, which sized the stock that migrates. The pool warehouse with
 * the largest target of each SKU (where its unfillable lines wait) is written to
 * `homeWarehouse[k]` (−1: none). Nothing is allocated per SKU: the split of each SKU's stock
 * goes through two arrays of W, reused.
 * @example mergedStockPoints(r, catalogue, forecast, forecast, shares, poolWarehouses, 3, shops, homeWarehouse)
 */
export function mergedStockPoints(
  r: Setup['replenishment'],
  catalogue: Catalogue,
  forecast: DemandForecast,
  shopForecast: DemandForecast,
  shares: SkuShares,
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
  const split = new Int32Array(W);
  const order = new Int32Array(W);
  const share = shares.values;
  let migratedUnits = 0;
  for (let k = 0; k < U; k++) {
    let rate = 0;
    let shopStock = 0;
    for (let i = 0; i < S; i++) {
      rate += unitsPerDay(forecast, catalogue, i, k);
      if (!catalogue.listed[i * U + k]) continue;
      if (initial) shopStock += initial.shopUnits[i * U + k];
      else {
        const shopRate = unitsPerDay(shopForecast, catalogue, i, k);
        shopStock += reorderLevelOf(r, shopRate, meanLeadTimeDays, k) + lotOf(r, shopRate);
      }
    }
    const row = k * shares.stride;
    let placed = 0;
    if (initial) for (let w = 0; w < W; w++) placed += initial.atWarehouse[k * initial.warehouses + poolWarehouses[w]];
    splitLargestRemainderInto(shopStock - placed, share, row, W, split, order);
    if (initial) for (let w = 0; w < W; w++) split[w] += initial.atWarehouse[k * initial.warehouses + poolWarehouses[w]];
    migratedUnits += shopStock;
    let home = -1;
    for (let w = 0; w < W; w++) {
      const sp = k * W + w;
      let reorderLevel = 0;
      let orderUpTo = 0;
      if (share[row + w] > 0) {
        const pointRate = rate * share[row + w];
        reorderLevel = reorderLevelOf(r, pointRate, meanLeadTimeDays, k);
        orderUpTo = reorderLevel + lotOf(r, pointRate);
      }
      stock.sku[sp] = k;
      stock.warehouse[sp] = poolWarehouses[w];
      stock.reorderLevel[sp] = reorderLevel;
      stock.orderUpTo[sp] = orderUpTo;
      initialUnits[sp] = split[w];
      if (orderUpTo > 0 && (home < 0 || orderUpTo > stock.orderUpTo[k * W + home])) home = w;
    }
    homeWarehouse[k] = home;
  }
  return { stock, initialUnits, migratedUnits };
}
