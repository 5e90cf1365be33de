/**
 * Whether a month of a merged setup earned the incentive fee tier (DOMAIN §5), and if not,
 * why: the tested sell-through (`tierSellThrough`, the definition `fees.sellThroughDefinition`
 * names) below its minimum, the return rate above its maximum, or both. The monthly rows are
 * means over replications, so a month can earn the tier in some replications only: the shares
 * `tierEarned`, `tierSellThroughMet` and `tierReturnRateMet` (each 1 or 0 per replication) say
 * in how many replications the month earned it and met each condition, so the reason given is
 * exact, not read off the means. Used by the monthly-fees chart and its table
 * (`charts/monthly-fees.ts`, `sections/fee-tier-table.ts`).
 */
import type { MonthlySummaryRow } from '../results/types.js';

type TierRow = Pick<MonthlySummaryRow, 'tierEarned' | 'tierSellThroughMet' | 'tierReturnRateMet' | 'feeRate' | 'returnRate'>;

/** In how many of `of` replications a condition was missed (0 … of). */
export interface Missed {
  replications: number;
  of: number;
}

export type TierStatus =
  /** Every replication earned the tier. */
  | { kind: 'met' }
  /**
   * `replications` of `of` earned it (0 ≤ replications < of); the others missed the sell-through
   * condition in `sellThrough.replications` and the return-rate one in `returns.replications`
   * replications (a replication can miss both).
   */
  | { kind: 'missed'; replications: number; of: number; sellThrough: Missed; returns: Missed }
  /** No delivery in any replication: the return rate, hence the tier, is undefined. */
  | { kind: 'no-deliveries' }
  /** No service fee this month (a transition not live yet): the tier does not apply. */
  | { kind: 'unmerged' };

/** How many of n replications a share (a mean of 0s and 1s) stands for. */
const count = (share: number | null, n: number): number => Math.round((share ?? 0) * n);

/** How a condition fared over the replications: met in all, in some, in none. */
export type ConditionOutcome = 'met' | 'some' | 'missed';

/**
 * One condition's outcome from its share of replications (`tierSellThroughMet`, `tierReturnRateMet`). O(1).
 * @example conditionOutcome(0.5, 4); // 'some'
 */
export function conditionOutcome(share: number | null, replications: number): ConditionOutcome {
  const k = count(share, replications);
  return k >= replications ? 'met' : k <= 0 ? 'missed' : 'some';
}

/**
 * The tier status of one monthly row over `replications` replications. O(1).
 *
 * @example
 * tierStatus({ tierEarned: 1, tierSellThroughMet: 1, tierReturnRateMet: 1, feeRate: 0.042, returnRate: 0.18 }, 10); // { kind: 'met' }
 */
export function tierStatus(row: TierRow, replications: number): TierStatus {
  if (row.feeRate === null || row.feeRate === 0) return { kind: 'unmerged' };
  const n = Math.max(1, replications);
  const earned = count(row.tierEarned, n);
  if (earned >= n) return { kind: 'met' };
  if (row.returnRate === null) return { kind: 'no-deliveries' };
  return {
    kind: 'missed',
    replications: earned,
    of: n,
    sellThrough: { replications: n - count(row.tierSellThroughMet, n), of: n },
    returns: { replications: n - count(row.tierReturnRateMet, n), of: n },
  };
}
