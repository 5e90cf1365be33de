/**
 * The seller's catalogue: SKUs with popularity, category, price and cost, and which shops
 * list which SKU. Built once per replication from the substream `catalogue`, so every setup
 * with the same catalogue settings sees the same catalogue (common random numbers).
 *
 * Popularity: the SKU of rank r = 1..U (SKU index r − 1) has weight r^−s (Zipf-like,
 * `catalogue.zipfExponent` = s). A share `sharedSkuShare` of SKUs, chosen at random, is listed
 * in `sharedSkuShops` shops (default all) chosen at random; every other SKU is exclusive to
 * one shop chosen ∝ `exclusiveSkuShare` (where given) or ∝ `ordersPerDay` (see
 * `exclusiveShopWeights`). Per shop, an alias table samples its listed SKUs by popularity.
 */
import { AliasTable, makeSampler, randomPermutation, randomSubset, substream } from '../../engine/index.js';
import { CATEGORIES } from '../../scenario/categories.js';
import type { Setup } from '../../scenario/schema.js';
import { ModelInputError } from '../errors.js';
import { noPositiveWeight, shopWithoutSkus } from '../messages.js';
import { syntheticSettings } from '../demand/synthetic-settings.js';

export interface Catalogue {
  /** U: number of SKUs (dense indices 0..U−1, index = popularity rank − 1). */
  readonly skuCount: number;
  readonly shopCount: number;
  /** Popularity weight r^−s of each SKU. */
  readonly popularity: Float64Array;
  /** Category of each SKU, as an index into `CATEGORIES`. */
  readonly category: Uint8Array;
  /** Unit price, US dollars. */
  readonly price: Float64Array;
  /** Unit cost, US dollars (price × cost ratio). */
  readonly cost: Float64Array;
  /** 1 where shop i lists SKU k, index `i·U + k`. */
  readonly listed: Uint8Array;
  /** SKUs listed by each shop, ascending. */
  readonly shopSkus: readonly Int32Array[];
  /** Per shop, samples an index into `shopSkus[i]` ∝ popularity. */
  readonly shopAlias: readonly AliasTable[];
  /** Per shop, Σ popularity of its listed SKUs. */
  readonly shopPopularity: Float64Array;
  /** Number of SKUs listed in two or more shops. */
  readonly sharedCount: number;
}

/**
 * Builds the catalogue of a setup for one replication. O(U · shops).
 * @throws ModelInputError when a shop ends up with no SKU or a weight table is all zero.
 * @example const cat = buildCatalogue(setup, scenario.seed, 0);
 */
export function buildCatalogue(setup: Setup, seed: number | string, replication: number): Catalogue {
  const rng = substream(seed, replication, 'catalogue');
  const c = setup.catalogue;
  const synthetic = syntheticSettings(setup);
  const U = synthetic.skus;
  const shops = setup.shops;
  const S = shops.length;

  const popularity = new Float64Array(U);
  for (let k = 0; k < U; k++) popularity[k] = Math.pow(k + 1, -c.zipfExponent);

  const catWeights = Float64Array.from(CATEGORIES, (name) => c.categoryMix[name] ?? 0);
  if (!catWeights.some((w) => w > 0)) throw new ModelInputError(noPositiveWeight('catalogue.categoryMix'));
  const catAlias = new AliasTable(catWeights);
  const priceSampler = makeSampler(synthetic.price);
  const costSampler = makeSampler(c.costRatio);
  const category = new Uint8Array(U);
  const price = new Float64Array(U);
  const cost = new Float64Array(U);
  for (let k = 0; k < U; k++) {
    category[k] = catAlias.sample(rng);
    price[k] = priceSampler.sample(rng);
    cost[k] = price[k] * costSampler.sample(rng);
  }

  const listed = new Uint8Array(S * U);
  const sharedCount = S >= 2 ? Math.round(synthetic.sharedSkuShare * U) : 0;
  const order = randomPermutation(U, rng);
  const isShared = new Uint8Array(U);
  for (let j = 0; j < sharedCount; j++) isShared[order[j]] = 1;
  const perShared = Math.min(S, c.sharedSkuShops ?? S);
  const exclusiveAlias = new AliasTable(exclusiveShopWeights(setup));
  const shopIdx = new Int32Array(S);
  for (let k = 0; k < U; k++) {
    if (isShared[k]) {
      randomSubset(shopIdx, perShared, rng);
      for (let j = 0; j < perShared; j++) listed[shopIdx[j] * U + k] = 1;
    } else {
      listed[exclusiveAlias.sample(rng) * U + k] = 1;
    }
  }

  const shopSkus: Int32Array[] = [];
  const shopAlias: AliasTable[] = [];
  const shopPopularity = new Float64Array(S);
  for (let i = 0; i < S; i++) {
    let n = 0;
    for (let k = 0; k < U; k++) n += listed[i * U + k];
    if (n === 0) throw new ModelInputError(shopWithoutSkus(shops[i].id, U), { shop: shops[i].id });
    const skus = new Int32Array(n);
    const weights = new Float64Array(n);
    n = 0;
    for (let k = 0; k < U; k++) {
      if (listed[i * U + k]) {
        skus[n] = k;
        weights[n++] = popularity[k];
        shopPopularity[i] += popularity[k];
      }
    }
    shopSkus.push(skus);
    shopAlias.push(new AliasTable(weights));
  }
  return { skuCount: U, shopCount: S, popularity, category, price, cost, listed, shopSkus, shopAlias, shopPopularity, sharedCount };
}

/**
 * Weights for choosing the shop of an exclusive SKU: shops with `exclusiveSkuShare` get that
 * share; the rest of the mass (1 − Σ given shares, or all of it when none is given) is
 * split among the other shops ∝ `ordersPerDay`.
 * @example exclusiveShopWeights(setup) // [0.5, 0.3, 0.2]
 */
export function exclusiveShopWeights(setup: Setup): Float64Array {
  const shops = setup.shops;
  const { ordersPerDay } = syntheticSettings(setup);
  const given = shops.reduce((sum, s) => sum + (s.exclusiveSkuShare ?? 0), 0);
  const rest = Math.max(0, 1 - given);
  const restRate = shops.reduce((sum, s, i) => sum + (s.exclusiveSkuShare === undefined ? ordersPerDay[i] : 0), 0);
  const weights = Float64Array.from(shops, (s, i) =>
    s.exclusiveSkuShare !== undefined ? s.exclusiveSkuShare : restRate > 0 ? (rest * ordersPerDay[i]) / restRate : 0,
  );
  if (!weights.some((w) => w > 0)) throw new ModelInputError(noPositiveWeight('shops[].exclusiveSkuShare'));
  return weights;
}
