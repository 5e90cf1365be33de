/**
 * Typed reading of `results.assumptions` (the resolved scenario, stored as plain data):
 * `{ seller, eligibility, shared, setups: { <name>: <full settings> } }` as the experiment
 * layer writes it. Reads defensively, because a results file may be old or hand-made:
 * a setting is looked up in the setup's own settings, then in `shared`, then at the top level.
 */
import type { Results } from '../results/types.js';

type Dict = Record<string, unknown>;

const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Value at a dotted path inside an object, or undefined. O(path length). */
export function at(root: unknown, path: readonly string[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (!isDict(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/**
 * A scenario setting as seen by one setup: the setup's resolved settings first, then the
 * shared settings, then the top level of `assumptions`.
 *
 * @example
 * setting(results, 'merged', ['fees', 'incentiveRate']); // 0.042
 */
export function setting(results: Pick<Results, 'assumptions'>, setup: string | null, path: readonly string[]): unknown {
  const a = results.assumptions;
  if (setup !== null) {
    const own = at(a, ['setups', setup, ...path]);
    if (own !== undefined) return own;
  }
  const shared = at(a, ['shared', ...path]);
  return shared !== undefined ? shared : at(a, path);
}

/** A number, or undefined when absent or not a finite number. */
export function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** A boolean, or undefined. */
export function bool(x: unknown): boolean | undefined {
  return typeof x === 'boolean' ? x : undefined;
}

/** A plain object, or undefined. */
export function dict(x: unknown): Dict | undefined {
  return isDict(x) ? x : undefined;
}

/** The seller profile of DOMAIN §3 as far as the scenario gives it. */
export interface SellerProfile {
  name?: string;
  mainlandChinaRegistered?: boolean;
  fullyManagedShops?: number;
  gmv90dUsd?: number;
  positiveRatingRate?: number;
  disputeRate?: number;
  logisticsOnTimeRate?: number;
}

export function sellerOf(results: Pick<Results, 'assumptions'>): SellerProfile {
  const s = dict(results.assumptions.seller) ?? {};
  return {
    name: typeof s.name === 'string' ? s.name : undefined,
    mainlandChinaRegistered: bool(s.mainlandChinaRegistered),
    fullyManagedShops: num(s.fullyManagedShops),
    gmv90dUsd: num(s.gmv90dUsd),
    positiveRatingRate: num(s.positiveRatingRate),
    disputeRate: num(s.disputeRate),
    logisticsOnTimeRate: num(s.logisticsOnTimeRate),
  };
}

/** Pre-review thresholds (DOMAIN §3); the scenario's values, else the programme's published ones. */
export interface EligibilityThresholds {
  minGmv90dUsd: number;
  minPositiveRatingRate: number;
  maxDisputeRate: number;
  minLogisticsOnTimeRate: number;
  minSkusInCategory: number;
  recommendedMinOrdersPerDay: number;
  recommendedMinSkus: number;
}

/** DOMAIN §3 figures, used only when a results file lacks `assumptions.eligibility`. */
export const PUBLISHED_THRESHOLDS: EligibilityThresholds = {
  minGmv90dUsd: 50_000,
  minPositiveRatingRate: 0.965,
  maxDisputeRate: 0.006,
  minLogisticsOnTimeRate: 0.982,
  minSkusInCategory: 200,
  recommendedMinOrdersPerDay: 50,
  recommendedMinSkus: 100,
};

export function thresholdsOf(results: Pick<Results, 'assumptions'>): EligibilityThresholds {
  const e = dict(results.assumptions.eligibility) ?? {};
  const out = { ...PUBLISHED_THRESHOLDS };
  for (const key of Object.keys(out) as Array<keyof EligibilityThresholds>) {
    const v = num(e[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Fee rules of one setup (DOMAIN §5), the published figures when absent. */
export interface FeeRules {
  serviceRate: number;
  incentiveRate: number;
  incentiveMinSellThrough: number;
  incentiveMaxReturnRate: number;
}

export function feesOf(results: Pick<Results, 'assumptions'>, setup: string | null): FeeRules {
  const get = (key: keyof FeeRules, fallback: number) => num(setting(results, setup, ['fees', key])) ?? fallback;
  return {
    serviceRate: get('serviceRate', 0.055),
    incentiveRate: get('incentiveRate', 0.042),
    incentiveMinSellThrough: get('incentiveMinSellThrough', 0.82),
    incentiveMaxReturnRate: get('incentiveMaxReturnRate', 0.185),
  };
}

/**
 * Flattens an object into `path = value` rows (`catalogue.skus`, `markets[0].id`), sorted as
 * written, for the assumptions table. Scalars only; empty objects and arrays are shown as `{}`/`[]`.
 * O(size of the object).
 */
export function flatten(x: unknown, prefix = ''): Array<[string, string]> {
  if (Array.isArray(x)) {
    if (x.length === 0) return [[prefix, '[]']];
    // Arrays of scalars read best on one line
    if (x.every((v) => !isDict(v) && !Array.isArray(v))) return [[prefix, x.map((v) => String(v)).join(', ')]];
    return x.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  }
  if (isDict(x)) {
    const keys = Object.keys(x);
    if (keys.length === 0) return [[prefix, '{}']];
    return keys.flatMap((k) => flatten(x[k], prefix === '' ? k : `${prefix}.${k}`));
  }
  return [[prefix, x === null ? 'null' : String(x)]];
}
