/**
 * The assumptions a sensitivity analysis varies, each as a scaling of the scenario's own
 * values by a factor f (1 = the scenario as written), applied to the shared settings and to
 * every setup alike, so the comparison stays paired. Probabilities are capped at 1. An input
 * the scenario gives no value to vary (a lateness effect of 0, no seller costs, a study on an
 * order history for the demand level) is not applicable and is reported as such.
 */
import { CATEGORY_DEFAULTS } from '../../model/catalogue/category-defaults.js';
import { CATEGORIES } from '../../scenario/categories.js';
import type { Category, CategoryParams, Scenario, SharedSettings } from '../../scenario/schema.js';
import type { SensitivityInput } from '../../scenario/sensitivity-schema.js';
import { scaleDistribution } from './scale-distribution.js';

type Scale = <T extends SharedSettings>(s: T, f: number) => T;

const cap = (p: number) => Math.min(1, p);

/** Each input's scaling of one setup's settings. */
const SCALE: Readonly<Record<SensitivityInput, Scale>> = {
  demandLevel: (s, f) => ({ ...s, shops: s.shops.map((shop) => (shop.ordersPerDay === undefined ? shop : { ...shop, ordersPerDay: shop.ordersPerDay * f })) }),
  leadTime: (s, f) => ({ ...s, replenishment: { ...s.replenishment, leadTime: scaleDistribution(s.replenishment.leadTime, f) } }),
  transitTimes: (s, f) => ({
    ...s,
    warehouses: s.warehouses.map((w) => ({ ...w, transit: Object.fromEntries(Object.entries(w.transit).map(([m, d]) => [m, scaleDistribution(d, f)])) })),
    returns: s.returns.originTransit === undefined ? s.returns : { ...s.returns, originTransit: scaleDistribution(s.returns.originTransit, f) },
  }),
  returnBaseRate: (s, f) => ({
    ...s,
    categories: Object.fromEntries(
      CATEGORIES.map((c: Category) => {
        const p: CategoryParams = s.categories[c] ?? CATEGORY_DEFAULTS[c];
        return [c, { ...p, returnBaseRate: cap(p.returnBaseRate * f) }];
      }),
    ),
  }),
  latenessEffect: (s, f) => ({ ...s, returns: { ...s.returns, latenessPerDay: s.returns.latenessPerDay * f } }),
  sellerCosts: (s, f) => ({ ...s, costs: Object.fromEntries(Object.entries(s.costs).map(([k, v]) => [k, v * f])) as SharedSettings['costs'] }),
  crossShopShare: (s, f) => ({ ...s, demand: { ...s.demand, crossShopBasketShare: cap(s.demand.crossShopBasketShare * f) } }),
};

/** Why an input is not varied: all its values are 0, or the orders come from `demand.history`. */
export type NotApplicable = 'all-zero' | 'from-history';

/**
 * Why `input` cannot be varied in `scenario`, or null when it can: its every value is 0
 * (scaling changes nothing) or, for the demand level and cross-shop share, the orders come
 * from a history.
 */
export function notApplicable(scenario: Scenario, input: SensitivityInput): NotApplicable | null {
  const all = [scenario.shared, ...scenario.setups];
  const history = scenario.shared.demand.history !== undefined;
  switch (input) {
    case 'demandLevel':
      return history ? 'from-history' : null;
    case 'latenessEffect':
      return all.every((s) => s.returns.latenessPerDay === 0) ? 'all-zero' : null;
    case 'sellerCosts':
      return all.every((s) => Object.values(s.costs).every((v) => v === 0)) ? 'all-zero' : null;
    case 'crossShopShare':
      return history ? 'from-history' : all.every((s) => s.demand.crossShopBasketShare === 0) ? 'all-zero' : null;
    default:
      return null;
  }
}

/**
 * The scenario with `input` scaled by `factor` in the shared settings and every setup
 * (metadata and seller data kept). O(size of the settings).
 * @example scaleInput(scenario, 'leadTime', 1.5).setups[0].replenishment.leadTime
 */
export function scaleInput<S extends Scenario>(scenario: S, input: SensitivityInput, factor: number): S {
  const scale = SCALE[input];
  return { ...scenario, shared: scale(scenario.shared, factor), setups: scenario.setups.map((setup) => scale(setup, factor)) };
}

/**
 * The largest factor the input can take: probabilities stop at 1, so beyond the factor that
 * brings the largest of them to 1 a higher factor changes nothing (Infinity otherwise).
 */
export function maxFactor(scenario: Scenario, input: SensitivityInput): number {
  const all = [scenario.shared, ...scenario.setups];
  const bound = (values: number[]) => {
    const top = Math.max(0, ...values);
    return top > 0 ? 1 / top : Infinity;
  };
  if (input === 'crossShopShare') return bound(all.map((s) => s.demand.crossShopBasketShare));
  if (input === 'returnBaseRate') return bound(all.flatMap((s) => CATEGORIES.map((c) => (s.categories[c] ?? CATEGORY_DEFAULTS[c]).returnBaseRate)));
  return Infinity;
}
