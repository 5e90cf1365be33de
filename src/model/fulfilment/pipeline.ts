/**
 * The fulfilment pipeline of a setup's run: a released parcel queues FIFO for a picker at its
 * warehouse (`PickStations`), is picked (its units leave the shelf: reserved −= units), then
 * passes QC, carrier handover and line-haul transit to the order's market, and is delivered
 * (units sold; GMV and cost of goods booked when delivered inside the window). Pick times come
 * from the substream `pick/<warehouse>`, QC + handover + transit from `ship/<warehouse>`.
 * When an order's last parcel is delivered, `onOrderDelivered` is called.
 * O(lines of the parcel's order) per event, allocation-free.
 */
import { substream } from '../../engine/index.js';
import type { Rng, Simulation } from '../../engine/index.js';
import type { SetupMetrics } from '../metrics/setup-metrics.js';
import { ORDER_MEASURED } from '../orders/order-pool.js';
import type { OrderPool } from '../orders/order-pool.js';
import type { ParcelPool } from '../orders/parcel-pool.js';
import type { SetupDiagnostics } from '../setup/setup-diagnostics.js';
import type { SetupModel } from '../setup/setup-model.js';
import type { PickStations } from './pick-stations.js';

export class FulfilmentPipeline {
  /** Per warehouse: Σ queue waits of the parcels that started picking, and parcels released. */
  readonly queueWaitSum: Float64Array;
  readonly parcelsReleased: Float64Array;
  private readonly pickRng: Rng[];
  private readonly shipRng: Rng[];
  private readonly hPickDone: number;
  private readonly hDelivered: number;
  private readonly M: number;

  constructor(
    private readonly model: SetupModel,
    private readonly orders: OrderPool,
    private readonly parcels: ParcelPool,
    private readonly stations: PickStations,
    private readonly metrics: SetupMetrics,
    private readonly sim: Simulation,
    private readonly diag: SetupDiagnostics,
    seed: number | string,
    replication: number,
    private readonly onOrderDelivered: (order: number) => void,
  ) {
    const nw = model.warehouseIds.length;
    this.M = model.marketIds.length;
    this.queueWaitSum = new Float64Array(nw);
    this.parcelsReleased = new Float64Array(nw);
    this.pickRng = model.warehouseIds.map((id) => substream(seed, replication, `pick/${id}`));
    this.shipRng = model.warehouseIds.map((id) => substream(seed, replication, `ship/${id}`));
    this.hPickDone = sim.on((p) => this.onPickDone(p));
    this.hDelivered = sim.on((p) => this.onDelivered(p));
  }

  /**
   * Releases parcel p (all its lines reserved) to its warehouse's pick queue.
   * @example pipeline.release(p);
   */
  release(p: number): void {
    const now = this.sim.now;
    const parcels = this.parcels;
    const w = parcels.warehouse[p];
    parcels.releasedAt[p] = now;
    this.parcelsReleased[w]++;
    if (this.stations.idle(w)) this.startPick(p, w, now);
    else this.stations.enqueue(w, p, now, parcels);
  }

  private startPick(p: number, w: number, now: number): void {
    const parcels = this.parcels;
    this.stations.busy[w]++;
    const wait = now - parcels.releasedAt[p];
    this.queueWaitSum[w] += wait;
    if (this.orders.flags[parcels.order[p]] & ORDER_MEASURED) {
      this.metrics.waitSum += wait;
      this.metrics.waitCount++;
    }
    this.sim.schedule(this.model.pickTime[w].sample(this.pickRng[w]), this.hPickDone, p);
  }

  private onPickDone(p: number): void {
    const now = this.sim.now;
    const m = this.model;
    const parcels = this.parcels;
    const orders = this.orders;
    const st = m.stock;
    const met = this.metrics;
    const w = parcels.warehouse[p];
    this.stations.busy[w]--;
    const next = this.stations.dequeue(w, now, parcels);
    if (next >= 0) this.startPick(next, w, now);
    const o = parcels.order[p];
    const base = o * orders.lineStride;
    met.touch(now);
    for (let l = base; l < base + orders.lineCount[o]; l++) {
      if (orders.lineParcel[l] !== p) continue;
      const sp = orders.lineStockPoint[l];
      const u = orders.lineUnits[l];
      const sku = st.sku[sp];
      st.reserved[sp] -= u;
      st.skuOutbound[sku] += u;
      met.physicalUnits -= u;
      met.physicalValue -= u * m.catalogue.cost[sku];
    }
    const rng = this.shipRng[w];
    const delay = m.qcTime[w].sample(rng) + m.handover[w].sample(rng) + m.transit[w * this.M + orders.market[o]]!.sample(rng);
    this.sim.schedule(delay, this.hDelivered, p);
  }

  private onDelivered(p: number): void {
    const now = this.sim.now;
    const m = this.model;
    const parcels = this.parcels;
    const orders = this.orders;
    const st = m.stock;
    const met = this.metrics;
    const o = parcels.order[p];
    const base = o * orders.lineStride;
    const inWindow = met.inWindow(now);
    const day = inWindow ? met.dayOf(now) : -1;
    for (let l = base; l < base + orders.lineCount[o]; l++) {
      if (orders.lineParcel[l] !== p) continue;
      // the line is done with this parcel id, which may be reused by another parcel
      orders.lineParcel[l] = -1;
      const u = orders.lineUnits[l];
      const sku = st.sku[orders.lineStockPoint[l]];
      st.skuOutbound[sku] -= u;
      st.skuDelivered[sku] += u;
      this.diag.unitsDelivered += u;
      if (inWindow) {
        const gmv = u * m.catalogue.price[sku];
        const cost = u * m.catalogue.cost[sku];
        met.gmv += gmv;
        met.costOfGoods += cost;
        met.unitsSold += u;
        met.dayGmv[day] += gmv;
        met.dayCost[day] += cost;
        met.dayUnitsSold[day] += u;
        met.skus.sold(sku, day);
      }
    }
    if (inWindow) met.dayParcels[day]++;
    parcels.release(p);
    if (--orders.openParcels[o] === 0) this.onOrderDelivered(o);
  }
}
