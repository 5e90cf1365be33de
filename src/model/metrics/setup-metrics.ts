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

  // monthly rows (index = month after the warm-up)
  readonly monthGmv: Float64Array;
  readonly monthCost: Float64Array;
  readonly monthUnitsSold: Float64Array;
  readonly monthDelivered: Float64Array;
  readonly monthReceived: Float64Array;
  readonly monthStartOnHand: Float64Array;
  readonly monthReturned: Float64Array;
  readonly monthParcels: Float64Array;
  readonly monthUnitDays: Float64Array;
  readonly monthCrossValue: Float64Array;
  readonly monthReturnLoss: Float64Array;

  /**
   * @param markets number of markets
   * @param from measurement start (days)
   * @param to measurement end (days)
   */
  constructor(
    markets: number,
    readonly from: number,
    readonly to: number,
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
    const months = Math.ceil(days / MONTH_DAYS);
    this.monthGmv = new Float64Array(months);
    this.monthCost = new Float64Array(months);
    this.monthUnitsSold = new Float64Array(months);
    this.monthDelivered = new Float64Array(months);
    this.monthReceived = new Float64Array(months);
    this.monthStartOnHand = new Float64Array(months);
    this.monthReturned = new Float64Array(months);
    this.monthParcels = new Float64Array(months);
    this.monthUnitDays = new Float64Array(months);
    this.monthCrossValue = new Float64Array(months);
    this.monthReturnLoss = new Float64Array(months);
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

  /** Month index of time t in the window. */
  monthOf(t: number): number {
    return Math.floor((t - this.from) / MONTH_DAYS);
  }

  /**
   * Integrates the stock levels up to `now`; call before changing a level. O(1). The run
   * also calls it at every month boundary, so an interval never spans two months.
   */
  touch(now: number): void {
    // max/min rather than ?: so every field is read on every call (see inWindow)
    const a = Math.max(this.lastT, this.from);
    const b = Math.min(now, this.to);
    if (b > a) {
      const dt = b - a;
      this.monthUnitDays[this.monthOf(a)] += this.physicalUnits * dt;
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
