import { METRIC_NAMES, type MetricName, type SetupReplication } from '../../model/result.js';
import type { MetricSummary, SetupResults } from '../../results/types.js';
import { summarize } from '../statistics/summary.js';
import { aggregateByMarket } from './by-market.js';
import { finiteOrNull } from './finite.js';
import { aggregateMonthly } from './monthly.js';
import { aggregateSeries } from './series.js';

/**
 * Aggregates one setup over replications. `perReplication` must already be in replication
 * order: every sum runs in that order, so the output does not depend on which worker finished
 * first. O(replications × (metrics + months + markets + days)).
 */
export function aggregateSetup(
  perReplication: readonly SetupReplication[],
  mode: SetupResults['mode'],
  router: string | undefined,
): SetupResults {
  const summary = {} as Record<MetricName, MetricSummary>;
  for (const m of METRIC_NAMES) summary[m] = summarize(perReplication.map((r) => r.metrics[m]));
  const replications = perReplication.map((r) => {
    const row = {} as Record<MetricName, number | null>;
    for (const m of METRIC_NAMES) row[m] = finiteOrNull(r.metrics[m]);
    return row;
  });
  const monthly = aggregateMonthly(perReplication.map((r) => r.monthly));
  const byMarket = aggregateByMarket(perReplication.map((r) => r.byMarket));
  const series = aggregateSeries(perReplication.map((r) => r.series));
  // Key order is part of the byte-identical contract, so both shapes are spelled out.
  const out: SetupResults =
    router === undefined
      ? { mode, summary, replications, monthly, byMarket, series }
      : { mode, router, summary, replications, monthly, byMarket, series };
  const blocked = perReplication.map((r) => r.blockedSalesBySku).filter((x) => x !== undefined);
  if (blocked.length > 0) out.blockedSkus = topBlockedSkus(blocked);
  return out;
}

/** The 10 SKUs with the largest mean refused sales (ties: the more popular first). O(reps × SKUs). */
function topBlockedSkus(perReplication: readonly number[][]): Array<{ rank: number; sales: number }> {
  const U = perReplication[0].length;
  const rows: Array<{ rank: number; sales: number }> = [];
  for (let k = 0; k < U; k++) {
    let sum = 0;
    for (const r of perReplication) sum += r[k];
    if (sum > 0) rows.push({ rank: k + 1, sales: sum / perReplication.length });
  }
  return rows.sort((a, b) => b.sales - a.sales || a.rank - b.rank).slice(0, 10);
}
