/**
 * The discrete-event kernel: a clock in days and an event queue.
 *
 * Phases of `run`: pop the earliest event → set the clock → dispatch its handler.
 *
 * Events are cheap by design: a handler is registered once (`on`) and gets a dense integer
 * id; an event is (time, sequence, handler id, two numeric payload slots) stored in typed
 * arrays. Scheduling and dispatch allocate nothing once the arrays have grown to the peak
 * number of pending events.
 *
 * Ordering: a binary min-heap keyed on (time, insertion sequence), so events at equal times
 * run in the order they were scheduled (checked by `test/property/event-order.test.ts`).
 *
 * The kernel knows nothing of shops, orders or fees.
 */

import { scheduleInPast, tooManyPending } from './messages.js';
import { grown } from './grown.js';

/** An event handler: receives the two payload slots given at scheduling time. */
export type Handler = (a: number, b: number) => void;

/** Dense id of a registered handler (see {@link Simulation.on}). */
export type HandlerId = number;

/**
 * Opaque handle of a scheduled event, for {@link Simulation.cancel}. It encodes the pool
 * slot and the slot's generation, so a stale handle (the event already ran or was
 * cancelled) is recognised and ignored.
 */
export type EventHandle = number;

const SLOT_BITS = 2 ** 26;
/**
 * Generation of a new slot. 32 · 2^26 = 2^31 is above V8's small-integer range, so every
 * handle is a double from the first one. Starting at 0, the first handles were small
 * integers and those of generation 32 (reached within seconds) were not: V8 then threw away
 * every optimised handler that inlines `scheduleAt` and compiled it again, on every thread
 * (docs/performance.md, Scaling to 2 workers).
 */
const FIRST_GEN = 32;
/** `slotHandler` value of a cancelled event still in the heap. */
const CANCELLED = -1;
/** Below this many cancelled entries the heap is never compacted (not worth a pass). */
const COMPACT_MIN = 1024;
const INITIAL_CAPACITY = 1024;

export class Simulation {
  /** Simulation clock, in days. */
  now = 0;
  /** Number of events dispatched since construction. */
  dispatched = 0;

  private readonly handlers: Handler[] = [];
  private stopped = false;
  private nextSeq = 0;

  // The heap holds keys inline (time, seq) for cache locality, plus the slot they belong to.
  private size = 0;
  private heapTime = new Float64Array(INITIAL_CAPACITY);
  private heapSeq = new Float64Array(INITIAL_CAPACITY);
  private heapSlot = new Int32Array(INITIAL_CAPACITY);

  // Event records, by slot; free slots form a stack.
  private slotHandler = new Int32Array(INITIAL_CAPACITY);
  private slotA = new Float64Array(INITIAL_CAPACITY);
  private slotB = new Float64Array(INITIAL_CAPACITY);
  private slotGen = new Uint32Array(INITIAL_CAPACITY);
  private freeSlots = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  private slotCount = 0;
  // Cancellation is lazy: a cancelled event keeps its heap entry, marked CANCELLED, and is
  // dropped when it reaches the root. The heap then need not track where each slot sits,
  // which saves a store per sift level: the hold model runs 12–18% faster at 10³–10⁶ pending
  // events, the M/M/1 3–5% (CPU time, min of 20 runs; bench/kernel.bench.ts `hold n=…` and
  // `mm1 (engine)`, see docs/performance.md).
  // A cancelled event occupies memory until its time comes or the heap is compacted: once
  // cancelled entries outnumber live ones, `compact` drops them all in O(n), so the heap is
  // never more than about twice the live events (amortised O(1) per cancel).
  private cancelledInHeap = 0;

  /** Number of events waiting in the queue. */
  get pending(): number {
    return this.size - this.cancelledInHeap;
  }

  /** Time of the next event, or `Infinity` when the queue is empty. */
  peek(): number {
    while (this.size > 0 && this.slotHandler[this.heapSlot[0]] === CANCELLED) {
      const slot = this.heapSlot[0];
      this.popRoot();
      this.recycleSlot(slot);
      this.cancelledInHeap--;
    }
    return this.size > 0 ? this.heapTime[0] : Infinity;
  }

  /**
   * Registers a handler and returns its id. Register handlers once, at model build time;
   * the id is then passed to `schedule` on the hot path.
   * @example const arrive = sim.on((customer) => { ... });
   */
  on(handler: Handler): HandlerId {
    this.handlers.push(handler);
    return this.handlers.length - 1;
  }

  /**
   * Schedules `handler(a, b)` after `delayDays` (≥ 0) from now. O(log n).
   * @throws RangeError when the delay is negative or not a number.
   */
  schedule(delayDays: number, handler: HandlerId, a = 0, b = 0): EventHandle {
    return this.scheduleAt(this.now + delayDays, handler, a, b);
  }

  /**
   * Schedules `handler(a, b)` at absolute time `timeDays` (≥ now). O(log n).
   * @throws RangeError when the time is in the past or not a number.
   */
  scheduleAt(timeDays: number, handler: HandlerId, a = 0, b = 0): EventHandle {
    if (!(timeDays >= this.now)) {
      throw new RangeError(scheduleInPast(timeDays, this.now));
    }
    const slot = this.allocSlot();
    this.slotHandler[slot] = handler;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
    if (this.size === this.heapTime.length) this.growHeap();
    this.siftUp(this.size++, timeDays, this.nextSeq++, slot);
    return this.slotGen[slot] * SLOT_BITS + slot;
  }

  /**
   * Cancels a scheduled event. O(1): the event is marked and dropped when its time comes
   * (it holds its memory until then). Returns false when the event already ran or was
   * already cancelled.
   */
  cancel(handle: EventHandle): boolean {
    const slot = handle % SLOT_BITS;
    const gen = (handle - slot) / SLOT_BITS;
    if (slot >= this.slotCount || this.slotGen[slot] !== gen) return false;
    if (this.slotHandler[slot] === CANCELLED) return false;
    this.slotHandler[slot] = CANCELLED;
    // A new generation, so the handle is stale from now on.
    this.slotGen[slot] = (this.slotGen[slot] + 1) % SLOT_BITS;
    this.cancelledInHeap++;
    if (this.cancelledInHeap > COMPACT_MIN && 2 * this.cancelledInHeap > this.size) this.compact();
    return true;
  }

  /** Stops `run` after the event being dispatched returns. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Dispatches events in (time, sequence) order until the queue is empty, the next event
   * is later than `untilDays`, or a handler calls `stop()`. When it stops because of
   * `untilDays`, the clock is advanced to `untilDays`. Returns the number of events run.
   */
  run(untilDays = Infinity): number {
    this.stopped = false;
    const start = this.dispatched;
    const handlers = this.handlers;
    while (this.size > 0) {
      const time = this.heapTime[0];
      if (time > untilDays) break;
      const slot = this.heapSlot[0];
      this.popRoot();
      const h = this.slotHandler[slot];
      this.recycleSlot(slot);
      if (h === CANCELLED) {
        this.cancelledInHeap--;
        continue;
      }
      this.now = time;
      const a = this.slotA[slot];
      const b = this.slotB[slot];
      this.dispatched++;
      handlers[h](a, b);
      if (this.stopped) return this.dispatched - start;
    }
    if (untilDays !== Infinity && untilDays > this.now) this.now = untilDays;
    return this.dispatched - start;
  }

  private allocSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    if (this.slotCount === this.slotHandler.length) this.growSlots();
    this.slotGen[this.slotCount] = FIRST_GEN;
    return this.slotCount++;
  }

  /** Returns a slot to the free stack; the new generation makes old handles stale. */
  private recycleSlot(slot: number): void {
    this.slotGen[slot] = (this.slotGen[slot] + 1) % SLOT_BITS;
    this.freeSlots[this.freeCount++] = slot;
  }

  /**
   * Drops every cancelled entry and rebuilds the heap bottom-up (Floyd), O(n). Keys
   * (time, sequence) are unique, so the dispatch order does not depend on the layout.
   */
  private compact(): void {
    const ht = this.heapTime;
    const hs = this.heapSeq;
    const hslot = this.heapSlot;
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      const slot = hslot[i];
      if (this.slotHandler[slot] === CANCELLED) {
        this.recycleSlot(slot);
        continue;
      }
      ht[n] = ht[i];
      hs[n] = hs[i];
      hslot[n] = slot;
      n++;
    }
    this.size = n;
    this.cancelledInHeap = 0;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i, ht[i], hs[i], hslot[i]);
  }

  /** Removes the root entry, refilling the hole with the last entry. */
  private popRoot(): void {
    const last = --this.size;
    if (last > 0) this.siftDown(0, this.heapTime[last], this.heapSeq[last], this.heapSlot[last]);
  }

  /** Places (t, s, slot) at the hole `pos` or above it. */
  private siftUp(pos: number, t: number, s: number, slot: number): void {
    const ht = this.heapTime;
    const hs = this.heapSeq;
    const hslot = this.heapSlot;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = ht[parent];
      if (pt < t || (pt === t && hs[parent] < s)) break;
      ht[pos] = pt;
      hs[pos] = hs[parent];
      hslot[pos] = hslot[parent];
      pos = parent;
    }
    ht[pos] = t;
    hs[pos] = s;
    hslot[pos] = slot;
  }

  /** Places (t, s, slot) at the hole `pos` or below it. */
  private siftDown(pos: number, t: number, s: number, slot: number): void {
    const ht = this.heapTime;
    const hs = this.heapSeq;
    const hslot = this.heapSlot;
    const n = this.size;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      let ct = ht[child];
      let cs = hs[child];
      const right = child + 1;
      if (right < n) {
        const rt = ht[right];
        if (rt < ct || (rt === ct && hs[right] < cs)) {
          child = right;
          ct = rt;
          cs = hs[right];
        }
      }
      if (t < ct || (t === ct && s < cs)) break;
      ht[pos] = ct;
      hs[pos] = cs;
      hslot[pos] = hslot[child];
      pos = child;
    }
    ht[pos] = t;
    hs[pos] = s;
    hslot[pos] = slot;
  }

  private growHeap(): void {
    const n = this.heapTime.length * 2;
    this.heapTime = grown(this.heapTime, n);
    this.heapSeq = grown(this.heapSeq, n);
    this.heapSlot = grown(this.heapSlot, n);
  }

  private growSlots(): void {
    const n = this.slotHandler.length * 2;
    if (n > SLOT_BITS) throw new RangeError(tooManyPending(SLOT_BITS));
    this.slotHandler = grown(this.slotHandler, n);
    this.slotA = grown(this.slotA, n);
    this.slotB = grown(this.slotB, n);
    this.slotGen = grown(this.slotGen, n);
    this.freeSlots = grown(this.freeSlots, n);
  }
}
