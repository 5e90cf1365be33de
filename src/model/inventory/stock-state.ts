/**
 * Stock points and their ledgers, in flat typed arrays with dense ids. A stock point is
 * (SKU, location): in an unmerged setup one per (shop, SKU the shop lists) at the shop's
 * warehouse; in a merged setup one per (SKU, pool warehouse), id `sku·W + w`, so the same
 * `onHand`/`reserved` arrays are the allocator's `PoolState` arrays.
 *
 * Per stock point: available units (`onHand`, unreserved), `reserved` (locked for orders,
 * not yet picked), `onOrder` (replenishment pipeline), `migrating` (stock moving into the
 * pool at merge), `backorders` (units owed to waiting lines) and a FIFO queue of the waiting
 * lines (`bqHead`/`bqTail`, linked through `OrderPool.lineNext`).
 * Inventory position = onHand + onOrder + migrating − backorders.
 *
 * Per SKU, exact integer counters (in Float64Array, exact to 2^53) let
 * `checkConservation` balance the books: initial + received = onHand + reserved + migrating
 * + outbound (picked, on the way to the customer) + delivered (kept by customers) + returning
 * (on the way back) + writtenOff (returned and not resold). Restocked returns re-enter onHand.
 * Supplier orders: ordered = received + rejected at inbound QC + onOrder.
 */
export class StockState {
  readonly size: number;
  readonly sku: Int32Array;
  /** Global warehouse index of each stock point. */
  readonly warehouse: Int32Array;
  readonly onHand: Int32Array;
  readonly reserved: Int32Array;
  readonly onOrder: Int32Array;
  readonly migrating: Int32Array;
  readonly backorders: Int32Array;
  readonly reorderLevel: Int32Array;
  readonly orderUpTo: Int32Array;
  readonly bqHead: Int32Array;
  readonly bqTail: Int32Array;

  readonly skuInitial: Float64Array;
  readonly skuOrdered: Float64Array;
  readonly skuReceived: Float64Array;
  readonly skuOutbound: Float64Array;
  readonly skuDelivered: Float64Array;
  readonly skuReturning: Float64Array;
  readonly skuWrittenOff: Float64Array;
  /** Units ordered from the supplier and sent back at inbound QC (never received). */
  readonly skuRejected: Float64Array;

  /**
   * @param size number of stock points
   * @param skus number of SKUs
   */
  constructor(size: number, skus: number) {
    this.size = size;
    this.sku = new Int32Array(size);
    this.warehouse = new Int32Array(size);
    this.onHand = new Int32Array(size);
    this.reserved = new Int32Array(size);
    this.onOrder = new Int32Array(size);
    this.migrating = new Int32Array(size);
    this.backorders = new Int32Array(size);
    this.reorderLevel = new Int32Array(size);
    this.orderUpTo = new Int32Array(size);
    this.bqHead = new Int32Array(size).fill(-1);
    this.bqTail = new Int32Array(size).fill(-1);
    this.skuInitial = new Float64Array(skus);
    this.skuOrdered = new Float64Array(skus);
    this.skuReceived = new Float64Array(skus);
    this.skuOutbound = new Float64Array(skus);
    this.skuDelivered = new Float64Array(skus);
    this.skuReturning = new Float64Array(skus);
    this.skuWrittenOff = new Float64Array(skus);
    this.skuRejected = new Float64Array(skus);
  }

  /** Inventory position of stock point `sp`. O(1). */
  position(sp: number): number {
    return this.onHand[sp] + this.onOrder[sp] + this.migrating[sp] - this.backorders[sp];
  }
}
