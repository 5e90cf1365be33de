/**
 * A check the model's own catalogue rules make possible before a run: every shop must list at
 * least one SKU in every replication, or the model refuses the replication. SKUs are dealt to
 * shops at random per replication (`src/model/catalogue/catalogue.ts`): a share of them to
 * `sharedSkuShops` shops each, the rest to one shop each by `exclusiveShopWeights` — so a tiny
 * catalogue can leave a shop empty in some replications. Located at `catalogue.skus`.
 */
import { exclusiveShopWeights } from '../model/catalogue/catalogue.js';
import { ModelInputError } from '../model/errors.js';
import { ScenarioError } from '../scenario/errors.js';
import { fieldProblem } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';
import { catalogueLeavesShopEmpty, catalogueNoExclusiveShop } from './messages.js';

/**
 * A shop may go without SKUs in at most this share of replications: one in a million (the
 * model then refuses that replication, which is reported like any failed replication).
 */
export const EMPTY_SHOP_TOLERANCE = 1e-6;

/**
 * The chance, per replication, that each shop of a setup lists no SKU: no shared SKU reaches it
 * ((1 − k/S)^shared) and no exclusive SKU falls to it ((1 − wᵢ)^exclusive). O(shops).
 * @example emptyShopChances(setup) // [0, 0] for the bundled studies (every shop lists the shared SKUs)
 */
export function emptyShopChances(setup: Scenario['setups'][number]): number[] {
  const { skus, sharedSkuShare } = setup.catalogue;
  const S = setup.shops.length;
  if (skus === undefined || sharedSkuShare === undefined) return setup.shops.map(() => 0);
  const shared = S >= 2 ? Math.round(sharedSkuShare * skus) : 0;
  const k = Math.min(S, setup.catalogue.sharedSkuShops ?? S);
  const exclusive = skus - shared;
  const weights = exclusive > 0 ? exclusiveShopWeights(setup) : new Float64Array(S);
  const total = weights.reduce((a, b) => a + b, 0);
  return setup.shops.map((_s, i) => Math.pow(1 - k / S, shared) * (exclusive > 0 ? Math.pow(1 - weights[i] / total, exclusive) : 1));
}

/**
 * Refuses a catalogue that would leave a shop without SKUs in more than
 * {@link EMPTY_SHOP_TOLERANCE} of replications, or whose exclusive SKUs no shop may take.
 * Synthetic demand only (an order history names each shop's SKUs). O(setups × shops).
 * @throws ScenarioError with one located problem
 */
export function checkCatalogue(scenario: Scenario, text: string, file: string): void {
  for (const setup of scenario.setups) {
    if (setup.demand.history !== undefined) continue;
    let chances: number[];
    try {
      chances = emptyShopChances(setup);
    } catch (e) {
      if (!(e instanceof ModelInputError)) throw e;
      throw new ScenarioError([fieldProblem(text, file, ['catalogue', 'sharedSkuShare'], String(setup.catalogue.sharedSkuShare), catalogueNoExclusiveShop(setup.name))]);
    }
    const worst = chances.reduce((w, p, i) => (p > chances[w] ? i : w), 0);
    if (chances[worst] > EMPTY_SHOP_TOLERANCE)
      throw new ScenarioError([
        fieldProblem(text, file, ['catalogue', 'skus'], String(setup.catalogue.skus), catalogueLeavesShopEmpty(setup.name, chances[worst], setup.shops[worst].id)),
      ]);
  }
}
