import type { MonthlyRow } from '../../model/result.js';
import type { MonthlySummaryRow } from '../../results/types.js';
import { summarize } from '../statistics/summary.js';
import { finiteMean, finiteOrNull } from './finite.js';

const MONTHLY_FIELDS = [
  'gmv',
  'unitsSold',
  'unitSellThrough',
  'skusInStock',
  'skusSold',
  'skuSellThrough',
  'tierSellThrough',
  'ordersDelivered',
  'ordersReturned',
  'returnRate',
  'feeRate',
  'tierEarned',
  'tierSellThroughMet',
  'tierReturnRateMet',
  'serviceFee',
  'splitFee',
  'commissionFee',
  'operatingCost',
  'netMargin',
] as const satisfies ReadonlyArray<Exclude<keyof MonthlyRow, 'month' | 'days'>>;

/**
 * Averages monthly rows over replications, month by month (a month missing from a
 * replication is averaged over the replications that have it), with the 95% t interval of
 * the net margin. `days` (the month's length) is copied, not averaged: every replication
 * measures the same horizon, so a month has the same length in all of them. The mean of
 * `tierEarned` (1 or 0 per replication) is the share of replications that earned the
 * incentive tier that month.
 * `perReplication[k]` holds replication k's rows. O(replications × months).
 *
 * @example
 * aggregateMonthly([[{ month: 1, days: 30, gmv: 10, ... }], [{ month: 1, days: 30, gmv: 14, ... }]]); // [{ month: 1, days: 30, gmv: 12, ... }]
 */
export function aggregateMonthly(perReplication: readonly (readonly MonthlyRow[])[]): MonthlySummaryRow[] {
  const months = new Set<number>();
  for (const rows of perReplication) for (const r of rows) months.add(r.month);
  return [...months]
    .sort((a, b) => a - b)
    .map((month) => {
      const rows = perReplication.flatMap((rs) => rs.filter((r) => r.month === month));
      const out = { month, days: rows[0].days } as MonthlySummaryRow;
      for (const f of MONTHLY_FIELDS) (out as unknown as Record<string, number | null>)[f] = finiteOrNull(finiteMean(rows.map((r) => r[f])));
      out.netMarginCi95 = summarize(rows.map((r) => r.netMargin)).ci95;
      return out;
    });
}
