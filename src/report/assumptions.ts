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
  /** The sell-through the incentive tier tests (`fees.sellThroughDefinition`): SKU share (动销率) or unit share. */
  sellThroughDefinition: 'sku-share' | 'unit-share';
}

export function feesOf(results: Pick<Results, 'assumptions'>, setup: string | null): FeeRules {
  const get = (key: Exclude<keyof FeeRules, 'sellThroughDefinition'>, fallback: number) => num(setting(results, setup, ['fees', key])) ?? fallback;
  return {
    serviceRate: get('serviceRate', 0.055),
    incentiveRate: get('incentiveRate', 0.042),
    incentiveMinSellThrough: get('incentiveMinSellThrough', 0.82),
    incentiveMaxReturnRate: get('incentiveMaxReturnRate', 0.185),
    sellThroughDefinition: setting(results, setup, ['fees', 'sellThroughDefinition']) === 'unit-share' ? 'unit-share' : 'sku-share',
  };
}

/** A number as written in the parameters table: integers as is, others to 6 significant digits. */
export function formatParameterNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

const isScalar = (x: unknown): boolean => x === null || (typeof x !== 'object' && typeof x !== 'function');

function scalarText(x: unknown): string {
  if (typeof x === 'number') return formatParameterNumber(x);
  return x === null ? 'null' : String(x);
}

/** A distribution spec (`{ type, ...numbers }`) as one value, e.g. `gamma(mean=4.5, sd=1.2)`. */
export function distributionText(x: Dict): string | undefined {
  if (typeof x.type !== 'string') return undefined;
  const rest = Object.entries(x).filter(([k]) => k !== 'type');
  if (!rest.every(([, v]) => isScalar(v) || (Array.isArray(v) && v.every(isScalar)))) return undefined;
  const args = rest.map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.map(scalarText).join(', ')}]` : scalarText(v)}`);
  return `${x.type}(${args.join(', ')})`;
}

/** A value that fits in one cell: a scalar, a list of scalars, an empty container, or a distribution. */
function compactText(x: unknown): string | undefined {
  if (isScalar(x)) return scalarText(x);
  if (Array.isArray(x)) return x.every(isScalar) ? (x.length === 0 ? '[]' : x.map(scalarText).join(', ')) : undefined;
  if (isDict(x)) return Object.keys(x).length === 0 ? '{}' : distributionText(x);
  return undefined;
}

/**
 * Flattens the resolved scenario into `path = value` rows for the parameters table, compactly:
 * distributions on one line (`gamma(mean=4.5, sd=1.2)`); arrays of objects with an `id` keyed
 * by it (`markets.ES`); below the top two levels, an object whose values all fit one cell
 * becomes one row (`markets.ES = promise=10, localReturnWarehouse=true`). O(size of the object).
 *
 * @example
 * flatten({ fees: { serviceRate: 0.055 } }); // [['fees.serviceRate', '0.055']]
 */
export function flatten(x: unknown, prefix = ''): Array<[string, string]> {
  const join = (key: string) => (prefix === '' ? key : `${prefix}.${key}`);
  const compact = compactText(x);
  if (compact !== undefined) return [[prefix, compact]];
  if (Array.isArray(x)) {
    const keyed = x.every((v) => isDict(v) && typeof v.id === 'string');
    return x.flatMap((v, i) => {
      if (keyed) {
        const { id, ...rest } = v as Dict;
        return flatten(rest, join(String(id)));
      }
      return flatten(v, `${prefix}[${i}]`);
    });
  }
  const obj = x as Dict;
  const depth = prefix === '' ? 0 : prefix.split('.').length;
  const cells = Object.entries(obj).map(([k, v]) => [k, compactText(v)] as const);
  if (depth >= 2 && cells.every(([, t]) => t !== undefined)) {
    return [[prefix, cells.map(([k, t]) => `${k}=${t}`).join(', ')]];
  }
  return Object.entries(obj).flatMap(([k, v]) => flatten(v, join(k)));
}
