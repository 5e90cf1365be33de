/**
 * How long and how large a study may be, and how long it will take: hard limits that keep a
 * study inside memory (refused, located like any other problem), and an estimate of the work
 * per replication that warns when a study will be slow before it starts (docs/scenario.md,
 * Limits and warnings).
 */
import { makeSampler } from '../engine/random/make-sampler.js';
import type { DistributionSpec } from '../engine/random/spec.js';
import { DURATION_PATTERN, parseDurationDays } from './duration.js';
import type { Finding } from './explain-issues.js';
import { msg } from './messages.js';
import type { Scenario, Setup } from './schema.js';
import { ONBOARDING_STAGES, onboardingMeans } from './onboarding-means.js';

/**
 * Longest measured window and warm-up, days (ten years). The model keeps arrays per simulated
 * day and results.json daily series per measured day; a merge study spans one or two years.
 */
export const MAX_DAYS = 3650;

/** Most pickers at one warehouse (counted in 32-bit integers; a large fulfilment centre has a few hundred). */
export const MAX_PICKERS = 100_000;

/** Shortest review period and token lifetime, days (one hour): each period is an event of its own. */
export const MIN_PERIOD_DAYS = 1 / 24;

/**
 * Shortest push interval of a WMS that pushes on a clock, days (one minute): a tick is an event
 * even when nothing changed, 1,440 a day at this limit; WMSs push every few minutes.
 */
export const MIN_PUSH_INTERVAL_DAYS = 1 / 1440;

/** Longest duration a scenario may set, days (twenty years): the longest run, warm-up and horizon at their limits. */
export const MAX_DURATION_DAYS = 2 * MAX_DAYS;

/**
 * Most units demanded over the time a stock target covers, summed over the catalogue: the
 * targets are found unit by unit (a Poisson table of the lead-time demand per stock point), and
 * stock is counted in 32-bit integers. A seller with 10,000 orders a day of 2 units and a
 * 30-day lead time needs 600,000.
 */
export const MAX_COVER_UNITS = 20_000_000;

/** Most units one stock target (`{ units: n }`) may ask for at one stock point. */
export const MAX_TARGET_UNITS = 10_000_000;

/** Most setups a study may compare: each one is a whole simulation in every replication. */
export const MAX_SETUPS = 100;

/** Most replications a study may plan (results.json keeps a row per replication and setup). */
export const MAX_REPLICATIONS = 10_000;

/**
 * Most SKU × shop pairs of a synthetic catalogue. The catalogue, the stock points and the
 * forecast keep about 250 bytes per pair in each replication (1,000,000 SKUs × 3 shops:
 * 770 MB resident), so 10,000,000 pairs is about 2.5 GB.
 */
export const MAX_SKU_SHOPS = 10_000_000;

/**
 * Days a run may go on after the horizon so measured orders can finish: the model's
 * `DRAIN_CAP_DAYS` (`test/scenario/limits.test.ts` checks they agree). The work estimate
 * counts all of it, so it is an upper bound.
 */
export const DRAIN_ALLOWANCE_DAYS = 120;

/**
 * Measured costs on the reference machine (2 cores, docs/performance.md): setting up one setup
 * of one replication takes about 1 µs per SKU × shop pair (catalogue, stock points, forecast;
 * 1,000,000 SKUs × 3 shops × 3 setups: 12 s), and simulating takes about 6 µs per order and
 * setup (the default study: 170,000 orders a second over its 3 setups).
 */
export const SECONDS_PER_SKU_SHOP = 1e-6;
export const SECONDS_PER_ORDER = 6e-6;

/** A replication whose setups take longer than this to set up gets a warning: setup prints nothing. */
export const SLOW_SETUP_SECONDS = 5;
/** A replication estimated to take longer than this gets a warning (the default study: about 2 s). */
export const SLOW_RUN_SECONDS = 60;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** Days of a duration read leniently: a number, or a string such as "30d" (the settings may not have parsed). */
const days = (v: unknown): number | undefined => (typeof v === 'string' && DURATION_PATTERN.test(v) ? num(parseDurationDays(v)) : num(v));

/**
 * Horizon, warm-up and catalogue size of one setup's settings (read leniently, like the
 * reference checks, so they run beside field problems). O(1).
 * @example lengthAndSizeFindings({ horizon: 0 }) // [{ path: ['horizon'], … }]
 */
export function lengthAndSizeFindings(settings: unknown): Finding[] {
  const s = isObj(settings) ? settings : {};
  const out: Finding[] = [];
  const horizon = days(s.horizon);
  if (horizon !== undefined && (horizon <= 0 || horizon > MAX_DAYS))
    out.push({ path: ['horizon'], anchor: 'value', got: String(horizon), expected: msg.expectedHorizon(MAX_DAYS) });
  const warmup = days(s.warmup);
  if (warmup !== undefined && warmup > MAX_DAYS) out.push({ path: ['warmup'], anchor: 'value', got: String(warmup), expected: msg.expectedWarmup(MAX_DAYS) });
  // periods so short that their events alone swamp the run (one review or one token renewal each time)
  const review = isObj(s.replenishment) && isObj(s.replenishment.review) ? num(s.replenishment.review.period) : undefined;
  if (review !== undefined && review < MIN_PERIOD_DAYS)
    out.push({ path: ['replenishment', 'review', 'period'], anchor: 'value', got: String(review), expected: msg.expectedPeriodAtLeast('1h', 'continuous review') });
  const push = isObj(s.sync) ? days(s.sync.pushInterval) : undefined;
  if (push !== undefined && push > 0 && push < MIN_PUSH_INTERVAL_DAYS)
    out.push({ path: ['sync', 'pushInterval'], anchor: 'value', got: String(push), expected: msg.expectedPeriodAtLeast('1m', '0: a push as each change happens') });
  // acceptance sampling rejects every batch of wholly defective units: the stock never arrives, and each rejection reorders at once
  if (isObj(s.inboundQc) && num(s.inboundQc.sampleSize) !== undefined && isObj(s.categories))
    for (const [name, c] of Object.entries(s.categories))
      if (isObj(c) && c.defectRate === 1)
        out.push({ path: ['categories', name, 'defectRate'], anchor: 'value', got: '1', expected: msg.expectedDefectRateBelowOne() });
  const lifetime = isObj(s.sync) && isObj(s.sync.token) ? num(s.sync.token.lifetime) : undefined;
  if (lifetime !== undefined && lifetime < MIN_PERIOD_DAYS)
    out.push({ path: ['sync', 'token', 'lifetime'], anchor: 'value', got: String(lifetime), expected: msg.expectedPeriodAtLeast('1h', 'a token that expires at once: faults.tokenExpiry') });
  (Array.isArray(s.warehouses) ? s.warehouses : []).forEach((w, i) => {
    const pickers = isObj(w) ? num(w.pickers) : undefined;
    if (pickers !== undefined && pickers > MAX_PICKERS) out.push({ path: ['warehouses', i, 'pickers'], anchor: 'value', got: String(pickers), expected: msg.expectedAtMostPickers(MAX_PICKERS) });
  });
  const skus = num(isObj(s.catalogue) ? s.catalogue.skus : undefined);
  const shops = Array.isArray(s.shops) ? s.shops.length : 0;
  const history = isObj(s.demand) && typeof s.demand.history === 'string';
  if (!history && skus !== undefined && shops > 0 && skus * shops > MAX_SKU_SHOPS)
    out.push({ path: ['catalogue', 'skus'], anchor: 'value', got: msg.gotSkuShops(skus, shops), expected: msg.expectedAtMostSkuShops(MAX_SKU_SHOPS) });
  return out;
}

/**
 * Inbound QC under continuous review reorders each rejected batch at once, and the reorder
 * arrives after a lead time: with a mean lead time under {@link MIN_PERIOD_DAYS} (one hour)
 * rejections can follow each other without time moving on (found by the fuzz suite: a chance
 * of 1 − 10⁻¹⁶ with a lead time of 10⁻²⁷¹ days). Run on validated settings. O(1).
 * @example reorderFindings(setup) // [] for the bundled studies
 */
export function reorderFindings(setup: Omit<Setup, 'name' | 'mode'>): Finding[] {
  const qc = setup.inboundQc;
  const r = setup.replenishment;
  if (qc === undefined || qc.rejectProbability === 0 || r.review !== 'continuous') return [];
  const mean = makeSampler(r.leadTime).mean;
  if (mean >= MIN_PERIOD_DAYS) return [];
  return [{ path: ['replenishment', 'leadTime'], anchor: 'value', got: msg.gotMeanDays(mean), expected: msg.expectedLeadTimeWithQc('1h') }];
}

/** Most review attempts an onboarding may expect (each is a row of the timeline the report draws). */
export const MAX_ONBOARDING_REVIEWS = 1000;

/**
 * An onboarding that cannot finish in any study: more than {@link MAX_ONBOARDING_REVIEWS}
 * expected reviews, or go-live expected more than {@link MAX_DAYS} working days after the
 * application ({@link onboardingMeans}, each mean rounded up by at most a day). The sampler draws the whole
 * timeline at the start of a replication, so near-certain rejections or lapses looped for
 * ever (found by the fuzz suite: 0.99 each gave go-live in the year 3242 and 20,000 rows).
 * Blamed on the largest probability. Run on validated settings. O(stages).
 * @example onboardingFindings(setup) // [] for the bundled studies
 */
export function onboardingFindings(setup: Omit<Setup, 'name' | 'mode'>): Finding[] {
  if (setup.transition === undefined) return [];
  const o = setup.transition.onboarding;
  // an upper bound for any law: E⌈max(0, X)⌉ ≤ E[X] + 1 (the draws are ≥ 0), exact for a constant
  const roundedUp = (spec: DistributionSpec) => (spec.type === 'constant' ? Math.ceil(Math.max(0, spec.value)) : makeSampler(spec).mean + 1);
  const { reviews, workingDays } = onboardingMeans(o, roundedUp);
  if (reviews <= MAX_ONBOARDING_REVIEWS && workingDays <= MAX_DAYS) return [];
  const candidates = [
    { path: ['transition', 'onboarding', 'lapseProbability'], p: o.lapseProbability },
    ...ONBOARDING_STAGES.map((st) => ({ path: ['transition', 'onboarding', st, 'rejectionProbability'], p: o[st].rejectionProbability })),
  ];
  const worst = candidates.reduce((w, c) => (c.p > w.p ? c : w));
  return [{ path: worst.path, anchor: 'value', got: msg.gotOnboardingExpected(reviews, workingDays), expected: msg.expectedOnboardingAtMost(MAX_ONBOARDING_REVIEWS, MAX_DAYS) }];
}

/** One setup's share of a replication's work: its SKU × shop pairs and the orders it simulates (synthetic demand only). */
function setupWork(setup: Setup, upliftMax: number): { skuShops: number; orders: number } {
  if (setup.demand.history !== undefined) return { skuShops: 0, orders: 0 };
  const days = setup.warmup + setup.horizon + DRAIN_ALLOWANCE_DAYS;
  let orders = 0;
  for (const shop of setup.shops) {
    const rate = (shop.ordersPerDay ?? 0) * (1 + upliftMax);
    // the linear trend's mean over the run, and each promotion's extra orders
    const trend = Math.max(0, 1 + (shop.trendPerYear * days) / 730);
    const promotions = shop.promotions.reduce((sum, p) => sum + (p.multiplier - 1) * Math.max(0, Math.min(p.length, days - p.start)), 0);
    orders += rate * Math.max(0, trend * days + promotions);
  }
  return { skuShops: (setup.catalogue.skus ?? 0) * setup.shops.length, orders };
}

/** What one replication of a study costs, summed over its setups, and the estimated seconds (reference machine). */
export interface StudyWork {
  skuShops: number;
  orders: number;
  setupSeconds: number;
  runSeconds: number;
}

/**
 * The work of one replication of every setup, as the model will do it: SKU × shop pairs set up
 * and orders simulated (over warm-up, horizon and the whole drain allowance: an upper bound).
 * A study on a seller's order history is not estimated (its size is the history's). O(setups × shops).
 * @example studyWork(scenario).runSeconds // 2.8 for the default study
 */
export function studyWork(scenario: Pick<Scenario, 'setups'>): StudyWork {
  const upliftMax = scenario.setups.reduce((u, s) => Math.max(u, s.platform.searchBadgeOrderUplift), 0);
  let skuShops = 0;
  let orders = 0;
  for (const setup of scenario.setups) {
    const w = setupWork(setup, upliftMax);
    skuShops += w.skuShops;
    orders += w.orders;
  }
  const setupSeconds = skuShops * SECONDS_PER_SKU_SHOP;
  return { skuShops, orders, setupSeconds, runSeconds: setupSeconds + orders * SECONDS_PER_ORDER };
}

/** A warning about a study that will run: the field it is about, and what to expect. */
export interface StudyWarning {
  path: PropertyKey[];
  message: string;
  /** The study will be slow (the estimate is over a threshold). */
  slow: boolean;
}

/**
 * Warnings for a study about to run: setup slower than {@link SLOW_SETUP_SECONDS} a replication
 * (a large catalogue), or a replication slower than {@link SLOW_RUN_SECONDS} (many orders over a
 * long study). O(setups × shops).
 * @example studyWarnings(scenario) // [] for the bundled studies
 */
export function studyWarnings(scenario: Pick<Scenario, 'setups'>): StudyWarning[] {
  const w = studyWork(scenario);
  const out: StudyWarning[] = [];
  const setups = scenario.setups.length;
  if (w.setupSeconds > SLOW_SETUP_SECONDS)
    out.push({ path: ['catalogue', 'skus'], slow: true, message: msg.warnSlowSetup(w.skuShops, setups, w.setupSeconds) });
  if (w.runSeconds > SLOW_RUN_SECONDS)
    out.push({ path: ['shops'], slow: true, message: msg.warnSlowRun(w.orders, setups, w.runSeconds) });
  return out;
}

/** The mean of a rounded count, max(1, round(X)): exact for a constant or a table, else the bound max(1, E[X] + ½). */
function countMean(spec: Setup['demand']['linesPerOrder']): number {
  const count = (x: number) => Math.max(1, Math.round(x));
  if (spec.type === 'constant') return count(spec.value);
  if (spec.type === 'discrete') {
    const total = spec.weights.reduce((a, b) => a + b, 0);
    return spec.values.reduce((sum, v, i) => sum + count(v) * spec.weights[i], 0) / total;
  }
  return Math.max(1, makeSampler(spec).mean + 0.5);
}

/**
 * The demand a setup's stock targets must cover, against {@link MAX_COVER_UNITS} and
 * {@link MAX_TARGET_UNITS}: units a day (orders a day of every shop × (1 + search-badge
 * uplift) × (1 + cross-shop share) × lines × units per order, upper bounds) × the days a
 * target covers (mean lead time + review period + order cycle for s-S + the largest days of
 * cover). Synthetic demand only (an order history sets its own). Run on validated settings. O(shops + classes).
 * @example coverFindings(setup) // [] for the bundled studies
 */
export function coverFindings(setup: Omit<Setup, 'name' | 'mode'>): Finding[] {
  const out: Finding[] = [];
  const r = setup.replenishment;
  const targets = [r.target, ...(r.classTargets ?? []).map((c) => c.target)];
  targets.forEach((t, i) => {
    if ('units' in t && t.units > MAX_TARGET_UNITS)
      out.push({ path: i === 0 ? ['replenishment', 'target', 'units'] : ['replenishment', 'classTargets', i - 1, 'target', 'units'], anchor: 'value', got: String(t.units), expected: msg.expectedTargetUnits(MAX_TARGET_UNITS) });
  });
  if (setup.demand.history !== undefined) return out;
  const d = setup.demand;
  const orders = setup.shops.reduce((sum, shop) => sum + (shop.ordersPerDay ?? 0), 0) * (1 + setup.platform.searchBadgeOrderUplift) * (1 + d.crossShopBasketShare);
  const unitsPerDay = orders * Math.min(256, countMean(d.linesPerOrder)) * countMean(d.unitsPerLine);
  const cover = Math.max(0, ...targets.map((t) => ('daysOfCover' in t ? t.daysOfCover : 0)));
  const days = makeSampler(r.leadTime).mean + (r.review === 'continuous' ? 0 : r.review.period) + (r.policy === 's-S' ? r.orderCycle : 0) + cover;
  if (unitsPerDay * days > MAX_COVER_UNITS)
    out.push({ path: ['replenishment'], anchor: 'value', got: msg.gotCoverUnits(unitsPerDay, days), expected: msg.expectedCoverUnits(MAX_COVER_UNITS) });
  return out;
}
