/**
 * The warehouses' pick stations: c pickers each, a FIFO queue of released parcels (linked
 * through `ParcelPool.next`), and the time integral of each queue's length for Little's law
 * (`test/model/littles-law.test.ts`). The expected wait the allocator sees
 * (queue length × mean pick ÷ pickers) is kept up to date in the pool's `waitDays`.
 * O(1) per operation, allocation-free.
 */
import type { ParcelPool } from '../orders/parcel-pool.js';

export class PickStations {
  readonly busy: Int32Array;
  readonly queueLength: Int32Array;
  /** ∫ queue length dt from 0 to the last change, per warehouse. */
  readonly queueArea: Float64Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly lastChange: Float64Array;

  /**
   * @param pickers pickers per warehouse (global index)
   * @param meanPickDays mean pick time per warehouse, days
   * @param waitDays the allocator's expected waits, by pool index (null when unmerged)
   * @param poolIndexOf pool index of each global warehouse (−1: not in the pool)
   */
  constructor(
    readonly pickers: Int32Array,
    private readonly meanPickDays: Float64Array,
    private readonly waitDays: Float64Array | null,
    private readonly poolIndexOf: Int32Array,
  ) {
    const n = pickers.length;
    this.busy = new Int32Array(n);
    this.queueLength = new Int32Array(n);
    this.queueArea = new Float64Array(n);
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
    this.lastChange = new Float64Array(n);
  }

  /** Whether warehouse w has an idle picker. */
  idle(w: number): boolean {
    return this.busy[w] < this.pickers[w];
  }

  /** Appends parcel p to warehouse w's queue at time `now`. */
  enqueue(w: number, p: number, now: number, parcels: ParcelPool): void {
    this.integrate(w, now);
    parcels.next[p] = -1;
    if (this.tail[w] < 0) this.head[w] = p;
    else parcels.next[this.tail[w]] = p;
    this.tail[w] = p;
    this.queueLength[w]++;
    this.updateWait(w);
  }

  /** Removes and returns the head of warehouse w's queue (−1 when empty). */
  dequeue(w: number, now: number, parcels: ParcelPool): number {
    const p = this.head[w];
    if (p < 0) return -1;
    this.integrate(w, now);
    this.head[w] = parcels.next[p];
    if (this.head[w] < 0) this.tail[w] = -1;
    this.queueLength[w]--;
    this.updateWait(w);
    return p;
  }

  /** Σ (now − release time) over the parcels still queued at warehouse w. O(queue). */
  queuedWaitSum(w: number, now: number, parcels: ParcelPool): number {
    let sum = 0;
    for (let p = this.head[w]; p >= 0; p = parcels.next[p]) sum += now - parcels.releasedAt[p];
    return sum;
  }

  /** Brings the queue-length integral of warehouse w up to `now`. */
  integrate(w: number, now: number): void {
    this.queueArea[w] += this.queueLength[w] * (now - this.lastChange[w]);
    this.lastChange[w] = now;
  }

  private updateWait(w: number): void {
    const k = this.poolIndexOf[w];
    if (this.waitDays !== null && k >= 0) {
      this.waitDays[k] = (this.queueLength[w] * this.meanPickDays[w]) / this.pickers[w];
    }
  }
}
