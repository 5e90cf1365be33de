/**
 * Aggregates a setup's failure board over replications (`SetupResults.failures`): a summary
 * of each figure, one row per replication, and the daily counts' means. Replication order only.
 */
import type { FailureReplication, SetupReplication } from '../../model/result.js';
import { FAILURE_METRICS, type FailureDaily, type FailureMetric, type FailureResults, type MetricSummary } from '../../results/types.js';
import { summarize } from '../statistics/summary.js';
import { finiteMean, finiteOrNull } from './finite.js';

/** Mean over replications of each day of a daily series. */
function dailyMean(rows: readonly number[][]): number[] {
  const days = rows[0]?.length ?? 0;
  return Array.from({ length: days }, (_, d) => finiteMean(rows.map((r) => r[d])) + 0);
}

/** @example aggregateFailures(replicationsOfOneSetup) */
export function aggregateFailures(per: readonly SetupReplication[]): FailureResults {
  const f = per.map((r) => r.failures as FailureReplication);
  const summary = {} as Record<FailureMetric, MetricSummary>;
  for (const m of FAILURE_METRICS) summary[m] = summarize(f.map((x) => x[m]));
  const replications = f.map((x) => {
    const row = {} as Record<FailureMetric, number | null>;
    for (const m of FAILURE_METRICS) row[m] = finiteOrNull(x[m]);
    return row;
  });
  const lock = (k: keyof FailureDaily['lockFailures']) => dailyMean(f.map((x) => x.daily.lockFailures[k]));
  return {
    summary,
    replications,
    daily: {
      lockFailures: { syncLag: lock('syncLag'), tokenExpired: lock('tokenExpired'), rateLimit: lock('rateLimit'), outage: lock('outage') },
      qcRejections: dailyMean(f.map((x) => x.daily.qcRejections)),
      splitTimeouts: dailyMean(f.map((x) => x.daily.splitTimeouts)),
    },
  };
}
