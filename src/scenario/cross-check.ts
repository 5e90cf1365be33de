/**
 * Checks that need more than one field: ids that must be unique or must name something
 * defined elsewhere in the file, transit coverage, weights that must not all be zero.
 *
 * Run on each setup's merged settings. They read the data leniently (a field of the wrong
 * type is skipped, a missing optional field takes its default), so they also run on
 * settings that failed the field checks, and a file's reference mistakes are reported
 * together with its other mistakes rather than after they are fixed.
 */
import { suggest } from './did-you-mean.js';
import type { Finding } from './explain-issues.js';
import { formatPath, formatValue } from './format-value.js';
import { msg } from './messages.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const numbers = (vs: unknown[]): number[] | undefined => (vs.every((v) => typeof v === 'number') ? (vs as number[]) : undefined);

function idProblem(kind: string, ids: readonly string[], got: string, path: PropertyKey[], anchor: 'value' | 'key' = 'value'): Finding {
  const hint = suggest(got, ids);
  return {
    path,
    anchor,
    got: anchor === 'key' ? msg.gotKey(got) : formatValue(got),
    expected: hint ? msg.expectedIdOfDidYouMean(kind, ids, hint) : msg.expectedIdOf(kind, ids),
  };
}

function uniqueIds(list: readonly unknown[], listName: string, kind: string, out: Finding[]): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const id = str(obj(item).id);
    if (id === undefined) return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else
      out.push({
        path: [listName, i, 'id'],
        anchor: 'value',
        got: msg.gotDuplicateId(id),
        expected: msg.expectedUniqueId(kind, formatPath([listName, seen])),
      });
  });
}

/** Pushes a "no positive weight" finding when every weight is a number and none is > 0. */
function positiveWeights(weights: unknown[], path: PropertyKey[], what: string, out: Finding[]): void {
  const ws = numbers(weights);
  if (ws && !ws.some((w) => w > 0)) out.push({ path, anchor: 'value', got: msg.gotNoPositiveWeight(), expected: msg.expectedPositiveWeight(what) });
}

/**
 * Every cross-field problem of one setup's settings (resolved, or raw merged data), with
 * paths relative to the settings. O(warehouses × markets + shops + ids).
 *
 * @example
 * crossCheck(setup); // [] when every reference resolves
 */
export function crossCheck(settings: unknown): Finding[] {
  const s = obj(settings);
  const out: Finding[] = [];
  const markets = arr(s.markets);
  const warehouses = arr(s.warehouses);
  const shops = arr(s.shops);
  uniqueIds(markets, 'markets', 'market', out);
  uniqueIds(warehouses, 'warehouses', 'warehouse', out);
  uniqueIds(shops, 'shops', 'shop', out);

  const marketIds = markets.flatMap((m) => str(obj(m).id) ?? []);
  const warehouseIds = warehouses.flatMap((w) => str(obj(w).id) ?? []);
  const kindOf = (w: unknown) => obj(w).kind ?? 'platform';
  const platformIds = warehouses.flatMap((w) => (kindOf(w) === 'platform' ? (str(obj(w).id) ?? []) : []));
  const marketSet = new Set(marketIds);

  shops.forEach((shop, i) => {
    const home = str(obj(shop).warehouse);
    if (home !== undefined && warehouseIds.length > 0 && !warehouseIds.includes(home)) out.push(idProblem('warehouse', warehouseIds, home, ['shops', i, 'warehouse']));
    const profile = obj(shop).weeklyProfile;
    if (Array.isArray(profile) && profile.length === 7) positiveWeights(profile, ['shops', i, 'weeklyProfile'], 'the weekly profile', out);
  });

  const demand = obj(s.demand);
  const mix = isObj(demand.marketMix) ? demand.marketMix : undefined;
  if (mix) {
    if (marketIds.length > 0) {
      for (const id of Object.keys(mix)) if (!marketSet.has(id)) out.push({ ...idProblem('market', marketIds, id, ['demand', 'marketMix', id], 'key'), got: msg.gotUnknownMarket(id) });
    }
    positiveWeights(Object.values(mix), ['demand', 'marketMix'], 'demand.marketMix', out);
  }
  const categoryMix = obj(s.catalogue).categoryMix;
  if (isObj(categoryMix)) positiveWeights(Object.values(categoryMix), ['catalogue', 'categoryMix'], 'catalogue.categoryMix', out);

  // Transit: every platform warehouse may serve any market in the mix, and each shop's own
  // warehouse serves the shop's orders when unmerged. Markets nobody orders from need none.
  const served = mix ? Object.keys(mix).filter((m) => typeof mix[m] === 'number' && (mix[m] as number) > 0 && marketSet.has(m)) : [];
  const shopWarehouses = new Set(shops.map((shop) => str(obj(shop).warehouse)));
  warehouses.forEach((w, i) => {
    const transit = obj(w).transit;
    if (!isObj(transit)) return;
    if (marketIds.length > 0) {
      for (const key of Object.keys(transit)) if (!marketSet.has(key)) out.push({ ...idProblem('market', marketIds, key, ['warehouses', i, 'transit', key], 'key'), got: msg.gotUnknownMarket(key) });
    }
    if (kindOf(w) !== 'platform' && !shopWarehouses.has(str(obj(w).id))) return;
    const missing = served.filter((m) => !Object.hasOwn(transit, m));
    if (missing.length > 0) out.push({ path: ['warehouses', i, 'transit'], anchor: 'value', got: msg.gotMissingTransit(missing), expected: msg.expectedTransitToMix() });
  });

  const platformRef = (id: unknown, path: PropertyKey[], anchor: 'value' | 'key' = 'value') => {
    if (typeof id !== 'string' || platformIds.includes(id)) return;
    if (warehouseIds.includes(id)) out.push({ path, anchor, got: msg.gotSellerWarehouse(id), expected: msg.expectedIdOf('platform warehouse', platformIds) });
    else out.push(idProblem('platform warehouse', platformIds, id, path, anchor));
  };
  const allocation = obj(s.allocation);
  arr(allocation.warehouses).forEach((id, j) => platformRef(id, ['allocation', 'warehouses', j]));
  const placement = allocation.placement;
  if (isObj(placement) && 'single' in placement) platformRef(placement.single, ['allocation', 'placement', 'single']);
  if (isObj(placement) && isObj(placement.table)) {
    const table = placement.table;
    for (const id of Object.keys(table)) platformRef(id, ['allocation', 'placement', 'table', id], 'key');
    positiveWeights(Object.values(table), ['allocation', 'placement', 'table'], 'the placement table', out);
  }

  syntheticOrHistory(s, shops, out);

  if (isObj(s.faults) && s.sync === undefined) out.push({ path: ['faults'], anchor: 'key', got: msg.gotFaultsWithoutSync(), expected: msg.expectedSyncForFaults() });

  const sharedShops = obj(s.catalogue).sharedSkuShops;
  if (typeof sharedShops === 'number' && shops.length > 0 && sharedShops > shops.length)
    out.push({ path: ['catalogue', 'sharedSkuShops'], anchor: 'value', got: String(sharedShops), expected: msg.expectedAtMostShops(shops.length) });
  return out;
}

/**
 * Without `demand.history` the synthetic demand needs its settings (optional in the schema,
 * since a history replaces them), and a stock snapshot needs a history to name its SKUs.
 */
function syntheticOrHistory(s: Obj, shops: readonly unknown[], out: Finding[]): void {
  if (str(obj(s.demand).history) !== undefined) return;
  const missing = (path: PropertyKey[], what: string) =>
    out.push({ path, anchor: 'value', got: formatValue(undefined), expected: msg.expectedWithoutHistory(what) });
  const catalogue = obj(s.catalogue);
  if (isObj(s.catalogue)) {
    if (catalogue.skus === undefined) missing(['catalogue', 'skus'], 'an integer > 0');
    if (catalogue.sharedSkuShare === undefined) missing(['catalogue', 'sharedSkuShare'], 'a number in [0, 1]');
    if (catalogue.price === undefined) missing(['catalogue', 'price'], 'a distribution of unit prices');
  }
  if (isObj(s.demand) && obj(s.demand).marketMix === undefined) missing(['demand', 'marketMix'], 'a mapping of market id to weight');
  shops.forEach((shop, i) => {
    if (isObj(shop) && shop.ordersPerDay === undefined) missing(['shops', i, 'ordersPerDay'], 'a number > 0');
  });
  const stock = obj(s.replenishment).initialStock;
  if (stock !== undefined) out.push({ path: ['replenishment', 'initialStock'], anchor: 'value', got: formatValue(stock), expected: msg.expectedHistoryForStock() });
}

/** True when the settings list a platform warehouse (`kind` defaults to platform) to hold a merged pool. */
export function hasPlatformWarehouse(settings: unknown): boolean {
  const warehouses = arr(obj(settings).warehouses);
  return warehouses.length === 0 || warehouses.some((w) => (obj(w).kind ?? 'platform') === 'platform');
}
