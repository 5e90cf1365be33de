/**
 * Parcel records in pooled typed arrays with a free list (memory = parcels in flight).
 * A parcel is the set of an order's lines that leave one warehouse together; its lines are
 * those of its order whose `lineParcel` is the parcel's id.
 */
import { grown } from '../../engine/index.js';

export class ParcelPool {
  capacity: number;
  inUse = 0;

  order: Int32Array;
  /** Global warehouse index. */
  warehouse: Int32Array;
  /** Lines still waiting for backordered units. */
  pending: Int32Array;
  /** Time the parcel was released to its warehouse's pick queue (days). */
  releasedAt: Float64Array;
  /** Next parcel in the warehouse's FIFO pick queue (−1: last). */
  next: Int32Array;

  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.order = new Int32Array(initialCapacity);
    this.warehouse = new Int32Array(initialCapacity);
    this.pending = new Int32Array(initialCapacity);
    this.releasedAt = new Float64Array(initialCapacity);
    this.next = new Int32Array(initialCapacity);
    this.free = new Int32Array(initialCapacity);
  }

  /** Takes a parcel slot for `order` at `warehouse`, with no pending lines. O(1) amortised. */
  alloc(order: number, warehouse: number): number {
    this.inUse++;
    let p: number;
    if (this.freeCount > 0) p = this.free[--this.freeCount];
    else {
      if (this.used === this.capacity) this.grow();
      p = this.used++;
    }
    this.order[p] = order;
    this.warehouse[p] = warehouse;
    this.pending[p] = 0;
    this.next[p] = -1;
    return p;
  }

  /** Returns a parcel slot to the pool. O(1). */
  release(p: number): void {
    this.inUse--;
    this.free[this.freeCount++] = p;
  }

  private grow(): void {
    const n = this.capacity * 2;
    this.order = grown(this.order, n);
    this.warehouse = grown(this.warehouse, n);
    this.pending = grown(this.pending, n);
    this.next = grown(this.next, n);
    this.free = grown(this.free, n);
    this.releasedAt = grown(this.releasedAt, n);
    this.capacity = n;
  }
}
