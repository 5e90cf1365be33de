/**
 * The settings of the synthetic demand, narrowed: `catalogue.skus`, `catalogue.sharedSkuShare`,
 * `catalogue.price`, `demand.marketMix` and each shop's `ordersPerDay` are optional in the
 * schema because a study on an order history (`demand.history`) takes them from the history;
 * without one the loader requires them, and the synthetic demand reads them through here.
 */
import type { DistributionSpec } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import { ModelInputError } from '../errors.js';
import { syntheticSettingMissing } from '../messages.js';

export interface SyntheticSettings {
  skus: number;
  sharedSkuShare: number;
  price: DistributionSpec;
  marketMix: Record<string, number>;
  /** Per shop, in the setup's order. */
  ordersPerDay: Float64Array;
}

/**
 * @throws ModelInputError naming the first missing setting (a scenario the loader passed has them all)
 * @example const { skus, ordersPerDay } = syntheticSettings(setup);
 */
export function syntheticSettings(setup: Pick<Setup, 'catalogue' | 'demand' | 'shops'>): SyntheticSettings {
  const { skus, sharedSkuShare, price } = setup.catalogue;
  const { marketMix } = setup.demand;
  const need = <T>(v: T | undefined, path: string): T => {
    if (v === undefined) throw new ModelInputError(syntheticSettingMissing(path));
    return v;
  };
  return {
    skus: need(skus, 'catalogue.skus'),
    sharedSkuShare: need(sharedSkuShare, 'catalogue.sharedSkuShare'),
    price: need(price, 'catalogue.price'),
    marketMix: need(marketMix, 'demand.marketMix'),
    ordersPerDay: Float64Array.from(setup.shops, (s, i) => need(s.ordersPerDay, `shops[${i}].ordersPerDay`)),
  };
}
