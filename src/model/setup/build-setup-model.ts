/**
 * Builds the static model of one setup (see `setup-model.ts`): validates what the model
 * needs beyond the schema, creates samplers, the pool, stock points, targets and the
 * initial stock (unmerged: every stock point at its order-up-to level; merged: the shops'
 * unmerged stock of each SKU migrates into the pool, split over pool warehouses by the
 * placement shares with largest-remainder rounding). O(U × (shops + W) + W × M).
 */
import { makeSampler, substream } from '../../engine/index.js';
import type { Sampler } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import { createPoolState } from '../allocation/pool-state.js';
import { ROUTERS } from '../allocation/router.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { lineCap as lineCapOf } from '../demand/basket-size.js';
import { forecastDemand, historyForecast } from '../demand/forecast.js';
import type { HistoryDemand } from '../history/history-demand.js';
import type { InitialStock } from '../history/initial-stock.js';
import type { DemandForecast } from '../demand/forecast.js';
import { ModelInputError } from '../errors.js';
import { placementShares } from '../inventory/placement.js';
import { buildReturnParams } from '../returns/return-params.js';
import { emptyPool, missingTransit, noPositiveWeight, poolWarehouseNotPlatform, unknownMarket, unknownWarehouse } from '../messages.js';
import type { SetupModel } from './setup-model.js';
import { mergedStockPoints, unmergedStockPoints, type StockPoints } from './stock-points.js';
import { buildTransitionModel, type TransitionModel } from '../transition/transition-model.js';
import { transitionStockPoints } from '../transition/transition-points.js';
import { buildInboundQcModel } from '../sync/inbound-qc.js';
import { buildSyncModel } from '../sync/sync-model.js';

/** How long after the horizon a run may continue so that measured orders can finish, days. */
export const DRAIN_CAP_DAYS = 120;

export interface BuildOptions {
  seed: number | string;
  replication: number;
  /** Largest search-badge uplift over the scenario's setups. */
  upliftMax: number;
  /** EPR: per SKU 1 = bound to the Pool ID, and the markets that require it; absent = no check. */
  epr?: { bound: Uint8Array; markets: readonly string[] };
  /** A study on a seller's history (`demand.history`): market mix, lines and forecast come from it. */
  history?: HistoryDemand;
  /** The seller's stock snapshot (`replenishment.initialStock`) as the shops' initial stock. */
  initialStock?: InitialStock;
}

/**
 * @throws ModelInputError for references the model cannot resolve (unknown market or
 *   warehouse, missing transit, an empty pool, zero weights, a shop without SKUs).
 * @example const model = buildSetupModel(setup, buildCatalogue(setup, seed, k), { seed, replication: k, upliftMax: 0 });
 */
export function buildSetupModel(setup: Setup, catalogue: Catalogue, o: BuildOptions): SetupModel {
  const merged = setup.mode === 'merged';
  const transitioning = merged && setup.transition !== undefined;
  const measureFrom = setup.warmup;
  const measureTo = setup.warmup + setup.horizon;

  const marketIds = setup.markets.map((m) => m.id);
  const marketIndex = new Map(marketIds.map((id, i) => [id, i] as const));
  const M = marketIds.length;
  const marketShare = new Float64Array(M);
  if (o.history) marketShare.set(o.history.marketShare);
  else for (const [id, w] of Object.entries(setup.demand.marketMix ?? {})) {
    const m = marketIndex.get(id);
    if (m === undefined) throw new ModelInputError(unknownMarket(id));
    marketShare[m] += w;
  }
  const mixTotal = marketShare.reduce((a, b) => a + b, 0);
  if (!(mixTotal > 0)) throw new ModelInputError(noPositiveWeight('demand.marketMix'));
  for (let m = 0; m < M; m++) marketShare[m] /= mixTotal;

  const whs = setup.warehouses;
  const NW = whs.length;
  const warehouseIds = whs.map((w) => w.id);
  const transit: Array<Sampler | null> = new Array(NW * M).fill(null);
  const meanPickDays = new Float64Array(NW);
  const baseAll = new Float64Array(NW * M);
  for (let w = 0; w < NW; w++) {
    const wh = whs[w];
    const pick = makeSampler(wh.pickTime);
    meanPickDays[w] = pick.mean;
    const fixed = pick.mean + makeSampler(wh.qcTime).mean + makeSampler(wh.handover).mean;
    for (let m = 0; m < M; m++) {
      const spec = wh.transit[marketIds[m]];
      transit[w * M + m] = spec === undefined ? null : makeSampler(spec);
      baseAll[w * M + m] = spec === undefined ? Infinity : fixed + transit[w * M + m]!.mean;
    }
  }
  const requireTransit = (w: number) => {
    for (let m = 0; m < M; m++) {
      if (marketShare[m] > 0 && transit[w * M + m] === null) {
        throw new ModelInputError(missingTransit(warehouseIds[w], marketIds[m]));
      }
    }
  };

  const shopWarehouse = setup.shops.map((s) => {
    const w = warehouseIds.indexOf(s.warehouse);
    if (w < 0) throw new ModelInputError(unknownWarehouse(`shops.${s.id}.warehouse`, s.warehouse));
    return w;
  });

  // the pool (merged setups)
  const poolIds = merged
    ? (setup.allocation.warehouses ?? whs.filter((w) => w.kind === 'platform').map((w) => w.id))
    : [];
  const W = poolIds.length;
  if (merged && W === 0) throw new ModelInputError(emptyPool(setup.name));
  const poolWarehouses = new Int32Array(W);
  const poolIndexOf = new Int32Array(NW).fill(-1);
  poolIds.forEach((id, p) => {
    const g = warehouseIds.indexOf(id);
    if (g < 0) throw new ModelInputError(unknownWarehouse('allocation.warehouses', id));
    if (whs[g].kind !== 'platform') throw new ModelInputError(poolWarehouseNotPlatform(id));
    poolWarehouses[p] = g;
    poolIndexOf[g] = p;
  });
  if (merged) poolWarehouses.forEach(requireTransit);
  if (!merged || transitioning) new Set(shopWarehouse).forEach(requireTransit);

  const linesSampler = makeSampler(setup.demand.linesPerOrder);
  // an order slot holds 2 × lineCap lines (two baskets): a history's longest order must fit
  const lineCap = o.history ? Math.ceil(o.history.maxLines / 2) : lineCapOf(setup.demand.linesPerOrder, linesSampler);
  const days = { fromDay: Math.floor(measureFrom), toDay: Math.max(Math.ceil(measureTo), Math.floor(measureFrom) + 1) };
  const uplift = setup.platform.searchBadgeOrderUplift;
  const forecast = o.history
    ? historyForecast(o.history.rate, setup.shops.length, uplift)
    : forecastDemand(setup, catalogue, { seed: o.seed, uplift, lineCap, ...days });
  const leadTime = makeSampler(setup.replenishment.leadTime);
  const r = setup.replenishment;

  const U = catalogue.skuCount;
  const S = setup.shops.length;
  // read by unmerged orders only (a setup merged from the start has none)
  const shopSkuStockPoint = new Int32Array(merged && !transitioning ? 0 : S * U).fill(-1);
  // the pool's stock arrays are the stock points' (below), not arrays of its own
  const pool = merged ? createPoolState(0, W, M) : null;
  const homeWarehouse = new Int32Array(U).fill(-1);
  const fastestForMarket = new Int32Array(M);

  let points: StockPoints;
  let transition: TransitionModel | null = null;
  if (!merged) {
    points = unmergedStockPoints(r, catalogue, forecast, shopWarehouse, leadTime.mean, shopSkuStockPoint, o.initialStock);
  } else {
    const p = pool!;
    for (let w = 0; w < W; w++) {
      for (let m = 0; m < M; m++) p.baseDays[w * M + m] = baseAll[poolWarehouses[w] * M + m];
    }
    for (let m = 0; m < M; m++) {
      let best = 0;
      for (let w = 1; w < W; w++) if (p.baseDays[w * M + m] < p.baseDays[best * M + m]) best = w;
      fastestForMarket[m] = best;
    }
    const shares = placementShares(setup, U, poolIds, p.baseDays, marketShare, substream(o.seed, o.replication, 'placement'));
    // the shops' own (pre-merge, no badge) stock is what migrates
    const shopForecast: DemandForecast =
      uplift === 0
        ? forecast
        : o.history
          ? historyForecast(o.history.rate, S, 0)
          : forecastDemand(setup, catalogue, { seed: o.seed, uplift: 0, lineCap, ...days });
    points = mergedStockPoints(r, catalogue, forecast, shopForecast, shares, poolWarehouses, leadTime.mean, S, homeWarehouse, o.initialStock);
    if (transitioning) {
      const shops = unmergedStockPoints(r, catalogue, shopForecast, shopWarehouse, leadTime.mean, shopSkuStockPoint, o.initialStock);
      const both = transitionStockPoints(points, shops, shopSkuStockPoint, U);
      points = both;
      transition = buildTransitionModel(setup.transition!, measureFrom, o.seed, o.replication, { ...both, shares });
    }
  }
  const { stock, initialUnits, migratedUnits } = points;

  const ret = buildReturnParams(setup, catalogue, marketIds, transit);
  const synced = merged && setup.sync !== undefined && setup.sync.governs.length > 0;

  return {
    setup,
    merged: merged && !transitioning,
    transition,
    ...ret,
    catalogue,
    measureFrom,
    measureTo,
    drainTo: measureTo + DRAIN_CAP_DAYS,
    marketIds,
    marketIndex,
    promiseDays: Float64Array.from(setup.markets.map((m) => m.promise)),
    warehouseIds,
    pickers: Int32Array.from(whs.map((w) => w.pickers)),
    meanPickDays,
    pickTime: whs.map((w) => makeSampler(w.pickTime)),
    qcTime: whs.map((w) => makeSampler(w.qcTime)),
    handover: whs.map((w) => makeSampler(w.handover)),
    transit,
    poolWarehouses,
    poolIndexOf,
    pool: pool && { ...pool, onHand: stock.onHand, reserved: stock.reserved },
    router: ROUTERS[setup.allocation.router],
    homeWarehouse,
    fastestForMarket,
    // the binding is to the Pool ID: unmerged shops are not checked
    eprBound: merged ? (o.epr?.bound ?? null) : null,
    eprMarket: Uint8Array.from(marketIds, (id) => (o.epr?.markets.includes(id) ? 1 : 0)),
    skuBlockedSales: merged && o.epr ? new Float64Array(U) : null,
    // a pool whose stock the WMS governs in no way is in sync: the platform records every change
    sync: synced ? buildSyncModel(setup.sync!, setup.faults) : null,
    syncPoints: synced ? (transition?.poolPoints ?? stock.size) : 0,
    inboundQc: buildInboundQcModel(setup, catalogue),
    failureBoard: setup.sync !== undefined || setup.inboundQc !== undefined,
    stock,
    shopSkuStockPoint,
    initialUnits,
    migratedUnits,
    leadTime,
    capacityPerDay: r.capacityPerDay ?? Infinity,
    reviewPeriod: r.review === 'continuous' ? 0 : r.review.period,
    lostSales: r.stockout === 'lost-sale',
    lineCap,
    keepThreshold: (1 + uplift) / (1 + o.upliftMax),
    upliftMax: o.upliftMax,
  };
}
