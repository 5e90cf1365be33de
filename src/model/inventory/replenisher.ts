/**
 * Supplier orders for stock points: when a stock point's inventory position (on hand + on
 * order + migrating − backorders) is below its reorder level, order up to its order-up-to
 * level. The order arrives after a lead time drawn from the substream `leadTime`; with a
 * supplier capacity (`replenishment.capacityPerDay`) orders queue FIFO at the supplier and an
 * order of q units is finished q ÷ capacity days after the supplier frees up, then travels.
 * O(1) per call, allocation-free.
 */
import type { Rng, Simulation } from '../../engine/index.js';
import type { SetupModel } from '../setup/setup-model.js';

export class Replenisher {
  /** Supplier orders placed so far. */
  orders = 0;
  private supplierFreeAt = 0;

  /**
   * @param receipt handler id called with (stock point, units) when an order arrives
   */
  constructor(
    private readonly model: SetupModel,
    private readonly sim: Simulation,
    private readonly leadRng: Rng,
    private readonly receipt: number,
  ) {}

  /**
   * Orders for stock point `sp` if its position is below the reorder level.
   * @example replenisher.replenish(sp); // after a demand at sp (continuous review)
   */
  replenish(sp: number): void {
    const st = this.model.stock;
    const position = st.onHand[sp] + st.onOrder[sp] + st.migrating[sp] - st.backorders[sp];
    if (position >= st.reorderLevel[sp]) return;
    const q = st.orderUpTo[sp] - position;
    const m = this.model;
    let t = this.sim.now;
    if (m.capacityPerDay !== Infinity) {
      const start = this.supplierFreeAt > t ? this.supplierFreeAt : t;
      this.supplierFreeAt = start + q / m.capacityPerDay;
      t = this.supplierFreeAt;
    }
    t += m.leadTime.sample(this.leadRng);
    st.onOrder[sp] += q;
    st.skuOrdered[st.sku[sp]] += q;
    this.orders++;
    this.sim.scheduleAt(t, this.receipt, sp, q);
  }
}
