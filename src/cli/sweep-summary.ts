import type { SweepTable } from '../experiment/sweep/table.js';
import type { MetricName } from '../model/result.js';
import { formatValue } from './comparison-table.js';

/** Metrics the sweep summary shows: the decision metric and the service it buys. */
const SUMMARY_METRICS: MetricName[] = ['netMargin', 'fulfilmentDaysMean', 'onTimeRate', 'fillRate'];

function diff(x: number | null, ci: [number, number] | null, m: MetricName): string {
  if (x === null) return '–';
  const hw = ci === null ? null : (ci[1] - ci[0]) / 2;
  const sign = x >= 0 ? '+' : '';
  const star = ci !== null && (ci[0] > 0 || ci[1] < 0) ? '*' : ' ';
  return `${sign}${formatValue(x, m, hw)}${hw === null ? '' : ` ± ${formatValue(hw, m, hw)}`}${star}`;
}

/**
 * The table `poolsim sweep` prints: one row per point and non-baseline setup, the varied
 * values, then the paired difference against the baseline (± 95% CI half-width) of a few key
 * metrics; `*` marks a CI that excludes 0. The full table is in sweep.csv / sweep.json.
 */
export function sweepSummary(t: SweepTable): string {
  const paths = t.vary.map((a) => a.path);
  const header = ['point', ...paths, 'setup', ...SUMMARY_METRICS.map((m) => `Δ ${m}`)];
  const rows: string[][] = [header];
  for (const p of t.points) {
    for (const setup of Object.keys(p.setups)) {
      if (setup === t.baseline) continue;
      const cells = SUMMARY_METRICS.map((m) => {
        const c = p.comparisons.find((x) => x.setup === setup && x.metric === m);
        return c ? diff(c.meanDiff, c.ci95, m) : '–';
      });
      rows.push([String(p.index), ...paths.map((path) => JSON.stringify(p.values[path])), setup, ...cells]);
    }
  }
  const widths = header.map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const lead = paths.length + 2;
  const text = rows.map((r) => r.map((cell, c) => (c < lead ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd());
  return `${text.join('\n')}\n\nΔ = setup − ${t.baseline}, paired by replication, ± 95% CI half-width; * CI excludes 0\n`;
}
