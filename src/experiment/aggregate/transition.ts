/**
 * Aggregates a transition setup over replications (`SetupResults.transition`): summaries of
 * the onboarding and migration figures, the cumulative net-margin difference against the
 * baseline day by day (paired: common random numbers, replication by replication) with its
 * 95% t band, and the break-even day (`statistics/break-even.ts`). Replication order only.
 */
import type { SetupReplication, TransitionReplication } from '../../model/result.js';
import { TRANSITION_METRICS, type MetricSummary, type TransitionMetric, type TransitionResults } from '../../results/types.js';
import { breakEvenDay, medianInterval, wilsonInterval } from '../statistics/break-even.js';
import { summarize } from '../statistics/summary.js';
import { finiteOrNull } from './finite.js';

/**
 * @param setup the transition setup's replications; `baseline` the baseline's, same order
 * @example aggregateTransition('2026-03-02', merged, unmerged)
 */
export function aggregateTransition(
  start: string,
  setup: readonly SetupReplication[],
  baseline: readonly SetupReplication[],
  replicationIndices: readonly number[],
): TransitionResults {
  const t = setup.map((r) => r.transition as TransitionReplication);
  const summary = {} as Record<TransitionMetric, MetricSummary>;
  for (const m of TRANSITION_METRICS) summary[m] = summarize(t.map((x) => x[m]));
  const replications = t.map((x) => {
    const row = {} as Record<TransitionMetric, number | null>;
    for (const m of TRANSITION_METRICS) row[m] = finiteOrNull(x[m]);
    return { ...row, goLiveDate: x.goLiveDate, wentLive: x.wentLive };
  });

  // the replication with the median working days (lower median; first in order among ties)
  const order = t.map((x, i) => i).sort((a, b) => t[a].workingDaysToGoLive - t[b].workingDaysToGoLive || a - b);
  const mid = order[Math.floor((order.length - 1) / 2)] ?? 0;

  const pairs = Math.min(setup.length, baseline.length);
  const days = pairs === 0 ? 0 : setup[0].series.dailyNetMargin.length;
  const cum: Float64Array[] = [];
  const perReplication: Array<number | null> = [];
  for (let k = 0; k < pairs; k++) {
    const a = setup[k].series.dailyNetMargin;
    const b = baseline[k].series.dailyNetMargin;
    const diff = a.map((v, d) => v - b[d]);
    perReplication.push(breakEvenDay(diff));
    const c = new Float64Array(days);
    let sum = 0;
    for (let d = 0; d < days; d++) c[d] = sum += diff[d];
    cum.push(c);
  }
  const mean: Array<number | null> = [];
  const ci95Low: Array<number | null> = [];
  const ci95High: Array<number | null> = [];
  for (let d = 0; d < days; d++) {
    const s = summarize(cum.map((c) => c[d]));
    mean.push(s.mean);
    ci95Low.push(s.ci95?.[0] ?? null);
    ci95High.push(s.ci95?.[1] ?? null);
  }
  const within = perReplication.filter((x) => x !== null).length;
  const m = medianInterval(perReplication);
  return {
    start,
    summary,
    replications,
    timeline: { replication: replicationIndices[mid] ?? 0, goLiveDate: t[mid]?.goLiveDate ?? start, stages: t[mid]?.stages ?? [] },
    goLiveWithinHorizon: t.length === 0 ? 0 : t.filter((x) => x.wentLive).length / t.length,
    cumulativeMarginDiff: { mean, ci95Low, ci95High },
    breakEven: {
      day: m.median,
      ci95: m.ci95,
      withinHorizon: pairs === 0 ? 0 : within / pairs,
      withinHorizonCi95: wilsonInterval(within, pairs),
      perReplication,
    },
  };
}
