/**
 * The return flow of a setup's run: at delivery, decide whether the order is returned
 * (`return-decision.ts`); if so its units leave the customer, travel back (to the market's
 * local return warehouse or the origin, `return-params.ts`) and are inspected, then resold —
 * back on the shelf of the stock point they shipped from — or written off. The order record
 * is kept until the return is processed. O(lines) per order, allocation-free.
 */
import type { Rng, Simulation } from '../../engine/index.js';
import type { SetupMetrics } from '../metrics/setup-metrics.js';
import { ORDER_RESTOCK } from '../orders/order-pool.js';
import type { OrderPool } from '../orders/order-pool.js';
import type { SetupModel } from '../setup/setup-model.js';
import { returnProbability } from './return-decision.js';

export class ReturnFlow {
  private readonly hDone: number;
  private readonly M: number;

  /**
   * @param restock puts units back on a stock point's shelf (and fills its backorders)
   */
  constructor(
    private readonly model: SetupModel,
    private readonly orders: OrderPool,
    private readonly metrics: SetupMetrics,
    private readonly sim: Simulation,
    private readonly rng: Rng,
    private readonly restock: (sp: number, units: number) => void,
  ) {
    this.M = model.marketIds.length;
    this.hDone = sim.on((o) => this.onDone(o));
  }

  /**
   * Decides whether delivered order `o` is returned; if so, sends its units back, books the
   * return's cohort figures (`measured`) and flow figures (`day` ≥ 0: delivered in the
   * window) and returns true — the caller must then keep the order record.
   */
  decide(o: number, fulfilmentDays: number, measured: boolean, day: number): boolean {
    const m = this.model;
    const orders = this.orders;
    const st = m.stock;
    const base = o * orders.lineStride;
    const end = base + orders.lineCount[o];
    const market = orders.market[o];
    const p = returnProbability(
      m.skuReturnBase,
      m.skuDefectReturn,
      m.qcCatchRate,
      m.latenessPerDay,
      m.latenessCap,
      orders.lineSku,
      orders.lineUnits,
      orders.lineStockPoint,
      st.warehouse,
      base,
      end,
      fulfilmentDays - m.promiseDays[market],
    );
    const u = orders.returnU[o];
    if (!(u < p)) return false;
    const restock = u / p < m.restockableShare;
    if (restock) orders.flags[o] |= ORDER_RESTOCK;
    let w = -1;
    let value = 0;
    let cost = 0;
    for (let l = base; l < end; l++) {
      const units = orders.lineUnits[l];
      if (units === 0) continue;
      const sp = orders.lineStockPoint[l];
      const sku = st.sku[sp];
      if (w < 0) w = st.warehouse[sp];
      st.skuDelivered[sku] -= units;
      st.skuReturning[sku] += units;
      value += units * m.catalogue.price[sku];
      cost += units * m.catalogue.cost[sku];
    }
    const cycle = m.returnTransit[w * this.M + market]!.sample(this.rng) + m.returnInspection.sample(this.rng);
    const met = this.metrics;
    if (measured) {
      met.ordersReturned++;
      met.returnCycleSum += cycle;
      met.marketReturned[market]++;
      met.marketReturnCycleSum[market] += cycle;
    }
    if (day >= 0) {
      const loss = value - (restock ? cost : 0);
      met.dayReturned[day]++;
      met.dayReturnLoss[day] += loss;
      met.returnLosses += loss;
    }
    this.sim.schedule(cycle, this.hDone, o);
    return true;
  }

  /** A return is processed: its units are resold (back on the shelf) or written off. */
  private onDone(o: number): void {
    const orders = this.orders;
    const st = this.model.stock;
    const restock = (orders.flags[o] & ORDER_RESTOCK) !== 0;
    const base = o * orders.lineStride;
    for (let l = base; l < base + orders.lineCount[o]; l++) {
      const units = orders.lineUnits[l];
      if (units === 0) continue;
      const sp = orders.lineStockPoint[l];
      st.skuReturning[st.sku[sp]] -= units;
      if (restock) this.restock(sp, units);
      else st.skuWrittenOff[st.sku[sp]] += units;
    }
    orders.release(o);
  }
}
