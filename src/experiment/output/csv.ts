import { METRIC_NAMES } from '../../model/result.js';
import type { Results } from '../../results/types.js';

/** One CSV field: numbers in full precision, null/undefined empty, text quoted when needed (RFC 4180). */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with a header row and `\n` line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/**
 * `replications.csv`: one row per replication × setup, columns `replication,setup` then every
 * metric (units in docs/results.md). Replications ascending, setups in scenario order.
 */
export function replicationsCsv(r: Results): string {
  const rows: unknown[][] = [];
  r.replicationIndices.forEach((rep, i) => {
    for (const [name, s] of Object.entries(r.setups)) rows.push([rep, name, ...METRIC_NAMES.map((m) => s.replications[i][m])]);
  });
  return toCsv(['replication', 'setup', ...METRIC_NAMES], rows);
}

/**
 * `summary.csv`: one row per setup × metric: mean, sd, 95% CI, n, and, for setups other than
 * the baseline, the paired difference against it (mean, 95% CI, relative change).
 */
export function summaryCsv(r: Results): string {
  const rows: unknown[][] = [];
  for (const [name, s] of Object.entries(r.setups)) {
    for (const m of METRIC_NAMES) {
      const x = s.summary[m];
      const c = r.comparisons.find((k) => k.setup === name && k.metric === m);
      rows.push([
        name,
        m,
        x.mean,
        x.sd,
        x.ci95?.[0],
        x.ci95?.[1],
        x.n,
        c ? r.baseline : '',
        c?.meanDiff,
        c?.ci95?.[0],
        c?.ci95?.[1],
        c?.relativeChange,
      ]);
    }
  }
  return toCsv(
    ['setup', 'metric', 'mean', 'sd', 'ci95Low', 'ci95High', 'n', 'baseline', 'diffMean', 'diffCi95Low', 'diffCi95High', 'relativeChange'],
    rows,
  );
}
