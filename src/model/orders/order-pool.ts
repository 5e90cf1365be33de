/**
 * Order and order-line records in pooled typed arrays with a free list, so memory follows
 * the number of orders in flight, never the number simulated.
 *
 * An order occupies one slot; its lines are the contiguous range
 * `slot·lineStride … slot·lineStride + lineCount − 1` (line id = that index). The stride is
 * fixed at build time (two baskets of at most `lineCap` lines each), so no line storage is
 * ever allocated per order. Arrays double when the pool is full; callers must re-read the
 * array fields after `alloc()` rather than caching them across calls.
 */
import { grown } from '../../engine/index.js';

/** Bit flags of an order. */
export const ORDER_MEASURED = 1;
/** The order holds lines of two or more shops and ships from the pool (merged setups). */
export const ORDER_CROSS_SHOP_MERGED = 2;
/** The routing deadline passed with parcels still waiting. */
export const ORDER_TIMED_OUT = 4;
/** The order was returned and its units are to be resold (else written off). */
export const ORDER_RESTOCK = 8;
/** A line of the order failed to lock (inventory sync, `sync/synced-allocation.ts`). */
export const ORDER_LOCK_FAILED = 16;

export class OrderPool {
  readonly lineStride: number;
  capacity: number;
  /** Orders currently allocated. */
  inUse = 0;

  // order fields, by slot
  placedAt: Float64Array;
  serial: Float64Array;
  returnU: Float64Array;
  keepU: Float64Array;
  market: Int32Array;
  shop: Int32Array;
  lineCount: Int32Array;
  flags: Int32Array;
  /** Parcels created and not yet delivered (waiting ones included). */
  openParcels: Int32Array;
  /** Parcels created over the order's life. */
  parcels: Int32Array;
  /** Parcels waiting for backordered lines. */
  waitingParcels: Int32Array;

  // line fields, by line id
  lineSku: Int32Array;
  lineUnits: Int32Array;
  lineShop: Int32Array;
  /** Stock point the line draws from (−1 before routing or when lost). */
  lineStockPoint: Int32Array;
  /** Units still backordered. */
  lineRemaining: Int32Array;
  /** Parcel holding the line (−1: none, e.g. all units lost). */
  lineParcel: Int32Array;
  /** Next line in the stock point's backorder queue (−1: last). */
  lineNext: Int32Array;

  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  /**
   * @param lineStride lines reserved per order slot
   * @param initialCapacity order slots to start with (grows by doubling)
   */
  constructor(lineStride: number, initialCapacity = 1024) {
    this.lineStride = lineStride;
    this.capacity = initialCapacity;
    const n = initialCapacity;
    const l = n * lineStride;
    this.placedAt = new Float64Array(n);
    this.serial = new Float64Array(n);
    this.returnU = new Float64Array(n);
    this.keepU = new Float64Array(n);
    this.market = new Int32Array(n);
    this.shop = new Int32Array(n);
    this.lineCount = new Int32Array(n);
    this.flags = new Int32Array(n);
    this.openParcels = new Int32Array(n);
    this.parcels = new Int32Array(n);
    this.waitingParcels = new Int32Array(n);
    this.lineSku = new Int32Array(l);
    this.lineUnits = new Int32Array(l);
    this.lineShop = new Int32Array(l);
    this.lineStockPoint = new Int32Array(l);
    this.lineRemaining = new Int32Array(l);
    this.lineParcel = new Int32Array(l);
    this.lineNext = new Int32Array(l);
    this.free = new Int32Array(n);
  }

  /** Takes a free order slot (its fields are stale: the caller sets them). O(1) amortised. */
  alloc(): number {
    this.inUse++;
    if (this.freeCount > 0) return this.free[--this.freeCount];
    if (this.used === this.capacity) this.grow();
    return this.used++;
  }

  /** Returns a slot to the pool. O(1). */
  release(slot: number): void {
    this.inUse--;
    this.free[this.freeCount++] = slot;
  }

  private grow(): void {
    const n = this.capacity * 2;
    const l = n * this.lineStride;
    this.placedAt = grown(this.placedAt, n);
    this.serial = grown(this.serial, n);
    this.returnU = grown(this.returnU, n);
    this.keepU = grown(this.keepU, n);
    this.market = grown(this.market, n);
    this.shop = grown(this.shop, n);
    this.lineCount = grown(this.lineCount, n);
    this.flags = grown(this.flags, n);
    this.openParcels = grown(this.openParcels, n);
    this.parcels = grown(this.parcels, n);
    this.waitingParcels = grown(this.waitingParcels, n);
    this.lineSku = grown(this.lineSku, l);
    this.lineUnits = grown(this.lineUnits, l);
    this.lineShop = grown(this.lineShop, l);
    this.lineStockPoint = grown(this.lineStockPoint, l);
    this.lineRemaining = grown(this.lineRemaining, l);
    this.lineParcel = grown(this.lineParcel, l);
    this.lineNext = grown(this.lineNext, l);
    this.free = grown(this.free, n);
    this.capacity = n;
  }
}
