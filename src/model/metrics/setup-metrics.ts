/**
 * Streaming accumulators of one setup's run: nothing is stored per order.
 *
 * Two kinds of figures:
 * - cohort figures, over the orders *placed* in the measured window [warm-up, warm-up +
 *   horizon) — fulfilment times, on-time, fill rate, backorders, lost sales, splits,
 *   warehouse waits; an order placed in the window counts when it finishes, even after
 *   the horizon (the run drains; see `setup-run.ts`);
 * - flow and level figures, over *time* in the window — GMV, cost of goods and units sold
 *   at delivery, receipts, time-averaged stock, daily and monthly rows.
 */
import { DOUBLE_ZERO } from '../../engine/index.js';
import { FixedHistogram } from './histogram.js';
import { settlementPeriods, SkuSellThrough, type SkuCounts } from './sku-sell-through.js';

/** Fulfilment histogram: 0.05-day bins up to 120 days (the last bin is open). */
export const HISTOGRAM_BIN_DAYS = 0.05;
export const HISTOGRAM_BINS = 2400;
/** Length of a reporting month, days. */
export const MONTH_DAYS = 30;


export class SetupMetrics {
  // cohort: orders placed in the window
  ordersPlaced = 0;
  ordersDelivered = 0;
  /** Orders all of whose lines were lost (never delivered). */
  ordersLost = 0;
  fulfilmentSum = DOUBLE_ZERO;
  onTime = 0;
  parcels = 0;
  splitOrders = 0;
  splitTimeouts = 0;
  unitsOrdered = 0;
  unitsFromStock = 0;
  unitsBackordered = 0;
  unitsLost = 0;
  waitSum = DOUBLE_ZERO;
  waitCount = 0;
  crossShopMergedOrders = 0;
  crossShopMergedValue = DOUBLE_ZERO;
  ordersReturned = 0;
  returnCycleSum = DOUBLE_ZERO;
  readonly histogram = new FixedHistogram(HISTOGRAM_BIN_DAYS, HISTOGRAM_BINS);
  readonly marketDelivered: Float64Array;
  readonly marketFulfilmentSum: Float64Array;
  readonly marketOnTime: Float64Array;
  readonly marketReturned: Float64Array;
  readonly marketReturnCycleSum: Float64Array;

  // EPR: pool lines refused because the SKU has no EPR number bound to the Pool ID
  blockedOrders = 0;
  blockedUnits = 0;
  blockedSales = DOUBLE_ZERO;

  // a transition: pool lines short of stock while the shops' stock is in transit
  migrationLostUnits = 0;
  migrationBackorderedUnits = 0;
  /** Value at price of those units (lost or delayed sales). */
  migrationShortValue = DOUBLE_ZERO;
  /** Units moved from the shops into the pool, their value at cost, and the last arrival of the go-live move (time). */
  migratedUnits = 0;
  migratedValue = DOUBLE_ZERO;
  migrationEnd = NaN;

  // flows in the window
  gmv = DOUBLE_ZERO;
  costOfGoods = DOUBLE_ZERO;
  unitsSold = 0;
  unitsReceived = 0;
  onHandAtStart = DOUBLE_ZERO;
  /** Refunds of returned orders less the cost of the units restocked (delivered in the window). */
  returnLosses = DOUBLE_ZERO;

  // levels and their time integrals over the window
  physicalUnits = DOUBLE_ZERO;
  physicalValue = 0;
  backorderUnits = 0;
  private areaUnits = DOUBLE_ZERO;
  private areaValue = DOUBLE_ZERO;
  private areaBackorders = DOUBLE_ZERO;
  private lastT = 0;

  // daily series (index = day after the warm-up)
  readonly dailyBacklog: Float64Array;
  readonly dailyOnHand: Float64Array;
  readonly dayUnitsOrdered: Float64Array;
  readonly dayUnitsFromStock: Float64Array;

  // daily flows (index = day after the warm-up); monthly rows and the daily net margin are
  // sums of these (assemble.ts), so a month can be split where a transition goes live
  readonly dayGmv: Float64Array;
  readonly dayCost: Float64Array;
  readonly dayUnitsSold: Float64Array;
  readonly dayDelivered: Float64Array;
  readonly dayReceived: Float64Array;
  /** Units on hand (physical) at the start of each day. */
  readonly dayStartOnHand: Float64Array;
  readonly dayReturned: Float64Array;
  readonly dayParcels: Float64Array;
  readonly dayUnitDays: Float64Array;
  readonly dayCrossValue: Float64Array;
  readonly dayReturnLoss: Float64Array;

  /**
   * Measured day of a transition's go-live, clamped to [0, days] (0: live before the window;
   * `days`: not inside it); −1 without a transition. A transition is unmerged before it.
   */
  readonly goLive: number;

  // SKU sell-through (sku-sell-through.ts): stamps per SKU, counted at month ends
  readonly skus: SkuSellThrough;
  /** Per month: SKUs in stock at some point in it, and of those the SKUs that sold ≥ 1 unit. */
  readonly monthSkusInStock: Float64Array;
  readonly monthSkusSold: Float64Array;
  /** A transition going live inside a month: the SKU counts of that month's merged part (go-live → month end). */
  goLivePartSkus: SkuCounts | null = null;
  /** The whole window's SKU counts (set at the window's end). */
  windowSkus: SkuCounts = { inStock: 0, sold: 0 };

  /**
   * @param markets number of markets
   * @param from measurement start (days)
   * @param to measurement end (days)
   * @param skuCount number of SKUs of the catalogue
   * @param goLiveAt simulation time of a transition's go-live (at a day boundary), null without one
   */
  constructor(
    markets: number,
    readonly from: number,
    readonly to: number,
    skuCount = 0,
    goLiveAt: number | null = null,
  ) {
    this.marketDelivered = new Float64Array(markets);
    this.marketFulfilmentSum = new Float64Array(markets);
    this.marketOnTime = new Float64Array(markets);
    this.marketReturned = new Float64Array(markets);
    this.marketReturnCycleSum = new Float64Array(markets);
    const days = Math.max(0, Math.ceil(to - from - 1e-9));
    this.dailyBacklog = new Float64Array(days);
    this.dailyOnHand = new Float64Array(days);
    this.dayUnitsOrdered = new Float64Array(days);
    this.dayUnitsFromStock = new Float64Array(days);
    this.dayGmv = new Float64Array(days);
    this.dayCost = new Float64Array(days);
    this.dayUnitsSold = new Float64Array(days);
    this.dayDelivered = new Float64Array(days);
    this.dayReceived = new Float64Array(days);
    this.dayStartOnHand = new Float64Array(days);
    this.dayReturned = new Float64Array(days);
    this.dayParcels = new Float64Array(days);
    this.dayUnitDays = new Float64Array(days);
    this.dayCrossValue = new Float64Array(days);
    this.dayReturnLoss = new Float64Array(days);
    const months = Math.ceil(days / MONTH_DAYS);
    this.goLive = goLiveAt === null ? -1 : Math.min(days, Math.max(0, Math.round(goLiveAt - from)));
    this.skus = new SkuSellThrough(skuCount, settlementPeriods(days, MONTH_DAYS, this.goLive));
    this.monthSkusInStock = new Float64Array(months);
    this.monthSkusSold = new Float64Array(months);
  }

  /**
   * Month `i` has ended (called at its last tick, before the next month opens): its SKU
   * counts, the go-live part's when the month is split, and at the window's end the
   * window's. O(SKUs).
   */
  closeMonth(i: number): void {
    const days = this.dayGmv.length;
    const periods = this.skus.periodOfDay;
    const first = periods[i * MONTH_DAYS];
    const last = periods[Math.min(days, (i + 1) * MONTH_DAYS) - 1];
    const month = this.skus.count(first);
    this.monthSkusInStock[i] = month.inStock;
    this.monthSkusSold[i] = month.sold;
    if (last > first) this.goLivePartSkus = this.skus.count(last);
    if ((i + 1) * MONTH_DAYS >= days) this.windowSkus = this.skus.count(0);
  }

  /**
   * Whether time t is in the measured window. Both bounds are compared on every call: with
   * `&&` the second comparison would first run when the window opens, and V8 would throw
   * away the optimised code of every handler that inlines this one (docs/performance.md).
   */
  inWindow(t: number): boolean {
    const started = t >= this.from;
    const notEnded = t < this.to;
    return started && notEnded;
  }

  /** Day index of time t in the window. */
  dayOf(t: number): number {
    return Math.floor(t - this.from);
  }

  /**
   * Integrates the stock levels up to `now`; call before changing a level. O(1). The run
   * also calls it at every day boundary, so an interval never spans two days.
   */
  touch(now: number): void {
    // max/min rather than ?: so every field is read on every call (see inWindow)
    const a = Math.max(this.lastT, this.from);
    const b = Math.min(now, this.to);
    if (b > a) {
      const dt = b - a;
      this.dayUnitDays[this.dayOf(a)] += this.physicalUnits * dt;
      this.areaUnits += this.physicalUnits * dt;
      this.areaValue += this.physicalValue * dt;
      this.areaBackorders += this.backorderUnits * dt;
    }
    this.lastT = now;
  }

  /** Time averages over the window (call after `touch(to)`). */
  averages(): { units: number; value: number; backorders: number } {
    const span = this.to - this.from;
    if (!(span > 0)) return { units: NaN, value: NaN, backorders: NaN };
    return { units: this.areaUnits / span, value: this.areaValue / span, backorders: this.areaBackorders / span };
  }
}
