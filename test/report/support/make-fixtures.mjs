// Writes the SYNTHETIC report fixtures test/fixtures/results-default.json and
// test/fixtures/results-sweep.json, and the REAL fixtures test/fixtures/results-transition.json
// and test/fixtures/results-sync.json (see the end of this file). The synthetic numbers are invented (shaped after the calibration
// targets of DOMAIN §2: merged 5.2 days vs unmerged 7.0, return rate 23.6% lower), not
// simulated; they exist so the report layer can be built and tested before real runs exist.
// Internally consistent: summaries, comparisons and CIs are computed from the replication
// rows exactly as the experiment layer does (mean, sample sd, Student-t 95% interval).
//
// Run: npm run build && node test/report/support/make-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const ROOT = join(OUT, '../..');
const REPS = 10;
// No scenario file was hashed: the fixture's `scenario.sha256` is the SHA-256 of this label,
// so it has the results schema's form (64 lower-case hex digits) and stays the same when
// scenarios/default.yaml changes.
const SCENARIO_SHA256 = createHash('sha256').update('SYNTHETIC TEST FIXTURE: default study').digest('hex');
const T975_9 = 2.2621571627982; // Student t, 0.975 quantile, 9 degrees of freedom (R: qt(0.975, 9))
// Like the default study: 365 measured days = 12 full 30-day months and a partial 13th of 5
// days, so every report test meets the partial month the report must not draw as a month.
const HORIZON = 365;
const MONTH_LENGTHS = Array.from({ length: Math.ceil(HORIZON / 30) }, (_, i) => Math.min(30, HORIZON - 30 * i));

/** mulberry32: a tiny deterministic PRNG so the fixture is reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20240801);
const normal = () => {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
};
const centred = (n) => {
  const xs = Array.from({ length: n }, normal);
  const m = xs.reduce((a, b) => a + b, 0) / n;
  return xs.map((x) => x - m);
};
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

function summarise(xs) {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const h = (T975_9 * sd) / Math.sqrt(n);
  return { mean, sd, ci95: [mean - h, mean + h], n };
}

const METRICS = [
  'ordersPlaced', 'ordersDelivered', 'fulfilmentDaysMean', 'fulfilmentDaysP50', 'fulfilmentDaysP90',
  'fulfilmentDaysP95', 'onTimeRate', 'fillRate', 'backorderedUnits', 'lostSalesUnits',
  'blockedOrders', 'blockedUnits', 'blockedSales', 'splitRate',
  'parcelsPerOrder', 'splitTimeouts', 'warehouseWaitDaysMean', 'returnRate', 'returnCycleDaysMean',
  'gmv', 'costOfGoods', 'serviceFees', 'splitFees', 'commissionFees', 'operatingCost', 'returnLosses',
  'migrationCost', 'netMargin', 'inventoryTurnover', 'unitSellThroughRate', 'skuSellThroughRate', 'avgOnHandUnits',
  'avgOnHandValue', 'avgBackorderUnits',
];

/** Monthly shape: a mid-year dip and a promotion peak in month 11. */
const SEASON = [0.94, 0.92, 0.97, 1.0, 0.98, 0.95, 0.93, 0.97, 1.02, 1.05, 1.25, 1.02];
const seasonSum = SEASON.reduce((a, b) => a + b, 0);

const SETUPS = {
  unmerged: { mode: 'unmerged', fulfil: 7.0, onTime: 0.861, fill: 0.912, split: 0, parcels: 1.0, ret: 0.205,
    cycle: 14.8, gmv: 950_000, commission: 0.03, op: 160_000, migration: 0, turnover: 3.1, sell: 0.74,
    monthUnitSell: 0.41, skuSell: 0.79, skuWindow: 0.97, wait: 1.6, onHand: 24_000 },
  merged: { mode: 'merged', router: 'single-first', fulfil: 5.2, onTime: 0.951, fill: 0.964, split: 0.042,
    parcels: 1.046, ret: 0.157, cycle: 7.1, gmv: 958_000, commission: 0, op: 125_000, migration: 6_000,
    turnover: 4.2, sell: 0.83, monthUnitSell: 0.46, skuSell: 0.85, skuWindow: 0.99, wait: 0.9, onHand: 17_500 },
  'merged-nearest-router': { mode: 'merged', router: 'nearest', fulfil: 5.0, onTime: 0.956, fill: 0.965,
    split: 0.071, parcels: 1.078, ret: 0.154, cycle: 7.0, gmv: 958_400, commission: 0, op: 127_000,
    migration: 6_000, turnover: 4.2, sell: 0.83, monthUnitSell: 0.46, skuSell: 0.85, skuWindow: 0.99, wait: 0.85, onHand: 17_600 },
};

const MARKETS = [
  { id: 'ES', share: 0.3, fast: 0.85, local: true, retAdj: 0.95 },
  { id: 'FR', share: 0.25, fast: 0.95, local: true, retAdj: 1.0 },
  { id: 'PL', share: 0.15, fast: 1.0, local: true, retAdj: 0.85 },
  { id: 'DE', share: 0.15, fast: 1.05, local: false, retAdj: 1.25 },
  { id: 'BR', share: 0.15, fast: 1.35, local: false, retAdj: 0.9 },
];

/**
 * Monthly rows (means over replications) for one setup, from its profile. Money scales with
 * the month's length; so does the unit sell-through (a short month sells a few days' worth of
 * the same stock), and fewer SKUs sell in a few days, which keeps the partial month out of the
 * incentive tier, as in the model. The tier tests the SKU sell-through (the fixture's
 * `fees.sellThroughDefinition` is sku-share): some months miss it on sell-through, some on
 * returns, and month 7 of a merged setup reaches it in 6 of the 10 replications only (the
 * return rate sits just under the bound on average), so every state of the report's tier
 * strip and table occurs.
 */
function monthlyRows(p, feeRateFor) {
  return MONTH_LENGTHS.map((days, i) => {
    const share = days / 30;
    const s = SEASON[i % SEASON.length] * share;
    const gmv = round((p.gmv * s) / seasonSum, 2);
    const unitSellThrough = round((p.monthUnitSell + 0.025 * Math.sin(i * 1.3)) * share, 4);
    const mixed = p.mode === 'merged' && i === 6;
    const skusInStock = Math.round(640 * (0.97 + 0.01 * Math.sin(i)));
    const skuShare = mixed ? 0.86 : (p.skuSell + 0.035 * Math.sin(i * 1.3) + (i === 10 ? 0.03 : 0)) * (share < 1 ? 0.7 : 1);
    const skusSold = Math.round(skusInStock * skuShare);
    const skuSellThrough = round(skusSold / skusInStock, 4);
    const returnRate = mixed ? 0.1838 : round(p.ret * (1 + 0.2 * Math.sin(i * 0.9 + 1)), 4);
    const sellMet = skuSellThrough >= FEES.minSell ? 1 : 0;
    const retMet = mixed ? 0.6 : returnRate <= FEES.maxRet ? 1 : 0;
    const tierEarned = p.mode === 'unmerged' ? 0 : mixed ? 0.6 : sellMet * retMet;
    const feeRate = mixed ? round(0.6 * FEES.incentiveRate + 0.4 * FEES.serviceRate, 6) : feeRateFor(skuSellThrough, returnRate);
    const unitsSold = Math.round(gmv / 21.5);
    const ordersDelivered = Math.round(unitsSold / 1.12);
    const serviceFee = round(gmv * feeRate, 2);
    const splitFee = p.mode === 'merged' ? round(gmv * 0.08 * 0.003 * (p.split / 0.042), 2) : 0;
    const commissionFee = round(gmv * p.commission, 2);
    const operatingCost = round((p.op * s) / seasonSum, 2);
    const netMargin = round(gmv * 0.55 - serviceFee - splitFee - commissionFee - operatingCost - gmv * 0.059 * (p.ret / 0.157)
      - (i === 0 ? p.migration : 0), 2);
    const half = Math.abs(netMargin) * 0.045 + 250;
    return {
      month: i + 1, days, gmv, unitsSold, unitSellThrough, skusInStock, skusSold, skuSellThrough,
      tierSellThrough: skuSellThrough, ordersDelivered,
      ordersReturned: Math.round(ordersDelivered * returnRate), returnRate, feeRate, tierEarned,
      tierSellThroughMet: sellMet, tierReturnRateMet: retMet, serviceFee, splitFee,
      commissionFee, operatingCost, netMargin, netMarginCi95: [round(netMargin - half, 2), round(netMargin + half, 2)],
    };
  });
}

/** Fixed-bin histogram (0.5-day bins up to 30 days) of a gamma-like fulfilment time with the given mean. */
function histogram(mean, orders) {
  const bin = 0.5;
  const bins = 60;
  const shape = 6;
  const scale = mean / shape;
  const dens = Array.from({ length: bins }, (_, i) => {
    const x = (i + 0.5) * bin;
    return x ** (shape - 1) * Math.exp(-x / scale);
  });
  const total = dens.reduce((a, b) => a + b, 0);
  return { binWidthDays: bin, counts: dens.map((d) => Math.round((d / total) * orders)) };
}

function quantileOf(hist, q) {
  const total = hist.counts.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < hist.counts.length; i++) {
    if (acc + hist.counts[i] >= q * total) return round((i + (q * total - acc) / hist.counts[i]) * hist.binWidthDays, 3);
    acc += hist.counts[i];
  }
  return hist.counts.length * hist.binWidthDays;
}

function dailySeries(p, name) {
  const perDay = 120;
  const backlog = [];
  const fill = [];
  const onHand = [];
  for (let d = 0; d < HORIZON; d++) {
    const weekly = 1 + 0.12 * Math.sin((2 * Math.PI * d) / 7);
    const promo = d >= 300 && d < 307 ? 1.9 : d >= 307 && d < 318 ? 1.3 : 1;
    backlog.push(round(perDay * p.fulfil * weekly * promo * (1 + 0.03 * normal()), 1));
    const dip = d >= 300 && d < 312 ? (name === 'unmerged' ? 0.09 : 0.04) : 0;
    fill.push(round(Math.min(1, p.fill - dip + 0.012 * normal()), 4));
    onHand.push(Math.round(p.onHand * (1 + 0.08 * Math.sin((2 * Math.PI * d) / 45)) * (d >= 300 && d < 310 ? 0.7 : 1)));
  }
  return { dailyBacklogOrders: backlog, dailyFillRate: fill, dailyOnHandUnits: onHand };
}

/** Per-replication metric rows: a shared replication effect (common random numbers) plus setup noise. */
function replicationRows(setups) {
  const shared = Object.fromEntries(METRICS.map((m) => [m, centred(REPS)]));
  const rows = {};
  for (const [name, { means, cv }] of Object.entries(setups)) {
    const own = Object.fromEntries(METRICS.map((m) => [m, centred(REPS)]));
    rows[name] = Array.from({ length: REPS }, (_, k) =>
      Object.fromEntries(
        METRICS.map((m) => {
          const mean = means[m];
          const v = mean === 0 ? 0 : mean * (1 + (cv[m] ?? 0.02) * (0.85 * shared[m][k] + 0.5 * own[m][k]));
          return [m, round(v, Math.abs(mean) >= 100 ? 2 : 5)];
        }),
      ),
    );
  }
  return rows;
}

function comparisons(rows, baseline) {
  const out = [];
  for (const setup of Object.keys(rows)) {
    if (setup === baseline) continue;
    for (const metric of METRICS) {
      const diffs = rows[setup].map((r, k) => r[metric] - rows[baseline][k][metric]);
      const s = summarise(diffs);
      const base = summarise(rows[baseline].map((r) => r[metric])).mean;
      out.push({
        metric, setup, baseline, meanDiff: s.mean, ci95: s.ci95,
        relativeChange: base === 0 ? null : s.mean / base,
      });
    }
  }
  return out;
}

const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Deep merge as the scenario loader does: objects merge, arrays and scalars replace. */
function deepMerge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(base[k]) ? deepMerge(base[k], v) : v;
  return out;
}

/** Shared settings of the synthetic study (the scenario's settings outside `setups`). */
function sharedSettings(overrides = {}) {
  return deepMerge({
    horizon: HORIZON,
    warmup: 30,
    markets: MARKETS.map((m) => ({ id: m.id, promise: m.id === 'BR' ? 12 : 10, localReturnWarehouse: m.local })),
    warehouses: ['HGH', 'DGG', 'SZX', 'YIW'].map((id) => ({
      id, kind: 'platform', pickers: 6, pickTime: { type: 'lognormal', mean: 0.02, sd: 0.01 },
      qcTime: { type: 'constant', value: 0 }, handover: { type: 'constant', value: 0.5 },
      transit: Object.fromEntries(MARKETS.map((m) => [m.id, { type: 'gamma', mean: 4.5 * m.fast, sd: 1.2 }])), qcCatchRate: 0.9,
    })),
    shops: [
      { id: 'shop-a', ordersPerDay: 55, warehouse: 'HGH', trendPerYear: 0, promotions: [], overdispersion: 0.1 },
      { id: 'shop-b', ordersPerDay: 40, warehouse: 'DGG', trendPerYear: 0, promotions: [], overdispersion: 0.1 },
      { id: 'shop-c', ordersPerDay: 25, warehouse: 'YIW', trendPerYear: 0, promotions: [], overdispersion: 0.1 },
    ],
    catalogue: {
      skus: 640, categoryMix: { apparel: 0.8, 'home-garden': 0.2 }, sharedSkuShare: 0.35, zipfExponent: 1,
      price: { type: 'lognormal', mean: 19, sd: 8 }, costRatio: { type: 'uniform', min: 0.4, max: 0.5 },
    },
    categories: {
      apparel: { returnBaseRate: 0.14, defectRate: 0.02, turnoverNorm: 3.8 },
      'home-garden': { returnBaseRate: 0.06, defectRate: 0.01, turnoverNorm: 4.5 },
    },
    demand: {
      linesPerOrder: { type: 'constant', value: 1.12 }, unitsPerLine: { type: 'constant', value: 1 },
      marketMix: Object.fromEntries(MARKETS.map((m) => [m.id, m.share])), crossShopBasketShare: 0.08,
    },
    replenishment: {
      policy: 'base-stock', review: { period: 7 }, leadTime: { type: 'gamma', mean: 12, sd: 4 },
      target: { fillRate: 0.95 }, orderCycle: 7, stockout: 'backorder',
    },
    allocation: { router: 'single-first', placement: 'demand-proportional', deadline: 2, onTimeout: 'ship-partial',
      migrationTime: 5, migrationCostPerUnit: 0.25 },
    returns: { enabled: true, defectReturnShare: 1, latenessPerDay: 0.01, latenessCap: 0.2, restockableShare: 0.8,
      inspection: { type: 'constant', value: 1 } },
    fees: { serviceRate: 0.055, incentiveRate: 0.042, incentiveMinSellThrough: 0.82, incentiveMaxReturnRate: 0.185,
      sellThroughDefinition: 'sku-share', splitDispatchRate: 0.003, commissionRate: 0.03 },
    costs: { fulfilmentPerParcel: 2.4, storagePerUnitDay: 0.01, customerServicePerOrder: 0.35, returnHandlingPerReturn: 4 },
    platform: { searchBadgeOrderUplift: 0.01 },
  }, overrides);
}

const SETUP_BLOCKS = {
  unmerged: { mode: 'unmerged', description: 'each shop ships from its own stock' },
  merged: { mode: 'merged', description: 'one pool, single-warehouse-first router', fees: { commissionRate: 0 } },
  'merged-nearest-router': { mode: 'merged', description: 'one pool, nearest-warehouse router',
    allocation: { router: 'nearest' }, fees: { commissionRate: 0 } },
};

/** `assumptions` as the experiment layer writes it: seller, eligibility, shared settings, resolved setups. */
function assumptions(setupNames, sharedOverrides = {}) {
  const shared = sharedSettings(sharedOverrides);
  return {
    seller: {
      name: 'Hangzhou Example Apparel Co. <script>alert(1)</script>',
      mainlandChinaRegistered: true,
      fullyManagedShops: 3,
      positiveRatingRate: 0.972,
      disputeRate: 0.0042,
      logisticsOnTimeRate: 0.986,
    },
    eligibility: {
      minGmv90dUsd: 50_000, minPositiveRatingRate: 0.965, maxDisputeRate: 0.006, minLogisticsOnTimeRate: 0.982,
      minSkusInCategory: 200, recommendedMinOrdersPerDay: 50, recommendedMinSkus: 100,
    },
    shared,
    setups: Object.fromEntries(setupNames.map((n) => {
      const { mode, description, ...over } = SETUP_BLOCKS[n];
      return [n, { ...deepMerge(shared, over), name: n, mode, description }];
    })),
  };
}

/** Means of every metric for one setup profile, consistent with its monthly rows. */
function metricMeans(p, monthly, hist) {
  const sum = (k) => monthly.reduce((a, r) => a + r[k], 0);
  const gmv = sum('gmv');
  const orders = p.gmv / 21.5 / 1.12;
  const serviceFees = sum('serviceFee');
  const splitFees = sum('splitFee');
  const commissionFees = sum('commissionFee');
  const operatingCost = sum('operatingCost');
  const netMargin = sum('netMargin');
  const costOfGoods = gmv * 0.45;
  const returnLosses = gmv * 0.059 * (p.ret / 0.157) - 0;
  return {
    ordersPlaced: orders * 1.01, ordersDelivered: orders, fulfilmentDaysMean: p.fulfil,
    fulfilmentDaysP50: quantileOf(hist, 0.5), fulfilmentDaysP90: quantileOf(hist, 0.9),
    fulfilmentDaysP95: quantileOf(hist, 0.95), onTimeRate: p.onTime, fillRate: p.fill,
    backorderedUnits: (1 - p.fill) * orders * 1.12, lostSalesUnits: 0,
    blockedOrders: 0, blockedUnits: 0, blockedSales: 0, splitRate: p.split, parcelsPerOrder: p.parcels,
    splitTimeouts: p.split * 900, warehouseWaitDaysMean: p.wait, returnRate: p.ret, returnCycleDaysMean: p.cycle,
    gmv, costOfGoods, serviceFees, splitFees, commissionFees, operatingCost, returnLosses,
    migrationCost: p.migration, netMargin, inventoryTurnover: p.turnover, unitSellThroughRate: p.sell,
    skuSellThroughRate: p.skuWindow,
    avgOnHandUnits: p.onHand, avgOnHandValue: p.onHand * 9.7, avgBackorderUnits: (1 - p.fill) * 1400,
  };
}

const CV = { netMargin: 0.03, gmv: 0.015, fulfilmentDaysMean: 0.02, returnRate: 0.03, splitRate: 0.06, serviceFees: 0.02 };

function results({ setups, baseline, monthlyOf, byMarketOf, seriesOf, assumptionsOverride, sweepPoint, name }) {
  const profiles = {};
  const monthly = {};
  const hists = {};
  for (const [n, p] of Object.entries(setups)) {
    monthly[n] = monthlyOf(n, p);
    hists[n] = histogram(p.fulfil, (p.gmv / 21.5 / 1.12) * REPS);
    profiles[n] = { means: metricMeans(p, monthly[n], hists[n]), cv: CV };
  }
  const rows = replicationRows(profiles);
  const out = {
    $comment: 'SYNTHETIC TEST FIXTURE: invented numbers shaped like a poolsim study; written by test/report/support/make-fixtures.mjs. Not a simulation result.',
    schemaVersion: 2,
    tool: { name: 'poolsim', version: '0.1.0' },
    scenario: {
      name,
      sha256: SCENARIO_SHA256,
      file: 'scenarios/default.yaml',
      description: 'SYNTHETIC TEST FIXTURE: three shops of one apparel seller, merged vs unmerged',
    },
    seed: 20240801,
    replications: REPS,
    replicationIndices: Array.from({ length: REPS }, (_, k) => k),
    horizonDays: HORIZON,
    warmupDays: 30,
    baseline,
    assumptions: assumptionsOverride,
    setups: Object.fromEntries(
      Object.entries(setups).map(([n, p]) => {
        const summary = Object.fromEntries(METRICS.map((m) => [m, summarise(rows[n].map((r) => r[m]))]));
        const series = seriesOf(n, p, hists[n]);
        return [n, {
          mode: p.mode, ...(p.router ? { router: p.router } : {}), summary, replications: rows[n],
          monthly: monthly[n], byMarket: byMarketOf(n, p), series,
        }];
      }),
    ),
    comparisons: comparisons(rows, baseline),
    ...(sweepPoint ? { sweepPoint } : {}),
    run: { startedAt: '2026-11-27T03:00:00.000Z', wallSeconds: 41.7, workers: 2, partial: false },
  };
  return out;
}

const FEES = { serviceRate: 0.055, incentiveRate: 0.042, minSell: 0.82, maxRet: 0.185 };
const feeRule = (mode, service = FEES.serviceRate) => (sell, ret) =>
  mode === 'unmerged' ? 0 : sell >= FEES.minSell && ret <= FEES.maxRet ? Math.min(FEES.incentiveRate, service) : service;

const byMarket = (_n, p) =>
  MARKETS.map((m) => ({
    market: m.id,
    ordersDelivered: round(((p.gmv / 21.5 / 1.12) * m.share), 1),
    fulfilmentDaysMean: round(p.fulfil * m.fast, 3),
    onTimeRate: round(Math.min(0.995, p.onTime * (m.id === 'BR' ? 0.96 : 1.005)), 4),
    returnRate: round(p.ret * m.retAdj, 4),
    returnCycleDaysMean: round(m.local ? p.cycle * (p.mode === 'merged' ? 0.9 : 0.8) : p.cycle * (p.mode === 'merged' ? 2.1 : 1.6), 2),
  }));

const full = results({
  name: 'default study (synthetic test fixture)',
  setups: SETUPS,
  baseline: 'unmerged',
  monthlyOf: (_n, p) => monthlyRows(p, feeRule(p.mode)),
  byMarketOf: byMarket,
  seriesOf: (n, p, hist) => ({
    fulfilmentHistogram: hist,
    ...dailySeries(p, n),
    pooledFulfilmentQuantiles: { p50: quantileOf(hist, 0.5), p90: quantileOf(hist, 0.9), p95: quantileOf(hist, 0.95) },
  }),
  assumptionsOverride: assumptions(Object.keys(SETUPS)),
});
writeFileSync(join(OUT, 'results-default.json'), JSON.stringify(full, null, 1) + '\n');

// Sweep: the seller's own fulfilment cost per parcel, which only the unmerged setup pays in
// full; merging stops paying below a break-even cost per parcel.
const PARCEL_COSTS = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0];
const points = PARCEL_COSTS.map((perParcel) => {
  const two = { unmerged: { ...SETUPS.unmerged, op: 60_000 + 41_600 * perParcel }, merged: SETUPS.merged };
  return results({
    name: 'default study (synthetic test fixture)',
    setups: two,
    baseline: 'unmerged',
    monthlyOf: (_n, p) => monthlyRows(p, feeRule(p.mode)),
    byMarketOf: () => [],
    seriesOf: () => ({
      fulfilmentHistogram: { binWidthDays: 0.5, counts: [] }, dailyBacklogOrders: [], dailyFillRate: [],
      dailyOnHandUnits: [], pooledFulfilmentQuantiles: { p50: null, p90: null, p95: null },
    }),
    assumptionsOverride: assumptions(['unmerged', 'merged'], { costs: { fulfilmentPerParcel: perParcel } }),
    sweepPoint: { 'costs.fulfilmentPerParcel': perParcel },
  });
});
const sweep = {
  $comment: 'SYNTHETIC TEST FIXTURE: a sweep of costs.fulfilmentPerParcel; invented numbers, written by test/report/support/make-fixtures.mjs.',
  kind: 'sweep',
  varied: ['costs.fulfilmentPerParcel'],
  points,
};
writeFileSync(join(OUT, 'results-sweep.json'), JSON.stringify(sweep) + '\n');
console.log('wrote', join(OUT, 'results-default.json'), join(OUT, 'results-sweep.json'));

// The transition and sync fixtures are REAL: the built CLI runs a bundled scenario, and the
// results are trimmed: numbers rounded to 6 significant digits, compact JSON, and the run
// block's clock fields fixed, so that regenerating from the same code gives the same bytes.
// - results-transition.json: scenarios/transition.yaml (the merged setup applies, goes live
//   after onboarding and migrates; the unmerged baseline stays as it is). 8 replications, the
//   fewest for which the break-even day gets its order-statistic interval (6 or more).
// - results-sync.json: scenarios/sync-faults.yaml (unmerged, merged-lagging with its late
//   pushes and forgotten token, merged-in-sync), every setup with its failure board. 4
//   replications, the run the report's anomaly board was looked at with.
const cli = join(ROOT, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error(`not written: the real fixtures need the built CLI (${cli}); run npm run build first`);
  process.exit(1);
}
const trim = (x) =>
  typeof x === 'number' ? (Number.isInteger(x) ? x : Number(x.toPrecision(6)))
    : Array.isArray(x) ? x.map(trim)
      : x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, trim(v)])) : x;

/** Runs `scenario` with `reps` replications on one worker and writes the trimmed results as `name`. */
function realFixture(scenario, reps, name) {
  const runDir = mkdtempSync(join(tmpdir(), 'poolsim-fixture-'));
  try {
    execFileSync(process.execPath, [
      cli, 'run', scenario, '--reps', String(reps), '--workers', '1',
      '--quiet', '--no-report', '--force', '--out', runDir,
    ], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const real = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8'));
    const fixture = {
      $comment: `REAL RUN FIXTURE: node dist/cli/main.js run ${scenario} --reps ${reps} --workers 1, written by test/report/support/make-fixtures.mjs; numbers rounded to 6 significant digits, run.startedAt and run.wallSeconds fixed.`,
      ...trim(real),
      run: { ...real.run, startedAt: '2026-12-01T00:00:00.000Z', wallSeconds: 0 },
    };
    writeFileSync(join(OUT, name), JSON.stringify(fixture) + '\n');
    console.log('wrote', join(OUT, name));
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

realFixture('scenarios/transition.yaml', 8, 'results-transition.json');
realFixture('scenarios/sync-faults.yaml', 4, 'results-sync.json');
