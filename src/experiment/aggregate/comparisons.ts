import { METRIC_NAMES } from '../../model/result.js';
import type { Comparison, SetupResults } from '../../results/types.js';
import { pairedComparison } from '../statistics/paired.js';

/**
 * Paired comparisons of every non-baseline setup against the baseline, setup by setup in
 * scenario order, metric by metric in `METRIC_NAMES` order. Uses the per-replication rows,
 * which share replication order (same order stream per replication: common random numbers).
 * Empty when the baseline is not among the setups. O(setups × metrics × replications).
 */
export function compareSetups(setups: Record<string, SetupResults>, baseline: string): Comparison[] {
  const base = setups[baseline];
  if (!base) return [];
  const out: Comparison[] = [];
  for (const [name, setup] of Object.entries(setups)) {
    if (name === baseline) continue;
    for (const metric of METRIC_NAMES) {
      const col = (rows: SetupResults['replications']) => rows.map((r) => r[metric] ?? NaN);
      const p = pairedComparison(col(setup.replications), col(base.replications));
      out.push({ metric, setup: name, baseline, meanDiff: p.meanDiff, ci95: p.ci95, relativeChange: p.relativeChange });
    }
  }
  return out;
}
