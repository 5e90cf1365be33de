/**
 * Checks that need more than one field: ids that must be unique or must name something
 * defined elsewhere in the file, transit coverage, weights that must not all be zero.
 * Run on each resolved setup (shared settings with the setup's overrides applied).
 */
import { suggest } from './did-you-mean.js';
import type { Finding } from './explain-issues.js';
import { formatPath, formatValue } from './format-value.js';
import { msg } from './messages.js';
import type { SharedSettings } from './schema.js';

function idProblem(kind: string, ids: readonly string[], got: string, path: PropertyKey[]): Finding {
  const hint = suggest(got, ids);
  return {
    path,
    anchor: 'value',
    got: formatValue(got),
    expected: hint ? msg.expectedIdOfDidYouMean(kind, ids, hint) : msg.expectedIdOf(kind, ids),
  };
}

function uniqueIds(list: readonly { id: string }[], listName: string, kind: string, out: Finding[]): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      out.push({
        path: [listName, i, 'id'],
        anchor: 'value',
        got: msg.gotDuplicateId(item.id),
        expected: msg.expectedUniqueId(kind, formatPath([listName, seen])),
      });
  });
}

const hasPositive = (weights: Iterable<number>) => [...weights].some((w) => w > 0);

/**
 * Every cross-field problem of one resolved setup, with paths relative to the settings.
 * O(warehouses × markets + shops + ids).
 *
 * @example
 * crossCheck(setup); // [] when every reference resolves
 */
export function crossCheck(s: SharedSettings): Finding[] {
  const out: Finding[] = [];
  uniqueIds(s.markets, 'markets', 'market', out);
  uniqueIds(s.warehouses, 'warehouses', 'warehouse', out);
  uniqueIds(s.shops, 'shops', 'shop', out);

  const marketIds = s.markets.map((m) => m.id);
  const warehouseIds = s.warehouses.map((w) => w.id);
  const platformIds = s.warehouses.filter((w) => w.kind === 'platform').map((w) => w.id);
  const markets = new Set(marketIds);

  s.shops.forEach((shop, i) => {
    if (!warehouseIds.includes(shop.warehouse)) out.push(idProblem('warehouse', warehouseIds, shop.warehouse, ['shops', i, 'warehouse']));
    if (shop.weeklyProfile && !hasPositive(shop.weeklyProfile))
      out.push({ path: ['shops', i, 'weeklyProfile'], anchor: 'value', got: msg.gotNoPositiveWeight(), expected: msg.expectedPositiveWeight('the weekly profile') });
  });

  const mix = s.demand.marketMix;
  for (const id of Object.keys(mix)) {
    if (!markets.has(id)) {
      const hint = suggest(id, marketIds);
      out.push({
        path: ['demand', 'marketMix', id],
        anchor: 'key',
        got: msg.gotUnknownMarket(id),
        expected: hint ? msg.expectedIdOfDidYouMean('market', marketIds, hint) : msg.expectedIdOf('market', marketIds),
      });
    }
  }
  if (!hasPositive(Object.values(mix)))
    out.push({ path: ['demand', 'marketMix'], anchor: 'value', got: msg.gotNoPositiveWeight(), expected: msg.expectedPositiveWeight('demand.marketMix') });
  if (!hasPositive(Object.values(s.catalogue.categoryMix).map((w) => w ?? 0)))
    out.push({ path: ['catalogue', 'categoryMix'], anchor: 'value', got: msg.gotNoPositiveWeight(), expected: msg.expectedPositiveWeight('catalogue.categoryMix') });

  // Transit: every platform warehouse may serve any market in the mix, and each shop's own
  // warehouse serves the shop's orders when unmerged.
  const served = Object.keys(mix).filter((m) => mix[m] > 0 && markets.has(m));
  const shopWarehouses = new Set(s.shops.map((shop) => shop.warehouse));
  s.warehouses.forEach((w, i) => {
    for (const key of Object.keys(w.transit)) {
      if (!markets.has(key)) {
        const hint = suggest(key, marketIds);
        out.push({
          path: ['warehouses', i, 'transit', key],
          anchor: 'key',
          got: msg.gotUnknownMarket(key),
          expected: hint ? msg.expectedIdOfDidYouMean('market', marketIds, hint) : msg.expectedIdOf('market', marketIds),
        });
      }
    }
    if (w.kind !== 'platform' && !shopWarehouses.has(w.id)) return;
    const missing = served.filter((m) => !Object.hasOwn(w.transit, m));
    if (missing.length > 0)
      out.push({ path: ['warehouses', i, 'transit'], anchor: 'value', got: msg.gotMissingTransit(missing), expected: msg.expectedTransitToMix() });
  });

  const platformRef = (id: string, path: PropertyKey[]) => {
    if (platformIds.includes(id)) return;
    if (warehouseIds.includes(id)) out.push({ path, anchor: 'value', got: msg.gotSellerWarehouse(id), expected: msg.expectedIdOf('platform warehouse', platformIds) });
    else out.push(idProblem('platform warehouse', platformIds, id, path));
  };
  s.allocation.warehouses?.forEach((id, j) => platformRef(id, ['allocation', 'warehouses', j]));
  const placement = s.allocation.placement;
  if (typeof placement === 'object' && 'single' in placement) platformRef(placement.single, ['allocation', 'placement', 'single']);
  if (typeof placement === 'object' && 'table' in placement) {
    for (const id of Object.keys(placement.table)) {
      if (platformIds.includes(id)) continue;
      const hint = suggest(id, platformIds);
      out.push({
        path: ['allocation', 'placement', 'table', id],
        anchor: 'key',
        got: warehouseIds.includes(id) ? msg.gotSellerWarehouse(id) : msg.gotKey(id),
        expected: hint ? msg.expectedIdOfDidYouMean('platform warehouse', platformIds, hint) : msg.expectedIdOf('platform warehouse', platformIds),
      });
    }
    if (!hasPositive(Object.values(placement.table)))
      out.push({ path: ['allocation', 'placement', 'table'], anchor: 'value', got: msg.gotNoPositiveWeight(), expected: msg.expectedPositiveWeight('the placement table') });
  }

  if (typeof placement === 'object' && 'randomPerSku' in placement) {
    const pool = s.allocation.warehouses?.length ?? platformIds.length;
    if (placement.randomPerSku > pool)
      out.push({ path: ['allocation', 'placement', 'randomPerSku'], anchor: 'value', got: String(placement.randomPerSku), expected: msg.expectedAtMostPool(pool) });
  }

  const sharedShops = s.catalogue.sharedSkuShops;
  if (sharedShops !== undefined && sharedShops > s.shops.length)
    out.push({ path: ['catalogue', 'sharedSkuShops'], anchor: 'value', got: String(sharedShops), expected: msg.expectedAtMostShops(s.shops.length) });
  return out;
}

/** True when the settings have a platform warehouse to hold a merged pool. */
export function hasPlatformWarehouse(s: SharedSettings): boolean {
  return s.warehouses.some((w) => w.kind === 'platform');
}
