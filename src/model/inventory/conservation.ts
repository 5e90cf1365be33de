/**
 * The stock conservation check (checked every month end of every run, and by
 * `test/model/conservation.test.ts`): per SKU,
 *   initial + received = onHand + reserved + migrating + outbound + delivered + returning
 *   + writtenOff,
 * and the replenishment pipeline balances: ordered = received + onOrder. Every quantity is
 * an exact integer count, so the check is exact. Also no ledger quantity is negative.
 */
import { InvariantError } from '../errors.js';
import { conservationBroken, negativeStock } from '../messages.js';
import type { StockState } from './stock-state.js';

/**
 * Throws InvariantError at the first SKU whose books do not balance. O(stock points + SKUs).
 * `scratch` must hold 2 × SKUs numbers (reused to stay allocation-free).
 * @throws InvariantError on any imbalance or negative quantity (a bug, never a user error)
 */
export function checkConservation(s: StockState, day: number, scratch: Float64Array): void {
  const U = s.skuInitial.length;
  scratch.fill(0, 0, 2 * U);
  for (let sp = 0; sp < s.size; sp++) {
    if (s.onHand[sp] < 0) throw new InvariantError(negativeStock('onHand', sp, s.onHand[sp]), { sp, day });
    if (s.reserved[sp] < 0) throw new InvariantError(negativeStock('reserved', sp, s.reserved[sp]), { sp, day });
    if (s.onOrder[sp] < 0) throw new InvariantError(negativeStock('onOrder', sp, s.onOrder[sp]), { sp, day });
    if (s.backorders[sp] < 0) throw new InvariantError(negativeStock('backorders', sp, s.backorders[sp]), { sp, day });
    const k = s.sku[sp];
    scratch[k] += s.onHand[sp] + s.reserved[sp] + s.migrating[sp];
    scratch[U + k] += s.onOrder[sp];
  }
  for (let k = 0; k < U; k++) {
    const expected = s.skuInitial[k] + s.skuReceived[k];
    const got = scratch[k] + s.skuOutbound[k] + s.skuDelivered[k] + s.skuReturning[k] + s.skuWrittenOff[k];
    if (expected !== got || s.skuOrdered[k] !== s.skuReceived[k] + s.skuRejected[k] + scratch[U + k]) {
      throw new InvariantError(conservationBroken(k, day, expected, got), { sku: k, day });
    }
  }
}
