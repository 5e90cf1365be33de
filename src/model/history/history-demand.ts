/**
 * A study on a seller's own orders (`demand.history`, docs/model.md, "Order history"): what
 * the model takes from the history instead of the synthetic demand — the catalogue (SKUs in
 * order of units sold, their categories and median prices, which shop sold which), the
 * market mix, the most lines of an order, and each shop × SKU's units a day (the forecast
 * that sets stock targets). Everything else (warehouses, fees, lead times, costs) comes from
 * the scenario. O(lines + shops × SKUs).
 */
import { AliasTable, makeSampler, substream } from '../../engine/index.js';
import type { OrderHistory } from '../../history/order-history.js';
import { CATEGORIES } from '../../scenario/categories.js';
import type { Setup } from '../../scenario/schema.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { ModelInputError } from '../errors.js';
import { historyUnknown, noPositiveWeight } from '../messages.js';

export interface HistoryDemand {
  readonly history: OrderHistory;
  readonly catalogue: Catalogue;
  /** Catalogue index of each history SKU. */
  readonly skuIndex: Int32Array;
  /** Scenario shop index of each history shop. */
  readonly shopIndex: Int32Array;
  /** Scenario market index of each history market. */
  readonly marketIndex: Int32Array;
  /** Share of orders by scenario market. */
  readonly marketShare: Float64Array;
  /** Most lines of one order. */
  readonly maxLines: number;
  /** Units a day of each (scenario shop i, catalogue SKU k), index `i·U + k`. */
  readonly rate: Float64Array;
}

/**
 * @throws ModelInputError for a shop or market of the history the scenario does not define
 * @example const h = historyDemand(history, setup, seed, k);
 */
export function historyDemand(history: OrderHistory, setup: Setup, seed: number | string, replication: number): HistoryDemand {
  const shopIds = setup.shops.map((s) => s.id);
  const marketIds = setup.markets.map((m) => m.id);
  const map = (ids: readonly string[], known: readonly string[], kind: 'shop' | 'market') =>
    Int32Array.from(ids, (id) => {
      const i = known.indexOf(id);
      if (i < 0) throw new ModelInputError(historyUnknown(kind, id, known.join(', ')));
      return i;
    });
  const shopIndex = map(history.shops, shopIds, 'shop');
  const marketIndex = map(history.markets, marketIds, 'market');

  const H = history.skus.length;
  const O = history.orderTime.length;
  const unitsOf = new Float64Array(H);
  let maxLines = 1;
  for (let o = 0; o < O; o++) {
    const a = history.orderLineStart[o];
    const b = history.orderLineStart[o + 1];
    if (b - a > maxLines) maxLines = b - a;
    for (let l = a; l < b; l++) unitsOf[history.lineSku[l]] += history.lineUnits[l];
  }
  // catalogue index = rank by units sold (ties: the history's order)
  const byUnits = Array.from({ length: H }, (_, k) => k).sort((x, y) => unitsOf[y] - unitsOf[x] || x - y);
  const skuIndex = new Int32Array(H);
  byUnits.forEach((h, k) => (skuIndex[h] = k));

  const U = H;
  const S = shopIds.length;
  const rng = substream(seed, replication, 'catalogue');
  const c = setup.catalogue;
  const catWeights = Float64Array.from(CATEGORIES, (name) => c.categoryMix[name] ?? 0);
  if (!catWeights.some((w) => w > 0)) throw new ModelInputError(noPositiveWeight('catalogue.categoryMix'));
  const catAlias = new AliasTable(catWeights);
  const costSampler = makeSampler(c.costRatio);
  const category = new Uint8Array(U);
  const price = new Float64Array(U);
  const cost = new Float64Array(U);
  const popularity = new Float64Array(U);
  for (let k = 0; k < U; k++) {
    const h = byUnits[k];
    const named = history.skuCategory[h];
    const known = named === null ? -1 : (CATEGORIES as readonly string[]).indexOf(named);
    // a category the history does not name (or poolsim does not know) is drawn from categoryMix
    category[k] = known >= 0 ? known : catAlias.sample(rng);
    price[k] = history.skuPrice[h];
    cost[k] = price[k] * costSampler.sample(rng);
    popularity[k] = unitsOf[h];
  }

  const days = Math.max(1, history.days);
  const rate = new Float64Array(S * U);
  const listed = new Uint8Array(S * U);
  const marketShare = new Float64Array(marketIds.length);
  for (let o = 0; o < O; o++) {
    marketShare[marketIndex[history.orderMarket[o]]] += 1 / O;
    for (let l = history.orderLineStart[o]; l < history.orderLineStart[o + 1]; l++) {
      const i = shopIndex[history.lineShop[l]] * U + skuIndex[history.lineSku[l]];
      rate[i] += history.lineUnits[l] / days;
      listed[i] = 1;
    }
  }
  const shopSkus: Int32Array[] = [];
  const shopAlias: AliasTable[] = [];
  const shopPopularity = new Float64Array(S);
  let sharedCount = 0;
  for (let k = 0; k < U; k++) {
    let n = 0;
    for (let i = 0; i < S; i++) n += listed[i * U + k];
    if (n >= 2) sharedCount++;
  }
  for (let i = 0; i < S; i++) {
    const skus: number[] = [];
    for (let k = 0; k < U; k++) if (listed[i * U + k]) skus.push(k);
    const weights = skus.map((k) => rate[i * U + k]);
    shopPopularity[i] = weights.reduce((a, b) => a + b, 0);
    shopSkus.push(Int32Array.from(skus));
    // a shop without orders in the history: an alias over nothing is never sampled
    shopAlias.push(new AliasTable(weights.length > 0 ? weights : [1]));
  }
  const catalogue: Catalogue = { skuCount: U, shopCount: S, popularity, category, price, cost, listed, shopSkus, shopAlias, shopPopularity, sharedCount };
  return { history, catalogue, skuIndex, shopIndex, marketIndex, marketShare, maxLines, rate };
}
