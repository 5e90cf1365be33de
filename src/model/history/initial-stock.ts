/**
 * A stock snapshot (`replenishment.initialStock`, `poolsim import stock`) as the initial
 * stock of a study on a seller's history, instead of the replenishment policy's level.
 *
 * Only a (shop, SKU) the shop sold in the history has a stock point (unmerged) or feeds the
 * pool (merged), in every setup alike; the units of other rows are left out (`stockUse`).
 * A row's warehouse, when it names a warehouse of the scenario, is kept for merged setups
 * (stock already in a pool warehouse stays there); the rest is split by the placement shares
 * like migrating stock. O(rows + shops × SKUs).
 */
import type { OrderHistory } from '../../history/order-history.js';
import type { StockSnapshot } from '../../history/stock-snapshot.js';
import type { Setup } from '../../scenario/schema.js';
import type { HistoryDemand } from './history-demand.js';

export interface InitialStock {
  /** Units of (shop i, catalogue SKU k), index `i·U + k`. */
  readonly shopUnits: Int32Array;
  /** Of those, units at scenario warehouse w, index `k·W + w` (W = all the scenario's warehouses). */
  readonly atWarehouse: Int32Array;
  readonly warehouses: number;
}

/** @example initialStock(snapshot, historyDemand(history, setup, seed, k), setup) */
export function initialStock(snapshot: StockSnapshot, h: HistoryDemand, setup: Setup): InitialStock {
  const { catalogue, history } = h;
  const U = catalogue.skuCount;
  const W = setup.warehouses.length;
  const shopOf = new Map(history.shops.map((id, j) => [id, h.shopIndex[j]] as const));
  const skuOf = new Map(history.skus.map((id, j) => [id, h.skuIndex[j]] as const));
  const warehouseOf = new Map(setup.warehouses.map((w, i) => [w.id, i] as const));
  const shopUnits = new Int32Array(setup.shops.length * U);
  const atWarehouse = new Int32Array(U * W);
  for (const row of snapshot.rows) {
    const i = shopOf.get(row.shop);
    const k = skuOf.get(row.sku);
    if (i === undefined || k === undefined || !catalogue.listed[i * U + k]) continue;
    shopUnits[i * U + k] += row.onHand;
    const w = row.warehouse === null ? undefined : warehouseOf.get(row.warehouse);
    if (w !== undefined) atWarehouse[k * W + w] += row.onHand;
  }
  return { shopUnits, atWarehouse, warehouses: W };
}

/**
 * The snapshot's units a study uses (rows of a shop and SKU the shop sold in the history) and
 * leaves out (the rest). O(lines + rows).
 * @example stockUse(snapshot, history) // { units: 41230, unusedUnits: 75 }
 */
export function stockUse(snapshot: StockSnapshot, history: OrderHistory): { units: number; unusedUnits: number } {
  const sold = new Set<string>();
  for (let l = 0; l < history.lineSku.length; l++) sold.add(`${history.lineShop[l]}|${history.lineSku[l]}`);
  const shopOf = new Map(history.shops.map((id, j) => [id, j] as const));
  const skuOf = new Map(history.skus.map((id, j) => [id, j] as const));
  let units = 0;
  let unusedUnits = 0;
  for (const row of snapshot.rows) {
    if (sold.has(`${shopOf.get(row.shop)}|${skuOf.get(row.sku)}`)) units += row.onHand;
    else unusedUnits += row.onHand;
  }
  return { units, unusedUnits };
}
