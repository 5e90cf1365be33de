/**
 * Sweep results: several results files of one scenario, each with a `sweepPoint` (the values of
 * the varied parameters there). For each merged setup this finds the monthly net-margin change
 * against the baseline at every point and the break-even value of the varied parameter.
 */
import type { Results } from '../results/types.js';
import { perMonthFactor } from './metrics.js';
import { differenceOf, findComparison } from './verdict.js';

/** A sweep as the report reads it: the varied parameter paths and one results object per point. */
export interface SweepInput {
  varied: string[];
  points: Results[];
}

export interface SweepSeriesPoint {
  x: number;
  mean: number;
  lo: number | null;
  hi: number | null;
}

export interface SweepSeries {
  setup: string;
  /** Setup name, plus the values of the other varied parameters when more than one varies. */
  label: string;
  points: SweepSeriesPoint[];
  /** Value of the parameter where the mean change crosses zero, or null when it does not. */
  breakEven: number | null;
}

/**
 * The first zero crossing of a piecewise-linear curve through the points (sorted by x):
 * a point exactly at zero, or the linear interpolation between two neighbours of opposite sign.
 * O(points).
 *
 * @example
 * breakEven([{ x: 1, mean: -10 }, { x: 2, mean: 30 }]); // 1.25
 */
export function breakEven(points: ReadonlyArray<{ x: number; mean: number }>): number | null {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    if (p.mean === 0) return p.x;
    const q = sorted[i + 1];
    if (q && Math.sign(p.mean) !== Math.sign(q.mean) && q.mean !== 0) {
      return p.x + ((q.x - p.x) * (0 - p.mean)) / (q.mean - p.mean);
    }
  }
  return null;
}

/**
 * One series per merged setup (and per combination of the other varied parameters): the
 * monthly net-margin change against the baseline at each value of `parameter`.
 * Points whose parameter value is not a number are skipped. O(points × setups).
 */
export function sweepSeries(input: SweepInput, parameter: string): SweepSeries[] {
  const others = input.varied.filter((p) => p !== parameter);
  const byKey = new Map<string, SweepSeries>();
  for (const r of input.points) {
    const x = r.sweepPoint?.[parameter];
    if (typeof x !== 'number' || !Number.isFinite(x)) continue;
    const suffix = others.map((p) => `${p}=${String(r.sweepPoint?.[p])}`).join(', ');
    for (const [setup, s] of Object.entries(r.setups)) {
      if (setup === r.baseline || s.mode !== 'merged') continue;
      const d = differenceOf(findComparison(r, setup, 'netMargin'), perMonthFactor(r.horizonDays));
      if (!d) continue;
      const label = suffix === '' ? setup : `${setup} (${suffix})`;
      const series = byKey.get(label) ?? { setup, label, points: [], breakEven: null };
      series.points.push({ x, mean: d.mean, lo: d.ci95?.[0] ?? null, hi: d.ci95?.[1] ?? null });
      byKey.set(label, series);
    }
  }
  return [...byKey.values()].map((s) => {
    const points = [...s.points].sort((a, b) => a.x - b.x);
    return { ...s, points, breakEven: breakEven(points) };
  });
}
