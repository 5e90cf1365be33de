/**
 * Which setups the Pool ID failures section is about, and how the anomaly board bins its
 * days. A setup has a failure board (`failures` in results.json) when the scenario has a
 * `sync:` or `inboundQc:` block; lock failures need a merged setup whose stock the seller's
 * WMS governs, so unmerged setups have none.
 */
import type { FailureDaily, FailureResults, Results } from '../results/types.js';

/**
 * Share of Pool ID failures the programme's monitoring board attributes to the seller's WMS
 * not pushing in time (DOMAIN §6). A default reference quoted from the programme, not measured
 * for this seller; the report sets the run's `latePushShare` against it.
 */
export const PROGRAMME_LATE_PUSH_SHARE = 0.927;

/** Causes of an inventory-lock failure, in the board's order (`FailureDaily.lockFailures`). */
export const LOCK_CAUSES = ['syncLag', 'tokenExpired', 'rateLimit', 'outage'] as const satisfies ReadonlyArray<keyof FailureDaily['lockFailures']>;
export type LockCause = (typeof LOCK_CAUSES)[number];

/** Failure types of the board, in the programme's order. */
export const FAILURE_TYPES = ['lockFailure', 'qcRejection', 'splitTimeout'] as const;
export type FailureType = (typeof FAILURE_TYPES)[number];

/** Most setups the anomaly board draws (one block of panels each); the table shows them all. */
export const MAX_BOARD_SETUPS = 3;

/** Setups of `order` whose results carry a failure board, in that order. O(setups). */
export function failureSetups(results: Results, order: readonly string[]): string[] {
  return order.filter((s) => results.setups[s]?.failures !== undefined);
}

const mean = (f: FailureResults, k: 'lockFailures' | 'failures') => f.summary[k]?.mean ?? 0;

/**
 * The setups the anomaly board draws: the merged setups with lock failures (mean above zero),
 * or, when none has any, the first merged setup with a failure; `preferred` (the verdict's
 * setup) first when it is one of them; at most `MAX_BOARD_SETUPS`. Empty when no merged setup
 * has a failure. O(setups).
 *
 * @example
 * boardSetups(results, ['unmerged', 'merged-lagging', 'merged-in-sync'], null); // ['merged-lagging']
 */
export function boardSetups(results: Results, order: readonly string[], preferred: string | null): string[] {
  const merged = failureSetups(results, order).filter((s) => results.setups[s].mode === 'merged');
  const board = (s: string) => results.setups[s].failures as FailureResults;
  const withLock = merged.filter((s) => mean(board(s), 'lockFailures') > 0);
  const chosen = withLock.length > 0 ? withLock : merged.filter((s) => mean(board(s), 'failures') > 0).slice(0, 1);
  const first = preferred !== null && chosen.includes(preferred) ? [preferred] : [];
  return [...first, ...chosen.filter((s) => s !== preferred)].slice(0, MAX_BOARD_SETUPS);
}

/** Failures of one type on each measured day (lock failures: all causes together), mean over replications. */
export function dailyOfType(daily: FailureDaily, type: FailureType): number[] {
  if (type === 'qcRejection') return daily.qcRejections;
  if (type === 'splitTimeout') return daily.splitTimeouts;
  const l = daily.lockFailures;
  return l.syncLag.map((x, d) => x + (l.tokenExpired[d] ?? 0) + (l.rateLimit[d] ?? 0) + (l.outage[d] ?? 0));
}

/** Days per bar of the anomaly board. */
export type BinDays = 1 | 7;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? 0 : n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/**
 * Days per bar: 7 (weeks) when the daily counts are too sparse to read — on the median day,
 * some failure type that occurs at all (a panel of the board) has less than one failure —
 * else 1. One length for every panel, so their bars line up. O(types · days log days).
 *
 * @example
 * boardBinDays([board.daily]); // 7: lock failures on a few days only
 */
export function boardBinDays(dailies: readonly FailureDaily[]): BinDays {
  const sparse = dailies.some((daily) =>
    FAILURE_TYPES.some((type) => {
      const xs = dailyOfType(daily, type);
      return xs.some((x) => x > 0) && median(xs) < 1;
    }),
  );
  return sparse ? 7 : 1;
}

/** One bar of a series: measured days `from` (inclusive) to `to` (exclusive) and the count in them. */
export interface Bin {
  from: number;
  to: number;
  count: number;
}

/**
 * A daily series summed into bars of `days` days from measured day 0; the last bar may be
 * shorter (a 365-day horizon in weeks: 52 weeks and one day). O(days).
 *
 * @example
 * binSeries([1, 0, 2, 0, 0, 0, 0, 3], 7); // [{ from: 0, to: 7, count: 3 }, { from: 7, to: 8, count: 3 }]
 */
export function binSeries(daily: readonly number[], days: BinDays): Bin[] {
  const bins: Bin[] = [];
  for (let from = 0; from < daily.length; from += days) {
    const to = Math.min(daily.length, from + days);
    let count = 0;
    for (let d = from; d < to; d++) count += daily[d] ?? 0;
    bins.push({ from, to, count });
  }
  return bins;
}
