/**
 * The simulation of one setup in one replication, on the kernel (`Simulation`), with
 * handler ids and numeric payloads (order, parcel and stock-point ids) — no object is
 * allocated per order, line, parcel or event once the pools have grown to the peak number
 * in flight.
 *
 * Phases of `run()`:
 *  1. t = 0: reporting ticks scheduled first (so at equal times they run before other
 *     events); initial stock placed (unmerged) or migrating into the pool (merged); an
 *     initial replenishment pass; each shop's first order; the first periodic review.
 *  2. events until the horizon end: orders arrive (`onArrival` → `placeOrder`: route,
 *     reserve or backorder, form parcels, release or wait); supplier orders
 *     (`Replenisher`) arrive and fill backorders FIFO (`addStock`); released parcels go
 *     through the `FulfilmentPipeline` (pick queue, pick, QC, handover, transit, delivery);
 *     an order finishes when its last parcel is delivered and may then be returned
 *     (`ReturnFlow`): its units travel back and are restocked or written off.
 *  3. drain: orders keep arriving (unmeasured) until every order placed in the measured
 *     window has finished, or `DRAIN_CAP_DAYS` after the horizon; still open then = not
 *     delivered.
 *
 * Order lifecycle: placed → each line reserved from stock at its stock point, or
 * backordered (waits FIFO at the stock point) or lost → lines grouped into parcels (merged:
 * by pool warehouse; unmerged: by shop) → a parcel with backordered lines waits until they
 * are filled → routing deadline: still waiting ⇒ split timeout; `ship-partial` ships the
 * complete lines now as a parcel of their own → released parcels queue at their warehouse.
 */
import { DOUBLE_ZERO, Simulation, substream } from '../../engine/index.js';
import type { Rng } from '../../engine/index.js';
import type { OrderSource } from '../demand/order-stream.js';
import { FulfilmentPipeline } from '../fulfilment/pipeline.js';
import { PickStations } from '../fulfilment/pick-stations.js';
import { checkConservation } from '../inventory/conservation.js';
import { Replenisher } from '../inventory/replenisher.js';
import { assembleSetupReplication } from '../metrics/assemble.js';
import { MONTH_DAYS, SetupMetrics } from '../metrics/setup-metrics.js';
import { ORDER_CROSS_SHOP_MERGED, ORDER_LOCK_FAILED, ORDER_MEASURED, ORDER_TIMED_OUT, OrderPool } from '../orders/order-pool.js';
import { ParcelPool } from '../orders/parcel-pool.js';
import type { SetupReplication } from '../result.js';
import { ReturnFlow } from '../returns/return-flow.js';
import { emptyDiagnostics } from './setup-diagnostics.js';
import type { SetupDiagnostics } from './setup-diagnostics.js';
import type { SetupModel } from './setup-model.js';
import { PoolMigration } from '../transition/pool-migration.js';
import { FailureBoard } from '../sync/failure-board.js';
import { InboundQc } from '../sync/inbound-qc.js';
import { FLOW_MIGRATION, FLOW_ORDERS, FLOW_RECEIPTS, FLOW_RETURNS } from '../sync/sync-model.js';
import { backorderAt, SyncedAllocation } from '../sync/synced-allocation.js';
import { WmsSync } from '../sync/wms-sync.js';

export type { SetupDiagnostics };

/**
 * Runs one setup on the order stream `stream` (fresh, from the replication's substreams).
 * @example const { result } = runSetup(model, stream, seed, k);
 */
export function runSetup(
  model: SetupModel,
  stream: OrderSource,
  seed: number | string,
  replication: number,
): { result: SetupReplication; diagnostics: SetupDiagnostics } {
  previousRun = new SetupRun(model, stream, seed, replication);
  return previousRun.run();
}

/**
 * The last setup run, kept until the next one replaces it. Optimised code holds what it was
 * specialised on (hidden classes, objects) weakly, and V8 throws the code away when a full
 * collection finds those dead; between two setups no run object is alive, so a full
 * collection there used to cost 20–25 deoptimisations and 0.2 s of compilation. Keeping the
 * last run (a few MB) keeps them alive (docs/performance.md, "Scaling to 2 workers").
 */
let previousRun: SetupRun | undefined;

class SetupRun {
  private readonly sim = new Simulation();
  private readonly orders: OrderPool;
  private readonly parcels = new ParcelPool();
  private readonly stations: PickStations;
  private readonly pipeline: FulfilmentPipeline;
  private readonly metrics: SetupMetrics;
  private readonly replenisher: Replenisher;
  private readonly returns: ReturnFlow;
  /** Per order: parcel of each group key (shop or pool warehouse); −1 = none yet. */
  private readonly groupParcel: Int32Array;
  private readonly newParcels: Int32Array;
  private readonly oldParcels: Int32Array;
  private readonly conservationScratch: Float64Array;
  private readonly M: number;
  private readonly W: number;
  private readonly U: number;

  private readonly hArrival: number;
  private readonly hReceipt: number;
  private readonly hMigration: number;
  private readonly hDeadline: number;
  private readonly hTick: number;
  private readonly hReview: number;
  private readonly hGoLive: number;
  private readonly hMigrateAll: number;

  /** Orders are placed into the pool (a transition setup: from go-live on). */
  private merged: boolean;
  /** Lines short of stock are lost (else backordered); a transition may switch it while stock migrates. */
  private lostSales: boolean;
  /** Stock points from this id on are the retired shops' (a transition after go-live; else never). */
  private retiredFrom = 0x7fffffff;
  private readonly migration: PoolMigration | null;
  /** Units on their way from the shops into the pool (a transition after go-live). */
  private inTransit = 0;
  private readonly scheduleMigration = (at: number, sp: number, units: number) => this.sim.scheduleAt(at, this.hMigration, sp, units);

  // inventory sync and its failures (null when the scenario has no sync / inboundQc block)
  private readonly board: FailureBoard | null;
  private readonly sync: WmsSync | null;
  private readonly synced: SyncedAllocation | null;
  private readonly qc: InboundQc | null;

  private serial = 0;
  private ordersInSystem = 0;
  private ordersArea = 0;
  private ordersLastT = 0;
  private openPlacedSum = 0;
  private sojournSum = DOUBLE_ZERO;
  private measuredInFlight = 0;
  private draining = false;
  private readonly diag: SetupDiagnostics;

  constructor(
    private readonly model: SetupModel,
    private readonly stream: OrderSource,
    seed: number | string,
    replication: number,
  ) {
    const m = model;
    this.M = m.marketIds.length;
    this.W = m.poolWarehouses.length;
    this.U = m.catalogue.skuCount;
    this.orders = new OrderPool(2 * m.lineCap);
    this.stations = new PickStations(m.pickers, m.meanPickDays, m.pool?.waitDays ?? null, m.poolIndexOf);
    this.metrics = new SetupMetrics(this.M, m.measureFrom, m.measureTo, this.U, m.transition?.goLiveAt ?? null);
    this.groupParcel = new Int32Array(Math.max(m.setup.shops.length, this.W, 1)).fill(-1);
    this.newParcels = new Int32Array(2 * m.lineCap);
    this.oldParcels = new Int32Array(2 * m.lineCap);
    this.conservationScratch = new Float64Array(2 * this.U);
    this.merged = m.merged;
    this.lostSales = m.lostSales;
    const t = m.transition;
    this.migration = t && new PoolMigration(t, m.stock, m.catalogue.cost, m.poolWarehouses, m.warehouseIds.length);

    const sim = this.sim;
    this.hArrival = sim.on((shop) => this.onArrival(shop));
    this.hReceipt = sim.on((sp, units) => this.onReceipt(sp, units));
    this.hMigration = sim.on((sp, units) => this.onMigration(sp, units));
    this.hDeadline = sim.on((o, serial) => this.onDeadline(o, serial));
    this.hTick = sim.on((d) => this.onTick(d));
    this.hReview = sim.on(() => this.onReview());
    this.hGoLive = sim.on(() => this.onGoLive(substream(seed, replication, 'migration')));
    this.hMigrateAll = sim.on(() => this.onMigrateAll());
    this.replenisher = new Replenisher(m, sim, substream(seed, replication, 'leadTime'), this.hReceipt);
    this.returns = new ReturnFlow(m, this.orders, this.metrics, sim, substream(seed, replication, 'returns'), (sp, units) =>
      this.addStock(sp, units, FLOW_RETURNS),
    );
    this.board = m.failureBoard ? new FailureBoard(this.metrics.dailyBacklog.length) : null;
    this.sync =
      m.sync && new WmsSync(m.sync, sim, m.stock.onHand, m.syncPoints, substream(seed, replication, 'syncLag'), this.board!, m.measureFrom, m.measureTo);
    this.synced = this.sync && new SyncedAllocation(m.pool!, m.router, this.sync, this.board!, m.sync!.onLockFailure, m.catalogue.price);
    this.qc = m.inboundQc && new InboundQc(m.inboundQc, substream(seed, replication, 'inboundQc'));
    this.diag = emptyDiagnostics();
    this.pipeline = new FulfilmentPipeline(m, this.orders, this.parcels, this.stations, this.metrics, sim, this.diag, seed, replication, (o) =>
      this.finishOrder(o, true),
    );
  }

  run(): { result: SetupReplication; diagnostics: SetupDiagnostics } {
    const m = this.model;
    const sim = this.sim;
    const st = m.stock;
    const cat = m.catalogue;
    // 1. t = 0
    const days = this.metrics.dailyBacklog.length;
    for (let d = 0; d <= days; d++) sim.scheduleAt(Math.min(m.measureFrom + d, m.measureTo), this.hTick, d);
    const migrationTime = m.setup.allocation.migrationTime;
    let migrating = false;
    for (let sp = 0; sp < st.size; sp++) {
      const units = m.initialUnits[sp];
      if (units === 0) continue;
      st.skuInitial[st.sku[sp]] += units;
      if (m.merged && migrationTime > 0) {
        st.migrating[sp] = units;
        migrating = true;
      } else {
        st.onHand[sp] = units;
        this.metrics.physicalUnits += units;
        this.metrics.physicalValue += units * cat.cost[st.sku[sp]];
      }
    }
    // one event moves every stock point's units, in stock-point order: what one event per
    // stock point at the same time did (their sequence numbers were consecutive), without a
    // pending event per stock point (10⁶ and more for a large catalogue)
    if (migrating) sim.scheduleAt(migrationTime, this.hMigrateAll);
    for (let sp = 0; sp < st.size; sp++) this.replenisher.replenish(sp);
    for (let i = 0; i < m.setup.shops.length; i++) {
      const t = this.stream.next(i, 0);
      if (t < m.drainTo) sim.scheduleAt(t, this.hArrival, i);
    }
    if (m.reviewPeriod > 0) sim.scheduleAt(m.reviewPeriod, this.hReview);
    if (m.transition !== null && m.transition.goLiveAt < m.measureTo) sim.scheduleAt(m.transition.goLiveAt, this.hGoLive);
    this.sync?.start(m.drainTo);

    // 2. the horizon
    sim.run(m.measureTo);
    this.metrics.touch(m.measureTo);
    // 3. drain
    this.draining = true;
    if (this.measuredInFlight > 0) sim.run(m.drainTo);
    return this.finish();
  }

  // ---- orders -------------------------------------------------------------------------

  private onArrival(shop: number): void {
    const now = this.sim.now;
    const orders = this.orders;
    const o = orders.alloc();
    this.stream.fill(shop, o, orders);
    if (orders.keepU[o] < this.model.keepThreshold) this.placeOrder(o, now);
    else orders.release(o);
    const t = this.stream.next(shop, now);
    if (t < this.model.drainTo) this.sim.scheduleAt(t, this.hArrival, shop);
  }

  private placeOrder(o: number, now: number): void {
    const m = this.model;
    const orders = this.orders;
    const st = m.stock;
    const met = this.metrics;
    const measured = met.inWindow(now);
    const n = orders.lineCount[o];
    const base = o * orders.lineStride;
    const market = orders.market[o];
    orders.placedAt[o] = now;
    orders.serial[o] = ++this.serial;
    orders.flags[o] = measured ? ORDER_MEASURED : 0;
    orders.openParcels[o] = 0;
    orders.parcels[o] = 0;
    orders.waitingParcels[o] = 0;
    this.diag.ordersKept++;
    this.touchOrders(now);
    this.ordersInSystem++;
    if (this.ordersInSystem > this.diag.peakOrdersInFlight) this.diag.peakOrdersInFlight = this.ordersInSystem;
    this.openPlacedSum += now;

    const lineSku = orders.lineSku;
    const lineUnits = orders.lineUnits;
    const lineSp = orders.lineStockPoint;
    const remaining = orders.lineRemaining;
    const onHand = st.onHand;
    const reserved = st.reserved;
    const W = this.W;
    const merged = this.merged;
    const sync = this.sync;
    const day = measured ? Math.floor(now - met.from) : -1;
    if (merged && m.eprBound !== null && m.eprMarket[market] === 1) this.refuseUnbound(o, base, n, measured);
    if (merged) {
      if (sync === null) m.router(m.pool!, lineSku, lineUnits, base, n, market, lineSp);
      else this.synced!.route(orders, o, base, n, market, day, now);
    }
    let crossShop = false;
    let value = 0;
    for (let l = base; l < base + n; l++) {
      const sku = lineSku[l];
      const units = lineUnits[l];
      let sp: number;
      let take: number;
      if (merged) {
        const w = lineSp[l];
        if (w >= 0) {
          sp = sku * W + w;
          take = units;
        } else {
          // −1: unrouted, waits at the SKU's home; below −1: a failed lock backordered where it was allocated (sync)
          const home = w < -1 ? backorderAt(w) : m.homeWarehouse[sku];
          sp = sku * W + (home >= 0 ? home : m.fastestForMarket[market]);
          take = onHand[sp] < units ? onHand[sp] : units;
          onHand[sp] -= take;
          reserved[sp] += take;
          if (sync !== null && take > 0) sync.change(sp, -take, FLOW_ORDERS);
        }
        if (orders.lineShop[l] !== orders.lineShop[base]) crossShop = true;
      } else {
        sp = m.shopSkuStockPoint[orders.lineShop[l] * this.U + sku];
        take = onHand[sp] < units ? onHand[sp] : units;
        onHand[sp] -= take;
        reserved[sp] += take;
      }
      lineSp[l] = sp;
      orders.lineParcel[l] = -1;
      const short = units - take;
      remaining[l] = 0;
      this.diag.unitsOrdered += units;
      this.diag.unitsFromStock += take;
      if (short > 0) {
        if (this.lostSales) {
          lineUnits[l] = take;
          this.diag.unitsLost += short;
          if (measured) met.unitsLost += short;
        } else {
          remaining[l] = short;
          this.enqueueBackorder(sp, l, short, now);
          this.diag.unitsBackordered += short;
          if (measured) met.unitsBackordered += short;
        }
        if (this.inTransit > 0 && measured) this.shortDuringMigration(short, sku);
      }
      if (measured) {
        met.unitsOrdered += units;
        met.unitsFromStock += take;
        met.dayUnitsOrdered[day] += units;
        met.dayUnitsFromStock[day] += take;
      }
      value += units * m.catalogue.price[sku];
      if (m.reviewPeriod === 0) this.replenisher.replenish(sp);
    }
    if (crossShop) {
      orders.flags[o] |= ORDER_CROSS_SHOP_MERGED;
      if (measured) {
        this.diag.crossShopMergedOrders++;
        this.diag.crossShopMergedValue += value;
      }
    }
    if (measured) {
      met.ordersPlaced++;
      this.measuredInFlight++;
    }
    this.formParcels(o, base, n);
  }

  /**
   * EPR: lines of SKUs without an EPR number bound to the Pool ID are refused (units set to 0,
   * so they are neither reserved nor shipped) and counted as blocked sales.
   */
  private refuseUnbound(o: number, base: number, n: number, measured: boolean): void {
    const m = this.model;
    const orders = this.orders;
    let blocked = false;
    for (let l = base; l < base + n; l++) {
      const sku = orders.lineSku[l];
      if (m.eprBound![sku] === 1 || orders.lineUnits[l] === 0) continue;
      blocked = true;
      if (measured) {
        const value = orders.lineUnits[l] * m.catalogue.price[sku];
        this.metrics.blockedUnits += orders.lineUnits[l];
        this.metrics.blockedSales += value;
        m.skuBlockedSales![sku] += value;
      }
      orders.lineUnits[l] = 0;
    }
    if (blocked && measured) this.metrics.blockedOrders++;
  }

  /** Groups the order's lines into parcels (merged: by pool warehouse; unmerged: by shop). */
  private formParcels(o: number, base: number, n: number): void {
    const m = this.model;
    const orders = this.orders;
    const parcels = this.parcels;
    const st = m.stock;
    const group = this.groupParcel;
    let created = 0;
    for (let l = base; l < base + n; l++) {
      if (orders.lineUnits[l] === 0) continue;
      const sp = orders.lineStockPoint[l];
      const key = this.merged ? m.poolIndexOf[st.warehouse[sp]] : orders.lineShop[l];
      let p = group[key];
      if (p < 0) {
        p = parcels.alloc(o, st.warehouse[sp]);
        group[key] = p;
        this.newParcels[created++] = p;
      }
      orders.lineParcel[l] = p;
      if (orders.lineRemaining[l] > 0) parcels.pending[p]++;
    }
    for (let l = base; l < base + n; l++) {
      if (orders.lineUnits[l] === 0) continue;
      group[this.merged ? m.poolIndexOf[st.warehouse[orders.lineStockPoint[l]]] : orders.lineShop[l]] = -1;
    }
    orders.openParcels[o] = created;
    orders.parcels[o] = created;
    if (created === 0) {
      this.finishOrder(o, false);
      return;
    }
    let waiting = 0;
    for (let j = 0; j < created; j++) {
      const p = this.newParcels[j];
      if (parcels.pending[p] === 0) this.pipeline.release(p);
      else waiting++;
    }
    orders.waitingParcels[o] = waiting;
    if (waiting > 0) this.sim.schedule(m.setup.allocation.deadline, this.hDeadline, o, orders.serial[o]);
  }

  private onDeadline(o: number, serial: number): void {
    const orders = this.orders;
    if (orders.serial[o] !== serial || orders.waitingParcels[o] === 0) return;
    if (this.board !== null) this.boardTimeout(o);
    orders.flags[o] |= ORDER_TIMED_OUT;
    if (orders.flags[o] & ORDER_MEASURED) this.metrics.splitTimeouts++;
    if (this.model.setup.allocation.onTimeout !== 'ship-partial') return;
    const parcels = this.parcels;
    const base = o * orders.lineStride;
    const n = orders.lineCount[o];
    let k = 0;
    for (let l = base; l < base + n; l++) {
      const p = orders.lineParcel[l];
      if (p < 0 || parcels.pending[p] === 0 || orders.lineRemaining[l] > 0) continue;
      let j = 0;
      while (j < k && this.oldParcels[j] !== p) j++;
      if (j === k) {
        this.oldParcels[k] = p;
        this.newParcels[k++] = parcels.alloc(o, parcels.warehouse[p]);
        orders.openParcels[o]++;
        orders.parcels[o]++;
      }
      orders.lineParcel[l] = this.newParcels[j];
    }
    for (let j = 0; j < k; j++) this.pipeline.release(this.newParcels[j]);
  }

  private finishOrder(o: number, delivered: boolean): void {
    const now = this.sim.now;
    const m = this.model;
    const orders = this.orders;
    const met = this.metrics;
    const placed = orders.placedAt[o];
    const market = orders.market[o];
    const measured = (orders.flags[o] & ORDER_MEASURED) !== 0;
    this.touchOrders(now);
    this.ordersInSystem--;
    this.openPlacedSum -= placed;
    this.sojournSum += now - placed;
    const f = now - placed;
    const inWindow = delivered && met.inWindow(now);
    const day = inWindow ? met.dayOf(now) : -1;
    if (inWindow) {
      met.dayDelivered[day]++;
      if (orders.flags[o] & ORDER_CROSS_SHOP_MERGED) met.dayCrossValue[day] += this.orderValue(o);
    }
    if (measured) {
      if (delivered) {
        met.ordersDelivered++;
        met.fulfilmentSum += f;
        met.histogram.add(f);
        const onTime = f <= m.promiseDays[market] ? 1 : 0;
        met.onTime += onTime;
        met.parcels += orders.parcels[o];
        if (orders.parcels[o] >= 2) met.splitOrders++;
        met.marketDelivered[market]++;
        met.marketFulfilmentSum[market] += f;
        met.marketOnTime[market] += onTime;
        if (this.board !== null) this.boardDelivered(o, f);
      } else met.ordersLost++;
      this.measuredInFlight--;
      if (this.draining && this.measuredInFlight === 0) this.sim.stop();
    }
    if (!(delivered && m.returnsEnabled && this.returns.decide(o, f, measured, day))) orders.release(o);
  }

  /** A split timeout on the board: by the day it happens, and its order as affected (once). */
  private boardTimeout(o: number): void {
    const board = this.board!;
    const met = this.metrics;
    const now = this.sim.now;
    const flags = this.orders.flags[o];
    if (met.inWindow(now)) {
      board.splitTimeouts++;
      board.daySplitTimeout[met.dayOf(now)]++;
    }
    if (flags & ORDER_MEASURED && (flags & ORDER_LOCK_FAILED) === 0) {
      board.ordersAffected++;
      board.gmvAffected += this.orderValue(o);
    }
  }

  /** A delivered measured order's fulfilment time, with or without a failure. */
  private boardDelivered(o: number, days: number): void {
    const board = this.board!;
    if (this.orders.flags[o] & (ORDER_LOCK_FAILED | ORDER_TIMED_OUT)) {
      board.affectedDaysSum += days;
      board.affectedDelivered++;
    } else {
      board.cleanDaysSum += days;
      board.cleanDelivered++;
    }
  }

  /** Value of an order's lines at price. */
  private orderValue(o: number): number {
    const orders = this.orders;
    const price = this.model.catalogue.price;
    const base = o * orders.lineStride;
    let v = 0;
    for (let l = base; l < base + orders.lineCount[o]; l++) v += orders.lineUnits[l] * price[orders.lineSku[l]];
    return v;
  }

  private touchOrders(now: number): void {
    this.ordersArea += this.ordersInSystem * (now - this.ordersLastT);
    this.ordersLastT = now;
  }

  // ---- stock ---------------------------------------------------------------------------

  private enqueueBackorder(sp: number, l: number, units: number, now: number): void {
    const st = this.model.stock;
    const orders = this.orders;
    orders.lineNext[l] = -1;
    if (st.bqTail[sp] < 0) st.bqHead[sp] = l;
    else orders.lineNext[st.bqTail[sp]] = l;
    st.bqTail[sp] = l;
    st.backorders[sp] += units;
    this.metrics.touch(now);
    this.metrics.backorderUnits += units;
  }

  private onReview(): void {
    const st = this.model.stock;
    for (let sp = 0; sp < st.size; sp++) this.replenisher.replenish(sp);
    const next = this.sim.now + this.model.reviewPeriod;
    if (next < this.model.drainTo) this.sim.scheduleAt(next, this.hReview);
  }

  private onReceipt(sp: number, units: number): void {
    const st = this.model.stock;
    st.onOrder[sp] -= units;
    if (this.qc !== null && this.qc.rejects(st.sku[sp], st.warehouse[sp], units)) {
      this.rejectBatch(sp, units);
      return;
    }
    st.skuReceived[st.sku[sp]] += units;
    this.addStock(sp, units, FLOW_RECEIPTS);
  }

  /** A batch rejected at inbound QC goes back to the supplier: its units never become available. */
  private rejectBatch(sp: number, units: number): void {
    const st = this.model.stock;
    const met = this.metrics;
    const now = this.sim.now;
    st.skuRejected[st.sku[sp]] += units;
    if (met.inWindow(now)) {
      this.board!.qcRejectedBatches++;
      this.board!.qcRejectedUnits += units;
      this.board!.dayQc[met.dayOf(now)]++;
    }
    if (this.model.reviewPeriod === 0) this.replenisher.replenish(sp);
  }

  /** The merged pool's initial stock arrives (t = `allocation.migrationTime`). O(stock points). */
  private onMigrateAll(): void {
    const m = this.model;
    for (let sp = 0; sp < m.stock.size; sp++) if (m.initialUnits[sp] !== 0) this.onMigration(sp, m.initialUnits[sp]);
  }

  private onMigration(sp: number, units: number): void {
    this.model.stock.migrating[sp] -= units;
    if (this.inTransit > 0 && (this.inTransit -= units) === 0) this.lostSales = this.model.lostSales;
    this.addStock(sp, units, FLOW_MIGRATION);
  }

  // ---- transition ------------------------------------------------------------------------

  /** Go-live: the shops' stock moves into the pool and new orders are placed into it. */
  private onGoLive(rng: Rng): void {
    const m = this.model;
    const t = m.transition!;
    const met = this.metrics;
    const now = this.sim.now;
    met.touch(now);
    this.merged = true;
    this.retiredFrom = t.poolPoints;
    this.migration!.goLive(now, rng, this.scheduleMigration);
    this.leftShops(this.migration!.units, this.migration!.value);
    // the part of the day after go-live starts from what is left on the shelves; a go-live
    // inside a month starts the settlement period of the month's merged part
    if (met.inWindow(now)) {
      const day = met.dayOf(now);
      met.dayStartOnHand[day] = met.physicalUnits;
      met.skus.open(met.skus.periodOfDay[day], m.stock);
    }
    for (let sp = 0; sp < t.poolPoints; sp++) this.replenisher.replenish(sp);
  }

  /** Units reaching a retired shop stock point beyond its backorders follow the lane into the pool. */
  private forwardToPool(sp: number): void {
    const met = this.metrics;
    const mig = this.migration!;
    const units = mig.units;
    const value = mig.value;
    mig.forward(sp, this.sim.now, this.scheduleMigration);
    const moved = mig.units - units;
    // counted as received where they arrive, in the pool
    if (met.inWindow(this.sim.now)) {
      met.unitsReceived -= moved;
      met.dayReceived[met.dayOf(this.sim.now)] -= moved;
    }
    this.leftShops(moved, mig.value - value);
  }

  private leftShops(units: number, value: number): void {
    const met = this.metrics;
    met.physicalUnits -= units;
    met.physicalValue -= value;
    this.inTransit += units;
    if (this.inTransit > 0 && this.model.transition!.lostDuringMigration) this.lostSales = true;
  }

  private shortDuringMigration(units: number, sku: number): void {
    const met = this.metrics;
    if (this.lostSales) met.migrationLostUnits += units;
    else met.migrationBackorderedUnits += units;
    met.migrationShortValue += units * this.model.catalogue.price[sku];
  }

  /**
   * Puts units on the shelf and fills the stock point's backorders first-come first-served.
   * `flow` (FLOW_*) says where they come from, for inventory sync.
   */
  private addStock(sp: number, units: number, flow: number): void {
    const now = this.sim.now;
    const st = this.model.stock;
    const met = this.metrics;
    const orders = this.orders;
    met.touch(now);
    met.physicalUnits += units;
    met.physicalValue += units * this.model.catalogue.cost[st.sku[sp]];
    if (met.inWindow(now)) {
      const day = met.dayOf(now);
      met.unitsReceived += units;
      met.dayReceived[day] += units;
      met.skus.received(st.sku[sp], day);
    }
    st.onHand[sp] += units;
    const before = st.onHand[sp];
    let l = st.bqHead[sp];
    while (l >= 0 && st.onHand[sp] > 0) {
      const need = orders.lineRemaining[l];
      const fill = st.onHand[sp] < need ? st.onHand[sp] : need;
      st.onHand[sp] -= fill;
      st.reserved[sp] += fill;
      st.backorders[sp] -= fill;
      met.backorderUnits -= fill;
      orders.lineRemaining[l] = need - fill;
      if (fill < need) break;
      const next = orders.lineNext[l];
      st.bqHead[sp] = next;
      if (next < 0) st.bqTail[sp] = -1;
      this.lineFilled(l);
      l = next;
    }
    if (this.sync !== null && sp < this.model.syncPoints) this.syncStock(sp, units, before - st.onHand[sp], flow);
    if (sp >= this.retiredFrom && st.onHand[sp] > 0) this.forwardToPool(sp);
  }

  /** The WMS records units arriving through `flow` and those taken by waiting lines. */
  private syncStock(sp: number, units: number, filled: number, flow: number): void {
    const sync = this.sync!;
    sync.change(sp, units, flow);
    if (filled > 0) sync.change(sp, -filled, FLOW_ORDERS);
  }

  private lineFilled(l: number): void {
    const parcels = this.parcels;
    const p = this.orders.lineParcel[l];
    if (--parcels.pending[p] === 0) {
      this.orders.waitingParcels[parcels.order[p]]--;
      this.pipeline.release(p);
    }
  }

  // ---- reporting -----------------------------------------------------------------------

  /** Tick d runs at warm-up + d (the last at the horizon end): day and month boundaries. */
  private onTick(d: number): void {
    const met = this.metrics;
    const days = met.dailyBacklog.length;
    met.touch(this.sim.now);
    if (d === 0) {
      met.onHandAtStart = met.physicalUnits;
    } else {
      met.dailyBacklog[d - 1] = this.ordersInSystem;
      met.dailyOnHand[d - 1] = met.physicalUnits;
    }
    if (d < days) met.dayStartOnHand[d] = met.physicalUnits;
    // month ends and starts: SKU sell-through counted, then the next month's stock stamped
    if (d > 0 && (d % MONTH_DAYS === 0 || d === days)) met.closeMonth(Math.ceil(d / MONTH_DAYS) - 1);
    if (d < days && d % MONTH_DAYS === 0) met.skus.open(met.skus.periodOfDay[d], this.model.stock);
    if (d % MONTH_DAYS === 0 || d === days) {
      checkConservation(this.model.stock, this.sim.now, this.conservationScratch);
      this.diag.conservationChecks++;
    }
  }

  private finish(): { result: SetupReplication; diagnostics: SetupDiagnostics } {
    const m = this.model;
    const now = this.sim.now;
    checkConservation(m.stock, now, this.conservationScratch);
    this.diag.conservationChecks++;
    this.touchOrders(now);
    const nw = m.warehouseIds.length;
    const d = this.diag;
    d.ordersGenerated = this.stream.generated;
    d.replenishmentOrders = this.replenisher.orders;
    d.endTime = now;
    d.eventsDispatched = this.sim.dispatched;
    d.ordersInSystemArea = this.ordersArea;
    d.ordersSojournSum = this.sojournSum + this.ordersInSystem * now - this.openPlacedSum;
    for (let w = 0; w < nw; w++) {
      this.stations.integrate(w, now);
      d.queueArea.push(this.stations.queueArea[w]);
      d.queueWaitSum.push(this.pipeline.queueWaitSum[w] + this.stations.queuedWaitSum(w, now, this.parcels));
      d.parcelsReleased.push(this.pipeline.parcelsReleased[w]);
    }
    this.sync?.finish();
    if (this.migration !== null) {
      this.metrics.migratedUnits = this.migration.units;
      this.metrics.migratedValue = this.migration.value;
      this.metrics.migrationEnd = this.migration.windowEnd;
    }
    const result = assembleSetupReplication(this.metrics, m, this.board);
    // the drain cap stopped the run with measured orders still open: say so (docs/results.md)
    if (this.measuredInFlight > 0) result.openAtDrainCap = this.measuredInFlight;
    return { result, diagnostics: d };
  }
}
