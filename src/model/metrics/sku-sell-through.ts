/**
 * SKU sell-through (动销率, DOMAIN §5): the share of the SKUs in stock in a period that sold at
 * least one unit in it. A SKU is *in stock* in a period when it has units on hand (available
 * or reserved, in any warehouse or shop of the setup) at the period's start, or receives units
 * during it (a supplier receipt, a restocked return, a migration arrival); it *sold* when a
 * unit of it is delivered in the period (units sold and GMV are booked at delivery too). A SKU
 * counts once however many stock points hold it: for a merged pool the pool's SKU, for an
 * unmerged setup the SKU across the shops.
 *
 * Periods are the settlement periods of the measured window: its 30-day months, with a
 * transition's go-live month split at the go-live day (`settlementPeriods`). Nothing is kept
 * per event but two stamps per SKU — the last period it was in stock and the last period it
 * sold — so the run's hot paths (a delivery, a receipt) pay one typed-array store each, and
 * the counting runs at period boundaries, O(SKUs + stock points) per period.
 *
 * Stamps only grow, so at the end of period p the SKUs in stock in periods q…p (any q ≤ p)
 * are those whose stock stamp is ≥ q, and the same for sales: one count gives a month made
 * of two periods, and at the window's end q = 0 gives the whole window
 * (`test/model/sku-sell-through.test.ts`).
 */
import type { StockState } from '../inventory/stock-state.js';

/** SKUs in stock in a span of periods, and of those, the SKUs that sold. */
export interface SkuCounts {
  inStock: number;
  sold: number;
}

/**
 * The settlement period of each measured day: day d is in month ⌊d / 30⌋, and from a
 * go-live day strictly inside a month on, every later day is one period further (the go-live
 * month is settled in two parts). `goLiveDay` −1 (or at a month start, or outside the window)
 * splits nothing. O(days).
 *
 * @example
 * settlementPeriods(70, 30, 45)[50]; // 2: month 2 from day 45 on is period 2, month 3 period 3
 */
export function settlementPeriods(days: number, monthDays: number, goLiveDay: number): Int32Array {
  const split = goLiveDay > 0 && goLiveDay < days && goLiveDay % monthDays !== 0;
  const out = new Int32Array(Math.max(0, days));
  for (let d = 0; d < out.length; d++) out[d] = Math.floor(d / monthDays) + (split && d >= goLiveDay ? 1 : 0);
  return out;
}

export class SkuSellThrough {
  /** Per SKU: the last period it was in stock (−1: never in the window). */
  readonly stockedIn: Int32Array;
  /** Per SKU: the last period a unit of it was delivered (−1: never in the window). */
  readonly soldIn: Int32Array;

  /**
   * @param skus number of SKUs (dense indices 0 … skus − 1)
   * @param periodOfDay the settlement period of each measured day (`settlementPeriods`)
   */
  constructor(
    skus: number,
    readonly periodOfDay: Int32Array,
  ) {
    this.stockedIn = new Int32Array(skus).fill(-1);
    this.soldIn = new Int32Array(skus).fill(-1);
  }

  /** Units of `sku` arrived on measured day `day` (receipt, restocked return, migration). O(1). */
  received(sku: number, day: number): void {
    this.stockedIn[sku] = this.periodOfDay[day];
  }

  /** A unit of `sku` was delivered on measured day `day`. O(1). */
  sold(sku: number, day: number): void {
    this.soldIn[sku] = this.periodOfDay[day];
  }

  /**
   * Period `period` starts: every SKU with units on hand (available or reserved) at some stock
   * point is in stock in it. O(stock points).
   */
  open(period: number, stock: StockState): void {
    const onHand = stock.onHand;
    const reserved = stock.reserved;
    const sku = stock.sku;
    for (let sp = 0; sp < stock.size; sp++) if (onHand[sp] + reserved[sp] > 0) this.stockedIn[sku[sp]] = period;
  }

  /**
   * The SKUs in stock in periods `from` … now, and of those the ones that sold in them; call
   * at the end of the last period of the span, before the next one opens. O(SKUs).
   *
   * @example
   * tracker.count(0); // at the window's end: the whole window
   */
  count(from: number): SkuCounts {
    const stocked = this.stockedIn;
    const sold = this.soldIn;
    let inStock = 0;
    let sellers = 0;
    for (let k = 0; k < stocked.length; k++) {
      if (stocked[k] < from) continue;
      inStock++;
      if (sold[k] >= from) sellers++;
    }
    return { inStock, sold: sellers };
  }
}
