import { summarize, type SampleSummary } from './summary.js';

/** Paired comparison of one metric: a setup against the baseline, replication by replication. */
export interface PairedComparison {
  /** Mean of the per-replication differences setup − baseline; null when no pair exists. */
  meanDiff: number | null;
  /** 95% Student-t interval of the mean difference; null for fewer than two pairs. */
  ci95: [number, number] | null;
  /** meanDiff ÷ baseline mean over the same replications; null when that mean is 0 or absent. */
  relativeChange: number | null;
  /** Number of pairs (replications where both values are finite). */
  n: number;
}

/**
 * Paired-difference comparison (common random numbers): d_k = setup_k − baseline_k for
 * every replication k where both values are finite, then the t interval of mean(d).
 * Both arrays are indexed by the same replications. O(n).
 *
 * Pairing removes the replication-to-replication noise both setups share (the same orders),
 * so the interval is narrower than the unpaired one whenever the two are positively
 * correlated (Law & Kelton, §10.2.1; checked by `test/experiment/statistics/paired.test.ts`).
 *
 * @throws {RangeError} when the arrays differ in length (a bug in the caller)
 * @example
 * pairedComparison([5, 6, 7], [7, 8, 10]); // meanDiff −2.333, relativeChange −0.28
 */
export function pairedComparison(setup: readonly number[], baseline: readonly number[]): PairedComparison {
  if (setup.length !== baseline.length) {
    throw new RangeError(`paired samples differ in length (${setup.length} vs ${baseline.length})`);
  }
  const diffs: number[] = [];
  const base: number[] = [];
  for (let k = 0; k < setup.length; k++) {
    const a = setup[k];
    const b = baseline[k];
    if (Number.isFinite(a) && Number.isFinite(b)) {
      diffs.push(a - b);
      base.push(b);
    }
  }
  const d: SampleSummary = summarize(diffs);
  const baseMean = summarize(base).mean;
  const relativeChange = d.mean === null || baseMean === null || baseMean === 0 ? null : d.mean / baseMean;
  return { meanDiff: d.mean, ci95: d.ci95, relativeChange, n: d.n };
}
