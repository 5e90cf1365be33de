import type { SetupSeries } from '../../model/result.js';
import type { SetupResults } from '../../results/types.js';
import { histogramQuantile, sumHistograms, type Histogram } from '../statistics/histogram.js';
import { finiteOrNull } from './finite.js';

/** Element-wise mean of daily arrays (day d averaged over the replications with a finite value). */
function meanByDay(arrays: readonly (readonly number[])[]): (number | null)[] {
  let days = 0;
  for (const a of arrays) days = Math.max(days, a.length);
  const out: (number | null)[] = [];
  for (let d = 0; d < days; d++) {
    let sum = 0;
    let n = 0;
    for (const a of arrays) {
      const v = a[d];
      if (v !== undefined && Number.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    out.push(n === 0 ? null : sum / n);
  }
  return out;
}

function isHistogram(x: unknown): x is Histogram {
  return typeof x === 'object' && x !== null && 'binWidthDays' in x && 'counts' in x;
}

/**
 * Aggregates the per-replication series of one setup: every array-valued series (daily
 * values) is averaged day by day, every histogram is summed bin by bin, and p50/p90/p95 of
 * fulfilment time are read from the pooled fulfilment histogram (all orders of all
 * replications, as opposed to the per-replication quantiles averaged in `summary`).
 * Works field by field, so series the model adds later are carried through unchanged in kind.
 * O(replications × days + bins).
 */
export function aggregateSeries(perReplication: readonly SetupSeries[]): SetupResults['series'] {
  const out: Record<string, unknown> = {};
  const keys = perReplication.length > 0 ? (Object.keys(perReplication[0]) as (keyof SetupSeries)[]) : [];
  for (const key of keys) {
    const first = perReplication[0][key];
    if (Array.isArray(first)) out[key] = meanByDay(perReplication.map((s) => s[key] as number[]));
    else if (isHistogram(first)) out[key] = sumHistograms(perReplication.map((s) => s[key] as Histogram));
  }
  const pooled = (out.fulfilmentHistogram as Histogram | undefined) ?? { binWidthDays: 0, counts: [] };
  const q = (p: number) => finiteOrNull(histogramQuantile(pooled, p) ?? NaN);
  out.pooledFulfilmentQuantiles = { p50: q(0.5), p90: q(0.9), p95: q(0.95) };
  return out as SetupResults['series'];
}
