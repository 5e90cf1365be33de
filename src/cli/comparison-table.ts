import { METRIC_INFO } from '../experiment/metric-info.js';
import { METRIC_NAMES, type MetricName } from '../model/result.js';
import type { Results } from '../results/types.js';

/** Digits after the point for a value of this size: about three significant digits, money as whole dollars. */
function decimals(x: number, unit: string): number {
  const a = Math.abs(x);
  if (unit === 'USD' || unit === 'orders' || unit === 'units') return a >= 100 ? 0 : a >= 10 ? 1 : 2;
  if (a >= 1000) return 0;
  if (a >= 100) return 1;
  if (a >= 10) return 2;
  return 3;
}

function num(x: number, d: number): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).replace('-', '−');
}

/** A metric value in its unit: shares as percentages, others with about three significant digits. */
export function formatValue(x: number | null, metric: MetricName): string {
  if (x === null) return '–';
  const unit = METRIC_INFO[metric].unit;
  if (unit === 'share') return `${num(100 * x, 1)}%`;
  return num(x, decimals(x, unit));
}

/** A spread or difference in the metric's unit: shares in percentage points. */
function formatSpread(x: number, metric: MetricName, reference: number): string {
  const unit = METRIC_INFO[metric].unit;
  if (unit === 'share') return `${num(100 * x, 1)} pp`;
  return num(x, decimals(Math.max(Math.abs(reference), Math.abs(x)), unit));
}

function signed(s: string): string {
  return s.startsWith('−') ? s : `+${s}`;
}

const UNIT_LABEL: Record<string, string> = {
  share: '%',
  'parcels per order': 'parcels',
  'turns per year': 'turns/yr',
};

/** Pads cells to column widths; first two columns left-aligned, the rest right-aligned. */
function layout(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The comparison table printed at the end of `poolsim run`: per metric, each setup's mean ±
 * 95% CI half-width, then for each setup other than the baseline the paired difference with
 * its 95% CI and the relative change; `*` marks a difference whose CI excludes 0.
 */
export function comparisonTable(r: Results, metrics: readonly MetricName[] = METRIC_NAMES): string {
  const names = Object.keys(r.setups);
  const others = names.filter((n) => n !== r.baseline);
  const header = ['metric', 'unit', ...names, ...others.flatMap((n) => [`${n} − ${r.baseline} (95% CI)`, 'change'])];
  const rows: string[][] = [header];
  for (const m of metrics) {
    const unit = METRIC_INFO[m].unit;
    const row = [m, UNIT_LABEL[unit] ?? unit];
    for (const n of names) {
      const s = r.setups[n].summary[m];
      if (s.mean === null) row.push('–');
      else if (s.ci95 === null) row.push(formatValue(s.mean, m));
      else row.push(`${formatValue(s.mean, m)} ± ${formatSpread((s.ci95[1] - s.ci95[0]) / 2, m, s.mean)}`);
    }
    for (const n of others) {
      const c = r.comparisons.find((x) => x.setup === n && x.metric === m);
      if (!c || c.meanDiff === null) {
        row.push('–', '–');
        continue;
      }
      const ref = Math.abs(c.meanDiff);
      const diff = signed(formatSpread(c.meanDiff, m, ref));
      if (c.ci95 === null) row.push(diff);
      else {
        const star = c.ci95[0] > 0 || c.ci95[1] < 0 ? '*' : ' ';
        row.push(`${diff} [${formatSpread(c.ci95[0], m, ref)}, ${formatSpread(c.ci95[1], m, ref)}]${star}`);
      }
      row.push(c.relativeChange === null ? '–' : `${signed(num(100 * c.relativeChange, 1))}%`);
    }
    rows.push(row);
  }
  const partial = r.run.partial ? ' · PARTIAL' : '';
  const title =
    `${r.scenario.name} · ${r.replications} replication${r.replications === 1 ? '' : 's'} · seed ${String(r.seed)} · ` +
    `${r.horizonDays} days measured after ${r.warmupDays} days warm-up${partial}`;
  const legend =
    r.replications > 1
      ? 'mean ± 95% CI half-width over replications; differences are paired by replication (same orders); * CI excludes 0'
      : 'one replication: no confidence intervals';
  return `${title}\n\n${layout(rows)}\n\n${legend}\n`;
}
