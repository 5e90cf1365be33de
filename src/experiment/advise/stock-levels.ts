/**
 * The recommended levels as stock: per class × warehouse and per SKU × warehouse, the reorder
 * level (the target: order when the inventory position falls below it), the order-up-to level
 * and its value at cost — what the seller sends in to start at the order-up-to level. Read
 * from the model the searched setup builds with the recommended class targets, for the
 * catalogue of replication 0 (a synthetic catalogue's listings, prices and costs are drawn per
 * replication; a history's are fixed). O(stock points).
 */
import type { StudyInput } from '../../model/history/seller-data.js';
import { maxUplift, setupInputs } from '../../model/replication.js';
import type { SkuClass } from './sku-classes.js';

export interface ClassWarehouseLevels {
  class: string;
  warehouse: string;
  /** SKUs of the class with stock planned at the warehouse (order-up-to > 0). */
  skus: number;
  reorderUnits: number;
  orderUpToUnits: number;
  /** Order-up-to units × unit cost, US$. */
  orderUpToValue: number;
}

export interface SkuWarehouseLevel {
  /** Popularity rank (1 = best seller). */
  rank: number;
  warehouse: string;
  reorderLevel: number;
  orderUpTo: number;
  unitCost: number;
}

export interface StockLevels {
  byClass: ClassWarehouseLevels[];
  bySku: SkuWarehouseLevel[];
  /** Σ order-up-to units and their value at cost. */
  units: number;
  value: number;
}

/**
 * Levels of setup `setupName` of `scenario` (which carries the class targets), replication 0.
 * @example stockLevelsOf(withClassTargets(s, targets), 'merged', classes).value
 */
export function stockLevelsOf(scenario: StudyInput, setupName: string, classes: readonly SkuClass[]): StockLevels {
  const setup = scenario.setups.find((s) => s.name === setupName)!;
  const { model, catalogue } = setupInputs(scenario, setup, 0, maxUplift(scenario));
  const st = model.stock;
  const classOf = new Int32Array(catalogue.skuCount).fill(-1);
  classes.forEach((c, i) => {
    for (let r = c.ranks[0]; r <= Math.min(c.ranks[1], catalogue.skuCount); r++) classOf[r - 1] = i;
  });
  const rows = new Map<string, ClassWarehouseLevels>();
  const bySku: SkuWarehouseLevel[] = [];
  let units = 0;
  let value = 0;
  for (let sp = 0; sp < st.size; sp++) {
    const k = st.sku[sp];
    if (st.orderUpTo[sp] <= 0 && st.reorderLevel[sp] <= 0) continue;
    const warehouse = model.warehouseIds[st.warehouse[sp]];
    const cost = catalogue.cost[k];
    bySku.push({ rank: k + 1, warehouse, reorderLevel: st.reorderLevel[sp], orderUpTo: st.orderUpTo[sp], unitCost: cost });
    const name = classOf[k] >= 0 ? classes[classOf[k]].name : '(none)';
    const key = `${classOf[k]}|${st.warehouse[sp]}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { class: name, warehouse, skus: 0, reorderUnits: 0, orderUpToUnits: 0, orderUpToValue: 0 }));
    if (st.orderUpTo[sp] > 0) row.skus++;
    row.reorderUnits += st.reorderLevel[sp];
    row.orderUpToUnits += st.orderUpTo[sp];
    row.orderUpToValue += st.orderUpTo[sp] * cost;
    units += st.orderUpTo[sp];
    value += st.orderUpTo[sp] * cost;
  }
  const order = (r: ClassWarehouseLevels) => classes.findIndex((c) => c.name === r.class);
  const byClass = [...rows.values()].sort((a, b) => order(a) - order(b) || model.warehouseIds.indexOf(a.warehouse) - model.warehouseIds.indexOf(b.warehouse));
  bySku.sort((a, b) => a.rank - b.rank || model.warehouseIds.indexOf(a.warehouse) - model.warehouseIds.indexOf(b.warehouse));
  return { byClass, bySku, units, value };
}
