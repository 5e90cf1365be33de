/**
 * How the searches compare candidates: by paired differences over the common replications
 * (`pairedComparison`: d_k = a_k − b_k, mean and 95 % t interval), and whether a candidate
 * reaches the target — its mean metric ≥ the target, or with `conservative` the lower end of
 * its 95 % interval.
 */
import { pairedComparison } from '../statistics/paired.js';
import { summarize } from '../statistics/summary.js';
import type { Evaluation } from './evaluator.js';

/** A mean with its 95 % interval (null for fewer than two replications). */
export interface Estimate {
  mean: number;
  ci95: [number, number] | null;
}

export interface Judge {
  /** Per replication, what the search minimises. */
  score(e: Evaluation): number[];
  /** Per replication, the target's metric (target mode only). */
  metric?(e: Evaluation): number[];
  /** The target (target mode only). */
  target?: number;
  conservative?: boolean;
}

/** mean(a − b) with its 95 % interval over the replications where both are finite. */
export function pairedDifference(a: readonly number[], b: readonly number[]): Estimate {
  const p = pairedComparison(a, b);
  return { mean: p.meanDiff ?? NaN, ci95: p.ci95 };
}

/** The mean of per-replication values with its 95 % interval. */
export function estimate(values: readonly number[]): Estimate {
  const s = summarize(values);
  return { mean: s.mean ?? NaN, ci95: s.ci95 };
}

/** Mean score difference a − b (negative: a is better). */
export const scoreDiff = (j: Judge, a: Evaluation, b: Evaluation): Estimate => pairedDifference(j.score(a), j.score(b));

/** Whether `e` reaches the target (always true without one). */
export function feasible(j: Judge, e: Evaluation): boolean {
  if (!j.metric || j.target === undefined) return true;
  const m = estimate(j.metric(e));
  const at = j.conservative ? (m.ci95?.[0] ?? NaN) : m.mean;
  return at >= j.target;
}

/** Mean metric of `e` (NaN without a target). */
export const meanMetric = (j: Judge, e: Evaluation): number => (j.metric ? estimate(j.metric(e)).mean : NaN);
