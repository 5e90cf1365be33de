/**
 * The irreversible migration at go-live (DOMAIN §1): every shop's free stock is set to zero
 * and moves into the Pool ID, split over the pool warehouses by the placement shares
 * (largest remainder, as for a merged setup's initial stock); it travels for the lane's
 * transfer time (one draw per shop warehouse × pool warehouse lane, at go-live, in that
 * order) and cannot be sold on the way. From then on the shops' stock points order only what
 * their old backorders still need, and whatever reaches them beyond that (a supplier order
 * placed before go-live, a restocked return) follows the same lane into the pool. Units are
 * conserved: they leave `onHand` and enter `migrating` in the same step.
 */
import type { Rng } from '../../engine/index.js';
import { splitLargestRemainderInto } from '../inventory/placement.js';
import type { StockState } from '../inventory/stock-state.js';
import type { TransitionModel } from './transition-model.js';

/** Called once per (pool stock point, units) with the arrival time. */
export type ScheduleArrival = (at: number, sp: number, units: number) => void;

export class PoolMigration {
  /** Units moved into the pool so far, and their value at cost. */
  units = 0;
  value = 0;
  /** Latest arrival time scheduled, and the latest of the go-live move itself (the migration window's end). */
  lastArrival = -Infinity;
  windowEnd = NaN;
  private readonly laneDays: Float64Array;
  private readonly W: number;
  /** Scratch of the largest-remainder split (no allocation per shop stock point). */
  private readonly split: Int32Array;
  private readonly order: Int32Array;

  /**
   * @param warehouses number of warehouses (global); `poolWarehouses` are the pool's, by pool index
   */
  constructor(
    private readonly t: TransitionModel,
    private readonly st: StockState,
    private readonly cost: Float64Array,
    poolWarehouses: Int32Array,
    warehouses: number,
  ) {
    this.W = poolWarehouses.length;
    this.laneDays = new Float64Array(warehouses * this.W);
    this.split = new Int32Array(this.W);
    this.order = new Int32Array(this.W);
  }

  /** Go-live at `now`: lanes drawn, shop stock moved, targets swapped. O(stock points × W). */
  goLive(now: number, rng: Rng, schedule: ScheduleArrival): void {
    const st = this.st;
    const P = this.t.poolPoints;
    for (let i = 0; i < this.laneDays.length; i++) this.laneDays[i] = this.t.transferTime.sample(rng);
    for (let sp = P; sp < st.size; sp++) {
      this.forward(sp, now, schedule);
      st.reorderLevel[sp] = 0;
      st.orderUpTo[sp] = 0;
    }
    this.windowEnd = this.lastArrival;
    st.reorderLevel.set(this.t.poolReorderLevel, 0);
    st.orderUpTo.set(this.t.poolOrderUpTo, 0);
  }

  /** Moves the free units of shop stock point `sp` into the pool. */
  forward(sp: number, now: number, schedule: ScheduleArrival): void {
    const st = this.st;
    const units = st.onHand[sp];
    if (units === 0) return;
    const W = this.W;
    const k = st.sku[sp];
    st.onHand[sp] = 0;
    const split = splitLargestRemainderInto(units, this.t.shares.values, k * this.t.shares.stride, W, this.split, this.order);
    for (let w = 0; w < W; w++) {
      if (split[w] === 0) continue;
      const at = now + this.laneDays[st.warehouse[sp] * W + w];
      st.migrating[k * W + w] += split[w];
      if (at > this.lastArrival) this.lastArrival = at;
      schedule(at, k * W + w, split[w]);
    }
    this.units += units;
    this.value += units * this.cost[k];
  }
}
