import { aggregateFailures } from './failures.js';
import { aggregateTransition } from './transition.js';
import type { ReplicationOutput } from '../../model/result.js';
import { RESULTS_SCHEMA_VERSION, type Results, type SetupResults } from '../../results/types.js';
import type { StudyInput } from '../../model/history/seller-data.js';
import type { Scenario, SharedSettings } from '../../scenario/schema.js';
import { compareSetups } from './comparisons.js';
import { aggregateSetup } from './setup.js';

/** Where a results file came from: everything but the replications themselves. */
export interface ResultsHeader {
  tool: Results['tool'];
  scenario: Results['scenario'];
  /** The resolved scenario the replications ran (overrides and sweep values applied). */
  resolved: Scenario;
  sweepPoint?: Results['sweepPoint'];
  run: Results['run'];
}

/**
 * The resolved scenario as stored in `assumptions`: every parameter that shaped the result,
 * setups with their full settings (shared settings with the setup's overrides applied). A
 * study on an order history leaves out the synthetic-demand settings the history replaces
 * (`withoutSyntheticDemand`), so the report lists no figure the run did not use.
 */
export function assumptionsOf(s: StudyInput): Record<string, unknown> {
  const used = <T extends SharedSettings>(x: T): T => (s.history ? withoutSyntheticDemand(x) : x);
  return {
    seller: s.seller,
    eligibility: s.eligibility,
    ...(s.compliance !== undefined ? { compliance: s.compliance } : {}),
    shared: used(s.shared),
    setups: Object.fromEntries(s.setups.map((setup) => [setup.name, used(setup)])),
  };
}

const SYNTHETIC_CATALOGUE = ['skus', 'sharedSkuShare', 'sharedSkuShops', 'zipfExponent', 'price'];
const SYNTHETIC_DEMAND = ['linesPerOrder', 'unitsPerLine', 'marketMix', 'crossShopBasketShare'];
/** Bootstrap keeps the shops' growth and promotions (they scale the resampled days); replay uses neither. */
const SYNTHETIC_SHOP = { replay: ['ordersPerDay', 'weeklyProfile', 'trendPerYear', 'promotions', 'overdispersion', 'exclusiveSkuShare'], bootstrap: ['ordersPerDay', 'weeklyProfile', 'overdispersion', 'exclusiveSkuShare'] };

const omit = <T extends object>(o: T, keys: readonly string[]): T => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k))) as T;

/** Settings without what an order history replaces (docs/scenario.md, A study on the seller's own orders). */
function withoutSyntheticDemand<T extends SharedSettings>(x: T): T {
  const shopKeys = SYNTHETIC_SHOP[x.demand.mode ?? 'replay'];
  return {
    ...x,
    catalogue: omit(x.catalogue, SYNTHETIC_CATALOGUE),
    demand: omit(x.demand, SYNTHETIC_DEMAND),
    shops: x.shops.map((shop) => omit(shop, shopKeys)),
  };
}

/**
 * Builds results.json from replication outputs.
 *
 * 1. sort the outputs by replication index (never completion order);
 * 2. aggregate each setup in scenario order (summary, per-replication rows, monthly,
 *    by market, series);
 * 3. compare each setup with the baseline (paired differences).
 *
 * A pure function of (header minus `run`, outputs as a set): the same replications give the
 * same bytes whatever the worker count, shard split or completion order
 * (`test/experiment/determinism.test.ts`, `test/experiment/merge.test.ts`).
 * O(replications × setups × series length).
 */
export function buildResults(header: ResultsHeader, outputs: readonly ReplicationOutput[]): Results {
  const sorted = [...outputs].sort((a, b) => a.replication - b.replication);
  const s = header.resolved;
  const setups: Record<string, SetupResults> = {};
  for (const setup of s.setups) {
    const per = sorted.map((o) => o.setups[setup.name]).filter((x) => x !== undefined);
    setups[setup.name] = aggregateSetup(per, setup.mode, setup.mode === 'merged' ? setup.allocation.router : undefined);
    if (setup.mode === 'merged' && setup.transition !== undefined) {
      const base = sorted.map((o) => o.setups[s.baseline]).filter((x) => x !== undefined);
      const indices = sorted.filter((o) => o.setups[setup.name] !== undefined).map((o) => o.replication);
      setups[setup.name].transition = aggregateTransition(setup.transition.start, per, base, indices);
    }
    if (per.length > 0 && per.every((r) => r.failures !== undefined)) setups[setup.name].failures = aggregateFailures(per);
  }
  const results: Results = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: header.tool,
    scenario: header.scenario,
    seed: s.seed,
    replications: sorted.length,
    replicationIndices: sorted.map((o) => o.replication),
    horizonDays: s.shared.horizon,
    warmupDays: s.shared.warmup,
    baseline: s.baseline,
    assumptions: assumptionsOf(s),
    setups,
    comparisons: compareSetups(setups, s.baseline),
    run: header.run,
  };
  if (header.sweepPoint !== undefined) {
    // sweepPoint sits just before run so the whole file reads top-down
    const { run, ...rest } = results;
    return { ...rest, sweepPoint: header.sweepPoint, run };
  }
  return results;
}
