/**
 * Allocation when the platform only knows what the seller's WMS has told it (docs/model.md,
 * Inventory sync): the router picks warehouses on the platform's figures (`WmsSync.told`),
 * then each line is locked on the physical stock. A line allocated to units that are not
 * there is an inventory-lock failure: the refused lock tells the platform the real level
 * there, and the line is re-routed to a warehouse that has the units, backordered where it
 * was allocated, or cancelled (`sync.onLockFailure`), counted with the cause that held the
 * WMS's pushes back.
 */
import type { Router } from '../allocation/router.js';
import { fastestWarehouse } from '../allocation/allocator.js';
import type { PoolState } from '../allocation/pool-state.js';
import { ORDER_LOCK_FAILED, type OrderPool } from '../orders/order-pool.js';
import { CAUSE_TOKEN_EXPIRED, OUTCOME_BACKORDERED, OUTCOME_CANCELLED, OUTCOME_REROUTED, type FailureBoard } from './failure-board.js';
import { FLOW_ORDERS, ON_LOCK_BACKORDER, ON_LOCK_REROUTE } from './sync-model.js';
import type { WmsSync } from './wms-sync.js';

/** `lineStockPoint` value of a line to backorder at pool warehouse w (below −1, so it is not a warehouse); its own inverse. */
export const backorderAt = (w: number) => -2 - w;

export class SyncedAllocation {
  /** The pool as the platform sees it: its figures as available units; reservations go to scratch. */
  private readonly view: PoolState;

  constructor(
    private readonly pool: PoolState,
    private readonly router: Router,
    private readonly sync: WmsSync,
    private readonly board: FailureBoard,
    private readonly onLockFailure: number,
    private readonly price: Float64Array,
  ) {
    this.view = { ...pool, onHand: sync.told, reserved: new Int32Array(sync.told.length) };
  }

  /**
   * Routes and locks lines `base … base+n−1` of order `o`. Writes each line's pool warehouse
   * into `lineStockPoint`: w ≥ 0 locked there; −1 unrouted (the run backorders it at the
   * SKU's home); `backorderAt(w)`; a cancelled line keeps its warehouse with 0 units.
   * `day`: the measured day of the order, or −1 outside the window. O(lines × W).
   */
  route(orders: OrderPool, o: number, base: number, n: number, market: number, day: number, now: number): void {
    const skus = orders.lineSku;
    const units = orders.lineUnits;
    const out = orders.lineStockPoint;
    const onHand = this.pool.onHand;
    const told = this.sync.told;
    const W = this.pool.warehouses;
    this.router(this.view, skus, units, base, n, market, out);
    for (let l = base; l < base + n; l++) {
      const w = out[l];
      if (w < 0) continue;
      const sku = skus[l];
      const u = units[l];
      const sp = sku * W + w;
      if (onHand[sp] >= u) {
        this.lock(sp, u);
        continue;
      }
      // an inventory-lock failure: the refusal reports the real level
      const cause = this.sync.cause(now);
      if (cause === CAUSE_TOKEN_EXPIRED) this.sync.noticed(now);
      told[sp] = onHand[sp];
      if (day >= 0 && (orders.flags[o] & ORDER_LOCK_FAILED) === 0) this.affected(orders, o, base, n);
      orders.flags[o] |= ORDER_LOCK_FAILED;
      let outcome = OUTCOME_BACKORDERED;
      out[l] = backorderAt(w);
      if (this.onLockFailure === ON_LOCK_REROUTE) {
        const w2 = this.reroute(sku, u, market);
        if (w2 >= 0) {
          out[l] = w2;
          outcome = OUTCOME_REROUTED;
        }
      } else if (this.onLockFailure !== ON_LOCK_BACKORDER) {
        out[l] = w;
        units[l] = 0;
        outcome = OUTCOME_CANCELLED;
        if (day >= 0) {
          this.board.cancelledUnits += u;
          this.board.cancelledSales += u * this.price[sku];
        }
      }
      if (day >= 0) this.board.lockFailure(day, cause, outcome);
    }
  }

  /**
   * The fastest warehouse, on the platform's figures, whose lock succeeds; each refusal on
   * the way corrects the figure. Locks the units there. Returns it, or −1. O(W²) at worst.
   */
  private reroute(sku: number, units: number, market: number): number {
    const onHand = this.pool.onHand;
    const told = this.sync.told;
    const row = sku * this.pool.warehouses;
    for (;;) {
      const w = fastestWarehouse(this.view, sku, units, market);
      if (w < 0) return -1;
      if (onHand[row + w] >= units) {
        told[row + w] -= units;
        this.lock(row + w, units);
        return w;
      }
      told[row + w] = onHand[row + w];
    }
  }

  /** Reserves units the platform has already taken off its figure; the WMS then records and pushes the lock if it governs orders. */
  private lock(sp: number, units: number): void {
    this.pool.onHand[sp] -= units;
    this.pool.reserved[sp] += units;
    if (this.sync.governs(FLOW_ORDERS)) {
      this.sync.told[sp] += units;
      this.sync.mark(sp);
    }
  }

  /** A measured order's first failure: counted once with its value at price. */
  private affected(orders: OrderPool, o: number, base: number, n: number): void {
    let v = 0;
    for (let l = base; l < base + n; l++) v += orders.lineUnits[l] * this.price[orders.lineSku[l]];
    this.board.ordersAffected++;
    this.board.gmvAffected += v;
  }
}
