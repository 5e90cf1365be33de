/**
 * SKU sell-through (动销率) on hand-built months, and the incentive tier it decides under
 * both definitions (`fees.sellThroughDefinition`), boundary values included: a SKU stocked
 * only by a receipt mid-month, a SKU held in two warehouses (counted once), a SKU with no
 * stock all month (not counted, even when a unit picked the month before is delivered), a
 * month with no delivery, exactly 82 % and exactly 18.5 %.
 */
import { describe, expect, it } from 'vitest';
import { earnsIncentiveTier, monthlyFees, tierSellThrough, type MonthActivity } from '../../src/model/fees/monthly-fees.js';
import { StockState } from '../../src/model/inventory/stock-state.js';
import { settlementPeriods, SkuSellThrough } from '../../src/model/metrics/sku-sell-through.js';
import type { Setup } from '../../src/scenario/schema.js';
import { bundled } from './helpers/scenarios.js';

const base = bundled('default.yaml').setups[0];
const feesFor = (sellThroughDefinition: Setup['fees']['sellThroughDefinition']): Setup['fees'] => ({
  ...base.fees,
  serviceRate: 0.055,
  incentiveRate: 0.042,
  incentiveMinSellThrough: 0.82,
  incentiveMaxReturnRate: 0.185,
  sellThroughDefinition,
});
const costs = base.costs;

/** Stock points: (sku, units on hand, units reserved). */
function stockOf(skus: number, points: Array<[number, number, number]>): StockState {
  const st = new StockState(points.length, skus);
  points.forEach(([sku, onHand, reserved], sp) => {
    st.sku[sp] = sku;
    st.onHand[sp] = onHand;
    st.reserved[sp] = reserved;
  });
  return st;
}

/** A month's activity with the SKU share of a tracker's count and the other figures given. */
const month = (skuSellThrough: number, change: Partial<MonthActivity> = {}): MonthActivity => ({
  gmv: 10_000,
  unitSellThrough: 0.45,
  skuSellThrough,
  returnRate: 0.15,
  ordersDelivered: 200,
  ordersReturned: 30,
  parcelsDelivered: 205,
  unitDaysOnHand: 9_000,
  crossShopMergedValue: 0,
  ...change,
});

describe('settlement periods', () => {
  it('are the 30-day months, a partial last one included', () => {
    const p = settlementPeriods(65, 30, -1);
    expect([p[0], p[29], p[30], p[59], p[60], p[64]]).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('split a month at a go-live day inside it, and only there', () => {
    const p = settlementPeriods(90, 30, 45);
    expect([p[29], p[30], p[44], p[45], p[59], p[60], p[89]]).toEqual([0, 1, 1, 2, 2, 3, 3]);
    // at a month start, before the window (0) or after it: nothing to split
    for (const g of [30, 0, 90, -1]) expect(Array.from(settlementPeriods(90, 30, g))).toEqual(Array.from(settlementPeriods(90, 30, -1)));
  });
});

describe('SKU sell-through of a hand-built month', () => {
  // SKU 0 in two warehouses (both with stock), SKU 1 with no stock until a receipt on day 12,
  // SKU 2 with no stock all month, SKU 3 on hand (reserved only) and never sold, SKU 4 on hand
  // and sold. SKU 2 has a unit delivered on day 3 (picked the month before): no stock, not counted.
  const run = () => {
    const stock = stockOf(5, [
      [0, 4, 0],
      [0, 2, 1],
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 2],
      [4, 7, 0],
    ]);
    const t = new SkuSellThrough(5, settlementPeriods(30, 30, -1));
    t.open(0, stock);
    t.sold(2, 3);
    t.sold(0, 5);
    t.sold(0, 20); // the other warehouse's unit of the same SKU
    t.received(1, 12);
    t.sold(1, 15);
    t.sold(4, 29);
    return t.count(0);
  };

  it('counts each SKU once, a SKU stocked by a receipt mid-month, and not a SKU without stock', () => {
    expect(run()).toEqual({ inStock: 4, sold: 3 }); // SKUs 0, 1, 3, 4 in stock; 0, 1, 4 sold
  });

  it('decides the tier with sku-share and not with unit-share', () => {
    const c = run();
    const a = month(c.sold / c.inStock); // 75 %: below 82 %
    expect(monthlyFees('merged', feesFor('sku-share'), costs, a).feeRate).toBe(0.055);
    expect(monthlyFees('merged', feesFor('unit-share'), costs, { ...a, unitSellThrough: 0.9 }).feeRate).toBe(0.042);
  });

  it('a second month starts from the stock on hand at its start', () => {
    const stock = stockOf(3, [
      [0, 1, 0],
      [1, 5, 0],
      [2, 0, 0],
    ]);
    const t = new SkuSellThrough(3, settlementPeriods(60, 30, -1));
    t.open(0, stock);
    t.sold(0, 2);
    t.received(2, 10);
    t.sold(2, 11);
    expect(t.count(0)).toEqual({ inStock: 3, sold: 2 });
    // month 2: SKU 0 sold out, SKU 2 sold out, SKU 1 still on hand
    stock.onHand[0] = 0;
    t.open(1, stock);
    t.sold(1, 40);
    expect(t.count(1)).toEqual({ inStock: 1, sold: 1 });
    // the window: every SKU that was ever in stock, and every one that ever sold
    expect(t.count(0)).toEqual({ inStock: 3, sold: 3 });
  });

  it('a go-live month counts as a whole and its merged part on its own', () => {
    const stock = stockOf(2, [
      [0, 3, 0],
      [1, 3, 0],
    ]);
    const t = new SkuSellThrough(2, settlementPeriods(30, 30, 10));
    t.open(0, stock);
    t.sold(0, 4);
    // go-live on day 10: SKU 0's stock has moved on, SKU 1 stays
    stock.onHand[0] = 0;
    t.open(1, stock);
    expect(t.count(1)).toEqual({ inStock: 1, sold: 0 }); // merged part: SKU 1 in stock, not sold
    expect(t.count(0)).toEqual({ inStock: 2, sold: 1 }); // the whole month
  });
});

describe('the incentive tier on hand-built months', () => {
  // 41 of 50 SKUs sold: exactly 82 %; 37 of 200 orders returned: exactly 18.5 %
  const exactly82 = 41 / 50;
  const exactly185 = 37 / 200;

  it.each<[string, Setup['fees']['sellThroughDefinition'], Partial<MonthActivity>, number]>([
    ['sku-share exactly 82 %, returns exactly 18.5 %', 'sku-share', { skuSellThrough: exactly82, returnRate: exactly185 }, 0.042],
    ['sku-share 40 of 50 SKUs', 'sku-share', { skuSellThrough: 40 / 50 }, 0.055],
    ['sku-share met, returns just above 18.5 %', 'sku-share', { skuSellThrough: 0.95, returnRate: 38 / 200 }, 0.055],
    ['sku-share met, no delivery (return rate undefined)', 'sku-share', { skuSellThrough: 1, returnRate: NaN, ordersDelivered: 0 }, 0.055],
    ['sku-share undefined (no SKU in stock)', 'sku-share', { skuSellThrough: NaN }, 0.055],
    ['sku-share ignores the unit share', 'sku-share', { skuSellThrough: 0.5, unitSellThrough: 0.99 }, 0.055],
    ['unit-share exactly 82 %, returns exactly 18.5 %', 'unit-share', { unitSellThrough: exactly82, returnRate: exactly185 }, 0.042],
    ['unit-share just below 82 %', 'unit-share', { unitSellThrough: 0.8199999, skuSellThrough: 1 }, 0.055],
    ['unit-share met, no delivery', 'unit-share', { unitSellThrough: 0.9, returnRate: NaN, ordersDelivered: 0 }, 0.055],
    ['unit-share ignores the SKU share', 'unit-share', { unitSellThrough: 0.45, skuSellThrough: 1 }, 0.055],
  ])('%s', (_name, definition, change, rate) => {
    const fees = feesFor(definition);
    const a = month(0.9, change);
    expect(monthlyFees('merged', fees, costs, a).feeRate).toBe(rate);
    expect(earnsIncentiveTier(fees, a)).toBe(rate === 0.042);
    expect(tierSellThrough(fees, a)).toBe(definition === 'sku-share' ? a.skuSellThrough : a.unitSellThrough);
  });

  it('unmerged months pay no service fee whatever the sell-through', () => {
    expect(monthlyFees('unmerged', feesFor('sku-share'), costs, month(1)).feeRate).toBe(0);
  });
});
