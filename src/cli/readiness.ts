/**
 * The pre-application readiness check of `poolsim check`: the EPR rules of DOMAIN §7
 * (`src/model/compliance/`) and the eligibility rows of DOMAIN §3 (`src/report/eligibility.ts`,
 * the report's own check, run on the scenario's assumptions without a simulation), as one list
 * of violations, notes and warnings. Pure: reads the scenario only.
 */
import { assumptionsOf } from '../experiment/aggregate/results.js';
import { checkCompliance } from '../model/compliance/epr-rules.js';
import type { ComplianceNote, SkuSpan } from '../model/compliance/findings.js';
import { checkEligibility, type EligibilityRow } from '../report/eligibility.js';
import { makeFormatter } from '../report/format.js';
import { en } from '../report/i18n/en.js';
import { formatMargin, formatRequired, formatRowValue, rowLabel } from '../report/sections/eligibility-section.js';
import { catalogueSize, type StudyInput } from '../model/history/seller-data.js';
import { SELLER_FIELD, checkMsg } from './check-messages.js';

/** A rule the scenario breaks: an EPR rule (`epr-missing`…) or a required eligibility row (`eligibility-gmv90d`…). */
export interface CheckViolation {
  rule: string;
  /** SKU group, `(ungrouped)`, or `(seller)` for the seller's own data. */
  group: string;
  skus: SkuSpan;
  message: string;
  fix: string;
}

/** A note (not checked) or a warning (doubtful, not blocking). */
export type CheckNote = ComplianceNote;

/** What `poolsim check` finds; `ready` when there is no violation. */
export interface Readiness {
  ready: boolean;
  violations: CheckViolation[];
  notes: CheckNote[];
  warnings: CheckNote[];
}

/** The group of findings about the seller rather than SKU groups. */
export const SELLER_GROUP = '(seller)';

const f = makeFormatter(en.format);
// The report's labels are capitalised; a message starts in lower case, but "SKUs" stays as is
const lowerFirst = (s: string) => (/^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Rule id of an eligibility row: `eligibility-` and the row id in kebab case (`eligibility-positive-rating-rate`). */
export const eligibilityRule = (row: Pick<EligibilityRow, 'id'>): string => `eligibility-${kebab(row.id)}`;

function eligibilityFindings(scenario: StudyInput): Pick<Readiness, 'violations' | 'notes' | 'warnings'> {
  const history = scenario.history ? { scenario: { history: { skus: scenario.history.skus.length } } } : {};
  const check = checkEligibility({ assumptions: assumptionsOf(scenario), baseline: scenario.baseline, setups: {}, horizonDays: scenario.shared.horizon, ...history });
  const skus = catalogueSize(scenario);
  const label = (r: EligibilityRow) => lowerFirst(rowLabel(r, en));
  const violations: CheckViolation[] = check.failed.map((r) => ({
    rule: eligibilityRule(r),
    group: SELLER_GROUP,
    skus: [1, skus],
    message: checkMsg.eligibilityFailed(label(r), formatRowValue(r, r.value, en, f), formatRequired(r, en, f), formatMargin(r, f)),
    fix: checkMsg.eligibilityFix(r.id, formatRowValue(r, r.threshold, en, f)),
  }));
  const unchecked = check.rows.filter((r) => r.kind !== 'fit' && r.pass === null);
  const notes: CheckNote[] = unchecked.map((r) => {
    const field = SELLER_FIELD[r.id];
    // Only a simulated baseline gives the rows the check takes from it (GMV, orders a day)
    const estimated = r.id === 'gmv90d' || r.id === 'ordersPerDay';
    return {
      rule: eligibilityRule(r),
      message: estimated || field === undefined ? checkMsg.eligibilityEstimated(label(r), field) : checkMsg.eligibilityNotGiven(label(r), field),
    };
  });
  const warnings: CheckNote[] = check.warnings.map((r) => ({
    rule: eligibilityRule(r),
    message: checkMsg.eligibilityAdvisory(label(r), formatRowValue(r, r.value, en, f), formatRequired(r, en, f)),
  }));
  return { violations, notes, warnings };
}

/**
 * Everything `poolsim check` reports on a loaded scenario: eligibility first (the seller), then
 * the EPR rules in SKU-group order; notes and warnings in the same order. O(catalogue.skus +
 * SKU groups + EPR records).
 *
 * @example
 * const r = readinessOf((await loadScenario('study.yaml')).scenario);
 * r.ready; // false
 * r.violations[0].rule; // 'epr-missing'
 */
export function readinessOf(scenario: StudyInput): Readiness {
  const e = eligibilityFindings(scenario);
  const c = checkCompliance(scenario);
  const violations = [...e.violations, ...c.violations];
  return { ready: violations.length === 0, violations, notes: [...e.notes, ...c.notes], warnings: [...e.warnings, ...c.warnings] };
}
