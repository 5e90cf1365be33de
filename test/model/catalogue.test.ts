/** The catalogue: shared/exclusive listing, popularity, prices, and the shop-without-SKUs error. */
import { describe, expect, it } from 'vitest';
import { buildCatalogue, exclusiveShopWeights } from '../../src/model/catalogue/catalogue.js';
import { CATEGORY_DEFAULTS, categoryParams } from '../../src/model/catalogue/category-defaults.js';
import { ModelInputError } from '../../src/model/errors.js';
import { shopWithoutSkus } from '../../src/model/messages.js';
import { rawScenario, scenarioFrom } from './helpers/scenarios.js';

const raw = rawScenario('default.yaml');
const setupWith = (catalogue: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  scenarioFrom({ ...raw, ...extra, catalogue: { ...(raw.catalogue as object), ...catalogue } }).setups[0];

describe('catalogue', () => {
  it('lists round(share × U) SKUs in sharedSkuShops shops and every other SKU in exactly one', () => {
    const setup = setupWith({ skus: 400, sharedSkuShare: 0.6, sharedSkuShops: 2 });
    const cat = buildCatalogue(setup, 1, 0);
    const U = cat.skuCount;
    let shared = 0;
    for (let k = 0; k < U; k++) {
      let n = 0;
      for (let i = 0; i < cat.shopCount; i++) n += cat.listed[i * U + k];
      expect([1, 2]).toContain(n);
      if (n === 2) shared++;
    }
    expect(shared).toBe(240);
    expect(cat.sharedCount).toBe(240);
    cat.shopSkus.forEach((skus, i) => {
      expect(skus.length).toBeGreaterThan(0);
      let pop = 0;
      for (const k of skus) pop += cat.popularity[k];
      expect(cat.shopPopularity[i]).toBeCloseTo(pop, 9);
    });
  });

  it('has Zipf popularity, positive prices and costs = price × ratio within the ratio range', () => {
    const cat = buildCatalogue(setupWith({}), 1, 0);
    expect(cat.popularity[0]).toBe(1);
    expect(cat.popularity[9]).toBeCloseTo(10 ** -0.8, 12);
    for (let k = 0; k < cat.skuCount; k++) {
      expect(cat.price[k]).toBeGreaterThan(0);
      expect(cat.cost[k] / cat.price[k]).toBeGreaterThanOrEqual(0.35);
      expect(cat.cost[k] / cat.price[k]).toBeLessThanOrEqual(0.55);
    }
  });

  it('is the same for the same seed and replication, different for another replication', () => {
    const setup = setupWith({});
    expect(buildCatalogue(setup, 1, 0)).toEqual(buildCatalogue(setup, 1, 0));
    expect(Array.from(buildCatalogue(setup, 1, 1).price)).not.toEqual(Array.from(buildCatalogue(setup, 1, 0).price));
  });

  it('splits exclusive SKUs by exclusiveSkuShare, the rest ∝ ordersPerDay', () => {
    const shops = (raw.shops as Array<Record<string, unknown>>).map((s, i) => (i === 0 ? { ...s, exclusiveSkuShare: 0.5 } : s));
    const w = exclusiveShopWeights(scenarioFrom({ ...raw, shops }).setups[0]);
    // others: 80 and 60 orders a day share the remaining 0.5
    expect(Array.from(w)).toEqual([0.5, 0.5 * (80 / 140), 0.5 * (60 / 140)]);
  });

  it('throws the catalogue message when a shop ends up without SKUs', () => {
    const setup = setupWith({ skus: 1, sharedSkuShare: 0 });
    expect(() => buildCatalogue(setup, 1, 0)).toThrowError(ModelInputError);
    try {
      buildCatalogue(setup, 1, 0);
    } catch (e) {
      const shop = (e as ModelInputError).context.shop as string;
      expect((e as Error).message).toBe(shopWithoutSkus(shop, 1));
    }
  });

  it('category parameters: the scenario entry wins, else the documented default', () => {
    expect(categoryParams('apparel', {})).toBe(CATEGORY_DEFAULTS.apparel);
    const own = { returnBaseRate: 0.3, defectRate: 0.01, turnoverNorm: 4 };
    expect(categoryParams('apparel', { apparel: own })).toBe(own);
  });
});
