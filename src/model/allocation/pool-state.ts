/**
 * The state the allocator and routers read and write: stock of every SKU in every pool
 * warehouse, in flat typed arrays indexed `sku·W + w`, and the expected delivery time of
 * each (warehouse, market) pair. Standalone on purpose: the benchmarks (`bench/`) build one
 * and drive `allocateLine` / the routers without a simulation.
 */
export interface PoolState {
  /** W: number of pool warehouses (dense indices 0..W−1). */
  readonly warehouses: number;
  /** M: number of markets (dense indices 0..M−1). */
  readonly markets: number;
  /** Available (unreserved) units, index `sku·W + w`. */
  readonly onHand: Int32Array;
  /** Units reserved for orders and not yet picked, index `sku·W + w`. */
  readonly reserved: Int32Array;
  /**
   * Mean days from release to delivery excluding the queue: pick + QC + handover +
   * transit, index `w·M + m`. Precomputed from the distributions' means.
   */
  readonly baseDays: Float64Array;
  /** Expected queue wait at each warehouse, days: queue length × mean pick ÷ pickers. */
  readonly waitDays: Float64Array;
  /** Router scratch space, length W; contents are meaningless between calls. */
  readonly scratch: Int32Array;
}

/**
 * A pool state with zero stock and zero waits, for `skus` SKUs over `warehouses` × `markets`.
 * The caller fills `onHand` and `baseDays`.
 * @example
 * const pool = createPoolState(10_000, 4, 5);
 * pool.onHand.fill(20);
 */
export function createPoolState(skus: number, warehouses: number, markets: number): PoolState {
  return {
    warehouses,
    markets,
    onHand: new Int32Array(skus * warehouses),
    reserved: new Int32Array(skus * warehouses),
    baseDays: new Float64Array(warehouses * markets),
    waitDays: new Float64Array(warehouses),
    scratch: new Int32Array(warehouses),
  };
}
