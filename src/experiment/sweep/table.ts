import { FAILURE_METRICS, METRIC_NAMES } from '../../model/result.js';
import type { Comparison, MetricSummary, Results } from '../../results/types.js';
import { toCsv } from '../output/csv.js';
import { canonicalAxis, pointIndex } from './vary.js';

/** Folder of sweep point i inside a sweep folder: `point-000`, `point-001`, … */
export function pointDir(index: number): string {
  return `point-${String(index).padStart(3, '0')}`;
}

/** One point of a sweep as the table shows it. */
export interface SweepTablePoint {
  index: number;
  dir: string;
  values: Record<string, unknown>;
  replications: number;
  /** setup → metric → mean, 95% CI, n; with a failure board also `failures.<figure>` (docs/results.md). */
  setups: Record<string, Record<string, Pick<MetricSummary, 'mean' | 'ci95' | 'n'>>>;
  comparisons: Comparison[];
}

/** The sweep as a table: the grid and every point's means, intervals and paired differences (sweep.csv, the summary). */
export interface SweepTable {
  schemaVersion: 1;
  scenario: Results['scenario'];
  seed: Results['seed'];
  baseline: string;
  /** The axes, each with its values in canonical order (see `compareValues`). */
  vary: Array<{ path: string; values: unknown[] }>;
  points: SweepTablePoint[];
}

/**
 * The axes of a set of sweep points: paths in the order of the first point's `sweepPoint`,
 * each with the values seen, in canonical order.
 */
export function axesOf(points: readonly Results[]): Array<{ path: string; values: unknown[] }> {
  const axes: Array<{ path: string; values: unknown[] }> = [];
  for (const r of points) {
    for (const [path, v] of Object.entries(r.sweepPoint ?? {})) {
      let axis = axes.find((a) => a.path === path);
      if (!axis) axes.push((axis = { path, values: [] }));
      axis.values.push(v);
    }
  }
  return axes.map(canonicalAxis);
}

/**
 * Builds the sweep table from the points' results (any order; sorted by grid position).
 * Depends only on results.json contents outside `run`, so a merged sweep yields the same
 * table as an unsharded one.
 */
export function sweepTable(points: readonly Results[]): SweepTable {
  const vary = axesOf(points);
  const indexed = points
    .map((r) => ({ r, index: pointIndex(r.sweepPoint ?? {}, vary) }))
    .sort((a, b) => a.index - b.index);
  const first = indexed[0]?.r;
  return {
    schemaVersion: 1,
    scenario: first?.scenario ?? { name: '', sha256: '', file: '' },
    seed: first?.seed ?? 0,
    baseline: first?.baseline ?? '',
    vary,
    points: indexed.map(({ r, index }) => {
      const setups: SweepTablePoint['setups'] = {};
      for (const [name, s] of Object.entries(r.setups)) {
        setups[name] = Object.fromEntries(
          METRIC_NAMES.map((m) => [m, { mean: s.summary[m].mean, ci95: s.summary[m].ci95, n: s.summary[m].n }]),
        );
        const f = s.failures?.summary;
        if (f) for (const m of FAILURE_METRICS) setups[name][`failures.${m}`] = { mean: f[m].mean, ci95: f[m].ci95, n: f[m].n };
      }
      const values = r.sweepPoint ?? {};
      return { index, dir: pointDir(index), values, replications: r.replications, setups, comparisons: r.comparisons };
    }),
  };
}

/**
 * sweep.csv: one row per point × setup × metric, with the varied values as leading columns
 * and, for non-baseline setups, the paired difference against the baseline — filter on a
 * metric and plot `diffMean` against a varied column to find the break-even point.
 */
export function sweepCsv(t: SweepTable): string {
  const paths = t.vary.map((a) => a.path);
  const rows: unknown[][] = [];
  for (const p of t.points) {
    for (const [setup, metrics] of Object.entries(p.setups)) {
      for (const [m, x] of Object.entries(metrics)) {
        const c = p.comparisons.find((k) => k.setup === setup && k.metric === m);
        rows.push([
          p.index,
          ...paths.map((path) => p.values[path]),
          setup,
          m,
          x.mean,
          x.ci95?.[0],
          x.ci95?.[1],
          x.n,
          c?.meanDiff,
          c?.ci95?.[0],
          c?.ci95?.[1],
          c?.relativeChange,
        ]);
      }
    }
  }
  return toCsv(
    ['point', ...paths, 'setup', 'metric', 'mean', 'ci95Low', 'ci95High', 'n', 'diffMean', 'diffCi95Low', 'diffCi95High', 'relativeChange'],
    rows,
  );
}
