import { METRIC_INFO } from '../experiment/metric-info.js';
import { METRIC_NAMES, type MetricName } from '../model/result.js';
import type { Results } from '../results/types.js';

/** Digits after the point for a value of this size when no uncertainty is known: about three significant digits. */
function decimalsBySize(x: number, unit: string): number {
  const a = Math.abs(x);
  if (unit === 'USD' || unit === 'orders' || unit === 'units') return a >= 100 ? 0 : a >= 10 ? 1 : 2;
  if (a >= 1000) return 0;
  if (a >= 100) return 1;
  if (a >= 10) return 2;
  return 3;
}

/** Digits after the point that show an uncertainty of `hw` to two significant digits (0 to 4). */
function decimalsByUncertainty(hw: number): number {
  return Math.min(4, Math.max(0, 1 - Math.floor(Math.log10(hw))));
}

function num(x: number, d: number): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).replace('-', '−');
}

/** Shares print as percentages (points for spreads); everything else in its own unit. */
const scaleOf = (metric: MetricName) => (METRIC_INFO[metric].unit === 'share' ? 100 : 1);

/**
 * Digits for a value with 95% half-width `hw` (in the metric's unit): enough to show the
 * uncertainty to two significant digits — reporting a mean more precisely than its CI
 * allows says nothing — falling back to about three significant digits of `x` when the
 * spread is zero or unknown.
 */
function digits(x: number, hw: number | null, metric: MetricName): number {
  const k = scaleOf(metric);
  if (hw !== null && hw > 0) return decimalsByUncertainty(hw * k);
  return METRIC_INFO[metric].unit === 'share' ? 1 : decimalsBySize(x, METRIC_INFO[metric].unit);
}

/** A metric value in its unit, shares as percentages. */
export function formatValue(x: number | null, metric: MetricName, hw: number | null = null): string {
  if (x === null) return '–';
  const s = num(x * scaleOf(metric), digits(x, hw, metric));
  return METRIC_INFO[metric].unit === 'share' ? `${s}%` : s;
}

/** A spread or difference in the metric's unit (shares in percentage points, with `pp` when `unit`). */
function formatSpread(x: number, metric: MetricName, hw: number | null, unit = false): string {
  const s = num(x * scaleOf(metric), digits(x, hw, metric));
  return unit && METRIC_INFO[metric].unit === 'share' ? `${s} pp` : s;
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
  const header = ['metric', 'unit', ...names, ...others.flatMap((n) => [`Δ ${n} [95% CI]`, 'Δ%'])];
  const rows: string[][] = [header];
  for (const m of metrics) {
    const unit = METRIC_INFO[m].unit;
    const row = [m, UNIT_LABEL[unit] ?? unit];
    for (const n of names) {
      const s = r.setups[n].summary[m];
      const hw = s.ci95 === null ? null : (s.ci95[1] - s.ci95[0]) / 2;
      if (s.mean === null) row.push('–');
      else if (hw === null) row.push(formatValue(s.mean, m));
      else row.push(`${formatValue(s.mean, m, hw)} ± ${formatSpread(hw, m, hw, true)}`);
    }
    for (const n of others) {
      const c = r.comparisons.find((x) => x.setup === n && x.metric === m);
      if (!c || c.meanDiff === null) {
        row.push('–', '–');
        continue;
      }
      const hw = c.ci95 === null ? null : (c.ci95[1] - c.ci95[0]) / 2;
      const diff = signed(formatSpread(c.meanDiff, m, hw));
      if (c.ci95 === null) row.push(diff);
      else {
        const star = c.ci95[0] > 0 || c.ci95[1] < 0 ? '*' : ' ';
        row.push(`${diff} [${formatSpread(c.ci95[0], m, hw)}, ${formatSpread(c.ci95[1], m, hw)}]${star}`);
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
      ? `mean ± 95% CI half-width over replications; Δ = setup − ${r.baseline}, paired by replication (same orders), ` +
        `shares in percentage points; * the CI of Δ excludes 0`
      : 'one replication: no confidence intervals';
  return `${title}\n\n${layout(rows)}\n\n${legend}\n`;
}
