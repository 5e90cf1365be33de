/**
 * The pre-review eligibility check of DOMAIN §3, row by row, from the scenario's seller
 * profile and the simulated unmerged baseline. Pure data; texts come from the i18n layer.
 *
 * Where a value comes from:
 * - the seller profile when it gives one (`seller.gmv90dUsd`, rating, dispute, on-time rates);
 * - else the simulated baseline: 90-day GMV = mean monthly GMV × 3 over the full months (the
 *   monthly rows are 30-day blocks, so three of them are exactly 90 days; a partial last month
 *   would pull the mean down), orders a day = orders placed ÷ measured days, inventory
 *   turnover = the baseline's annual turnover (the rating, dispute and logistics on-time
 *   rates are the seller's record and come from the profile only);
 * - SKUs from the catalogue: SKUs in the largest category = total SKUs × that category's share
 *   of the category mix, rounded down.
 * Thresholds compare exactly (a value equal to the threshold passes); no tolerance is added.
 */
import type { Results } from '../results/types.js';
import { bool, dict, num, sellerOf, setting, thresholdsOf } from './assumptions.js';
import { fullMonths } from './monthly-rows.js';

/**
 * What the check reads of a results file. A caller without a simulation (`poolsim check`)
 * passes `{ assumptions, baseline, setups: {}, horizonDays }`: the rows taken from the
 * simulated baseline then come out `missing` (unchecked).
 */
/** What the check reads; `scenario.history` (a study on an order history) gives the SKU count. */
export type EligibilityInput = Pick<Results, 'assumptions' | 'baseline' | 'setups' | 'horizonDays'> & { scenario?: { history?: { skus: number } } };

/** Identifiers of the rows, in display order. */
export type EligibilityRowId =
  | 'mainlandChinaRegistered'
  | 'fullyManagedShops'
  | 'gmv90d'
  | 'positiveRatingRate'
  | 'disputeRate'
  | 'logisticsOnTimeRate'
  | 'skusInCategory'
  | 'ordersPerDay'
  | 'skus'
  | 'inventoryTurnover';

/** How a row's value is displayed. */
export type EligibilityUnit = 'bool' | 'count' | 'usd' | 'share' | 'per-day' | 'turns';

/** Where the seller's value came from. */
export type ValueSource = 'seller' | 'simulated' | 'scenario' | 'missing';

/**
 * One row. `kind`: `required` rows decide eligibility; `advisory` rows are the "allowed but
 * not recommended" limits; `fit` is the inventory-turnover indicator of a typical good fit.
 * `margin` is how far the value is on the good side of the threshold (negative: the shortfall),
 * in the row's unit; null for yes/no rows or a missing value.
 */
export interface EligibilityRow {
  id: EligibilityRowId;
  kind: 'required' | 'advisory' | 'fit';
  op: '>=' | '<=' | '<' | '==';
  threshold: number | boolean;
  value: number | boolean | null;
  source: ValueSource;
  pass: boolean | null;
  margin: number | null;
  unit: EligibilityUnit;
  /** The category a per-category row refers to (`apparel`…), or `unknown`. */
  category?: string;
}

export interface EligibilityCheck {
  rows: EligibilityRow[];
  /** All required rows that could be checked pass, and none fails. */
  eligible: boolean;
  failed: EligibilityRow[];
  /** Required rows that could not be checked (value not given). */
  unchecked: EligibilityRow[];
  /** Advisory rows that fail: "allowed but not recommended". */
  warnings: EligibilityRow[];
}

/** Apparel's norm from DOMAIN §3, used when the scenario gives no norm for apparel. */
const APPAREL_TURNOVER_NORM = 3.8;

/**
 * Compares a value with a threshold.
 *
 * @example
 * compare(50_000, '>=', 50_000); // { pass: true, margin: 0 }
 */
export function compare(
  value: number | boolean | null,
  op: EligibilityRow['op'],
  threshold: number | boolean,
): { pass: boolean | null; margin: number | null } {
  if (value === null) return { pass: null, margin: null };
  if (typeof value === 'boolean' || typeof threshold === 'boolean') return { pass: value === threshold, margin: null };
  switch (op) {
    case '>=':
      return { pass: value >= threshold, margin: value - threshold };
    case '<=':
      return { pass: value <= threshold, margin: threshold - value };
    case '<':
      return { pass: value < threshold, margin: threshold - value };
    case '==':
      return { pass: value === threshold, margin: value - threshold };
  }
}

function row(
  id: EligibilityRowId,
  kind: EligibilityRow['kind'],
  op: EligibilityRow['op'],
  threshold: number | boolean,
  value: number | boolean | undefined | null,
  source: ValueSource,
  unit: EligibilityUnit,
  category?: string,
): EligibilityRow {
  const v = value === undefined ? null : value;
  const src = v === null ? 'missing' : source;
  return { id, kind, op, threshold, value: v, source: src, unit, ...compare(v, op, threshold), ...(category ? { category } : {}) };
}

const finiteMean = (xs: ReadonlyArray<number | null>): number | null => {
  const ok = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return ok.length === 0 ? null : ok.reduce((a, b) => a + b, 0) / ok.length;
};

/** Largest category of the catalogue mix and its share of SKUs (shares normalised to sum 1). */
export function dominantCategory(mix: Record<string, unknown> | undefined): { category: string; share: number } | null {
  if (!mix) return null;
  const entries = Object.entries(mix).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  const total = entries.reduce((a, [, v]) => a + v, 0);
  if (entries.length === 0 || total <= 0) return null;
  // Ties go to the category listed first, so the choice is stable
  const [category, weight] = entries.reduce((best, e) => (e[1] > best[1] ? e : best));
  return { category, share: weight / total };
}

/**
 * 90-day GMV of the simulated baseline: mean monthly GMV × 3 over its full 30-day months, or,
 * without a full month, the horizon total × 90 ÷ horizonDays.
 */
export function baselineGmv90d(results: EligibilityInput): number | null {
  const base = results.setups[results.baseline];
  if (!base) return null;
  const monthly = finiteMean(fullMonths(results, results.baseline).map((m) => m.gmv));
  if (monthly !== null) return monthly * 3;
  const total = base.summary.gmv?.mean ?? null;
  return total === null || results.horizonDays <= 0 ? null : (total * 90) / results.horizonDays;
}

/**
 * Builds every row of the eligibility check, from a results file or, without a simulation,
 * from a scenario's assumptions (see {@link EligibilityInput}).
 *
 * @example
 * const check = checkEligibility(results);
 * check.eligible; // true when no required row fails
 * checkEligibility({ assumptions: assumptionsOf(scenario), baseline: 'unmerged', setups: {}, horizonDays: 365 }).unchecked;
 */
export function checkEligibility(results: EligibilityInput): EligibilityCheck {
  const t = thresholdsOf(results);
  const seller = sellerOf(results);
  const base = results.setups[results.baseline];
  const baseMean = (m: 'ordersPlaced' | 'inventoryTurnover'): number | null => base?.summary[m]?.mean ?? null;

  const shops = setting(results, null, ['shops']);
  const shopCount = Array.isArray(shops) ? shops.length : undefined;
  const gmvSimulated = baselineGmv90d(results);
  const ordersPerDay = (() => {
    const placed = baseMean('ordersPlaced');
    return placed === null || results.horizonDays <= 0 ? null : placed / results.horizonDays;
  })();
  const skus = results.scenario?.history?.skus ?? num(setting(results, results.baseline, ['catalogue', 'skus']));
  const dominant = dominantCategory(dict(setting(results, results.baseline, ['catalogue', 'categoryMix'])));
  const skusInCategory = skus !== undefined && dominant ? Math.floor(skus * dominant.share + 1e-9) : undefined;
  const category = dominant?.category ?? 'unknown';
  const norm =
    num(setting(results, results.baseline, ['categories', category, 'turnoverNorm'])) ??
    (category === 'apparel' ? APPAREL_TURNOVER_NORM : undefined);

  const rows: EligibilityRow[] = [
    row('mainlandChinaRegistered', 'required', '==', true, bool(seller.mainlandChinaRegistered) ?? null, 'seller', 'bool'),
    seller.fullyManagedShops !== undefined
      ? row('fullyManagedShops', 'required', '>=', 1, seller.fullyManagedShops, 'seller', 'count')
      : row('fullyManagedShops', 'required', '>=', 1, shopCount, 'scenario', 'count'),
    seller.gmv90dUsd !== undefined
      ? row('gmv90d', 'required', '>=', t.minGmv90dUsd, seller.gmv90dUsd, 'seller', 'usd')
      : row('gmv90d', 'required', '>=', t.minGmv90dUsd, gmvSimulated, 'simulated', 'usd'),
    row('positiveRatingRate', 'required', '>=', t.minPositiveRatingRate, seller.positiveRatingRate, 'seller', 'share'),
    row('disputeRate', 'required', '<=', t.maxDisputeRate, seller.disputeRate, 'seller', 'share'),
    // The programme's logistics on-time rate is the seller's track record, not the simulated
    // on-time delivery against the market promise, so it is never taken from the simulation
    row('logisticsOnTimeRate', 'required', '>=', t.minLogisticsOnTimeRate, seller.logisticsOnTimeRate, 'seller', 'share'),
    row('skusInCategory', 'required', '>=', t.minSkusInCategory, skusInCategory, 'scenario', 'count', category),
    row('ordersPerDay', 'advisory', '>=', t.recommendedMinOrdersPerDay, ordersPerDay, 'simulated', 'per-day'),
    row('skus', 'advisory', '>=', t.recommendedMinSkus, skus, 'scenario', 'count'),
  ];
  if (norm !== undefined) {
    rows.push(row('inventoryTurnover', 'fit', '<', norm, baseMean('inventoryTurnover'), 'simulated', 'turns', category));
  }

  const required = rows.filter((r) => r.kind === 'required');
  const failed = required.filter((r) => r.pass === false);
  return {
    rows,
    eligible: failed.length === 0,
    failed,
    unchecked: required.filter((r) => r.pass === null),
    warnings: rows.filter((r) => r.kind === 'advisory' && r.pass === false),
  };
}

/**
 * How badly a failing row misses, relative to its threshold (for ordering reasons):
 * |margin| ÷ |threshold|, 1 for yes/no rows.
 */
export function shortfall(r: EligibilityRow): number {
  if (r.margin === null || typeof r.threshold !== 'number') return 1;
  return r.threshold === 0 ? Math.abs(r.margin) : Math.abs(r.margin) / Math.abs(r.threshold);
}
