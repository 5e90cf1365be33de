/**
 * What a study reads from a seller's own files besides the scenario: the order history of
 * `demand.history` and the stock snapshot of `replenishment.initialStock`, loaded by the
 * experiment layer (the model reads no files). docs/model.md, "Order history".
 */
import type { OrderHistory } from '../../history/order-history.js';
import type { StockSnapshot } from '../../history/stock-snapshot.js';
import type { Scenario, Setup } from '../../scenario/schema.js';

export interface SellerData {
  /** The order history of `demand.history`. */
  history?: OrderHistory;
  /** The stock snapshot of `replenishment.initialStock` (needs `history`). */
  initialStock?: StockSnapshot;
}

/** A scenario with the seller's data its file names, loaded. */
export type StudyInput = Scenario & SellerData;

/**
 * SKUs in the study's catalogue: the history's, else `catalogue.skus` of `settings` (default
 * the shared settings). O(1).
 * @example catalogueSize(scenario) // 200
 */
export function catalogueSize(scenario: StudyInput, settings: Pick<Setup, 'catalogue'> = scenario.shared): number {
  return scenario.history ? scenario.history.skus.length : (settings.catalogue.skus ?? 0);
}
