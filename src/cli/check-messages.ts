/**
 * Texts of `poolsim check` beyond the compliance rules' own (`src/model/compliance/messages.ts`):
 * eligibility rows as violations, notes and warnings, the SKU spans and the verdict. Rules
 * (checked by `test/cli/check-messages.test.ts`): lower-case first letter, no trailing period.
 */
import type { EligibilityRowId } from '../report/eligibility.js';
import type { SkuSpan } from '../model/compliance/findings.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The seller-profile field behind each row the profile alone can give. */
export const SELLER_FIELD: Partial<Record<EligibilityRowId, string>> = {
  mainlandChinaRegistered: 'seller.mainlandChinaRegistered',
  fullyManagedShops: 'seller.fullyManagedShops',
  gmv90d: 'seller.gmv90dUsd',
  positiveRatingRate: 'seller.positiveRatingRate',
  disputeRate: 'seller.disputeRate',
  logisticsOnTimeRate: 'seller.logisticsOnTimeRate',
};

/** How to meet each row (DOMAIN §3), given its threshold as formatted (`$50,000`, `96.5%`). */
const ELIGIBILITY_FIX: Record<EligibilityRowId, (threshold: string) => string> = {
  mainlandChinaRegistered: () => 'the programme admits mainland-China registered businesses only',
  fullyManagedShops: (t) => `run at least ${t} fully managed shop before applying`,
  gmv90d: (t) => `apply once fully managed GMV over the last 90 days reaches ${t}`,
  positiveRatingRate: (t) => `raise the positive-rating rate to ${t} before applying`,
  disputeRate: (t) => `bring the dispute rate down to ${t} before applying`,
  logisticsOnTimeRate: (t) => `raise the logistics on-time rate to ${t} before applying`,
  skusInCategory: (t) => `list at least ${t} mergeable SKUs in one category (catalogue.skus, catalogue.categoryMix)`,
  ordersPerDay: (t) => `merging is recommended from ${t} orders a day`,
  skus: (t) => `merging is recommended from ${t} SKUs`,
  inventoryTurnover: (t) => `a typical good fit turns its inventory fewer than ${t} times a year`,
};

export const checkMsg = {
  /** A required row that fails: `label: value, required ≥ threshold (margin)`. */
  eligibilityFailed: (label: string, value: string, required: string, margin: string) =>
    `${label}: ${value}, required ${required}${margin === '' ? '' : ` (${margin})`}`,
  eligibilityFix: (id: EligibilityRowId, threshold: string) => ELIGIBILITY_FIX[id](threshold),
  /** A row without a value that a run estimates (taken from the simulated baseline). */
  eligibilityEstimated: (label: string, field: string | undefined) =>
    field === undefined
      ? `${label}: not checked; a poolsim run estimates it from the simulated baseline`
      : `${label}: not checked (${field} not given); a poolsim run estimates it from the simulated baseline`,
  /** A row only the seller's profile can give. */
  eligibilityNotGiven: (label: string, field: string) => `${label}: not checked, ${field} not given (a run cannot estimate it)`,
  /** An advisory row that fails. */
  eligibilityAdvisory: (label: string, value: string, required: string) => `allowed but not recommended: ${label} ${value}, recommended ${required}`,
  skus: (skus: SkuSpan) =>
    typeof skus === 'number' ? plural(skus, 'SKU') : skus[0] === skus[1] ? `rank ${skus[0]}` : `ranks ${skus[0]}–${skus[1]}`,
  note: () => 'note',
  warning: () => 'warning',
  fix: () => 'fix',
  ready: () => 'ready',
  notReady: () => 'not ready',
  readyDetail: (notes: number, warnings: number) =>
    `(no violation${notes > 0 ? `; ${plural(notes, 'note')}` : ''}${warnings > 0 ? `; ${plural(warnings, 'warning')}` : ''})`,
  notReadyDetail: (violations: number) => `(${plural(violations, 'violation')}: the merge application would fail)`,
} as const;
