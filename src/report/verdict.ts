/**
 * The report's one-sentence verdict: not eligible / merge recommended / not recommended,
 * with the two or three reasons that decide it and the expected monthly change in net margin.
 *
 * Rules, in order:
 * 1. any required eligibility row fails → `not-eligible`; the reasons are the failing rows,
 *    worst shortfall first;
 * 2. the merged setup compared is the first setup with mode `merged` in the scenario's order
 *    (choosing the best of several would pick the luckiest estimate);
 * 3. `recommended` when the 95% interval of its paired net-margin difference from the baseline
 *    lies entirely above zero; otherwise `not-recommended` (a loss, or a change that cannot be
 *    told apart from zero: the migration is irreversible, so the benefit must be clear).
 * The monthly change is the horizon difference × 30 ÷ horizonDays (`perMonthFactor`); its
 * interval scales the same way (a linear map of the paired t interval).
 * Further reasons, in priority order until there are three: an "allowed but not recommended"
 * warning, the change in mean fulfilment time, the change in return rate (each only when its
 * interval excludes zero), and the months reaching the incentive fee tier.
 */
import type { Comparison, MetricName, Results } from '../results/types.js';
import { feesOf } from './assumptions.js';
import { checkEligibility, shortfall, type EligibilityCheck, type EligibilityRow } from './eligibility.js';
import { perMonthFactor } from './metrics.js';
import { fullMonths } from './monthly-rows.js';

export type VerdictKind = 'not-eligible' | 'recommended' | 'not-recommended';

/** A paired difference (setup − baseline) with its 95% interval. */
export interface Difference {
  mean: number;
  ci95: [number, number] | null;
  relativeChange: number | null;
}

export type Reason =
  | { kind: 'eligibility-failed'; row: EligibilityRow }
  | { kind: 'margin-gain' | 'margin-loss' | 'margin-unclear'; monthly: Difference }
  | { kind: 'fulfilment'; diff: Difference }
  | { kind: 'returns'; diff: Difference }
  | { kind: 'fee-tier'; months: number; of: number; rate: number }
  | { kind: 'advisory'; row: EligibilityRow }
  | { kind: 'no-merged-setup' };

export interface Verdict {
  kind: VerdictKind;
  /** The merged setup the verdict compares with the baseline, or null when there is none. */
  setup: string | null;
  baseline: string;
  /** Expected change in net margin per 30-day month, null without a comparison. */
  monthlyNetMargin: Difference | null;
  /** Two or three deciding reasons, most important first. */
  reasons: Reason[];
  eligibility: EligibilityCheck;
}

/** Most reasons a verdict states. */
export const MAX_REASONS = 3;

/** The comparison of one metric for one setup against the baseline, if present. */
export function findComparison(results: Results, setup: string, metric: MetricName): Comparison | undefined {
  return results.comparisons.find((c) => c.setup === setup && c.metric === metric && c.baseline === results.baseline);
}

/** A comparison as a difference scaled by `factor`, or null when its mean is missing. */
export function differenceOf(c: Comparison | undefined, factor = 1): Difference | null {
  if (!c || c.meanDiff === null || !Number.isFinite(c.meanDiff)) return null;
  return {
    mean: c.meanDiff * factor,
    ci95: c.ci95 === null ? null : [c.ci95[0] * factor, c.ci95[1] * factor],
    relativeChange: c.relativeChange,
  };
}

/** True when the 95% interval lies entirely on one side of zero. */
export function isClear(d: Difference): boolean {
  return d.ci95 !== null && (d.ci95[0] > 0 || d.ci95[1] < 0);
}

/** First merged setup in scenario order (object key order of `results.setups`). */
export function primaryMergedSetup(results: Results): string | null {
  return Object.keys(results.setups).find((name) => name !== results.baseline && results.setups[name].mode === 'merged') ?? null;
}

/**
 * Full months of a merged setup whose fee rate equals the incentive rate, and the full months
 * that paid a fee. A partial last month is not counted: "n of 13 months" would present a few
 * days as a month (and a short period's sell-through is low by construction, see
 * `docs/model.md`, Fees); its fees are in the totals.
 */
export function feeTierMonths(results: Results, setup: string): { months: number; of: number; rate: number } {
  const rate = feesOf(results, setup).incentiveRate;
  const rows = fullMonths(results, setup);
  // Months with no service fee (a study that does not model fees) say nothing about the tier
  const counted = rows.filter((m) => m.feeRate !== null && Number.isFinite(m.feeRate) && m.feeRate > 0);
  // Compare with a tolerance below any meaningful rate difference: feeRate is copied from the
  // scenario, but an average over replications can carry rounding in the last bits
  const months = counted.filter((m) => Math.abs((m.feeRate as number) - rate) < 1e-9).length;
  return { months, of: counted.length, rate };
}

/**
 * Decides the verdict from a results file.
 *
 * @example
 * const v = decideVerdict(results);
 * v.kind; // 'recommended'
 * v.monthlyNetMargin?.ci95; // [2443, 3206]
 */
export function decideVerdict(results: Results): Verdict {
  const eligibility = checkEligibility(results);
  const setup = primaryMergedSetup(results);
  const factor = results.horizonDays > 0 ? perMonthFactor(results.horizonDays) : 1;
  const monthly = setup === null ? null : differenceOf(findComparison(results, setup, 'netMargin'), factor);
  const base = { setup, baseline: results.baseline, monthlyNetMargin: monthly, eligibility };

  if (!eligibility.eligible) {
    const reasons = [...eligibility.failed]
      .sort((a, b) => shortfall(b) - shortfall(a))
      .slice(0, MAX_REASONS)
      .map((row): Reason => ({ kind: 'eligibility-failed', row }));
    return { kind: 'not-eligible', reasons, ...base };
  }
  if (setup === null || monthly === null) {
    return { kind: 'not-recommended', reasons: [{ kind: 'no-merged-setup' }], ...base };
  }

  const recommended = monthly.ci95 !== null && monthly.ci95[0] > 0;
  const marginKind = recommended ? 'margin-gain' : monthly.ci95 !== null && monthly.ci95[1] < 0 ? 'margin-loss' : 'margin-unclear';
  const reasons: Reason[] = [{ kind: marginKind, monthly }];

  const candidates: Reason[] = [];
  const warning = eligibility.warnings[0];
  if (warning) candidates.push({ kind: 'advisory', row: warning });
  const fulfilment = differenceOf(findComparison(results, setup, 'fulfilmentDaysMean'));
  if (fulfilment && isClear(fulfilment)) candidates.push({ kind: 'fulfilment', diff: fulfilment });
  const returns = differenceOf(findComparison(results, setup, 'returnRate'));
  if (returns && isClear(returns)) candidates.push({ kind: 'returns', diff: returns });
  const tier = feeTierMonths(results, setup);
  if (tier.of > 0) candidates.push({ kind: 'fee-tier', ...tier });

  reasons.push(...candidates.slice(0, MAX_REASONS - 1));
  return { kind: recommended ? 'recommended' : 'not-recommended', reasons, ...base };
}
