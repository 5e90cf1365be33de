/**
 * The first-response checklist of the Pool ID failures section: what a seller checks first
 * when the board shows failures, ordered by what the run shows. Each check explains one kind
 * of failure: the token the lock failures with an expired token, the call rate those refused
 * at the API limit, the push interval and lag those from late pushes, WMS outages those while
 * the WMS was down, inbound QC the rejected supplier batches, the split deadline the split
 * timeouts. Checks that explain failures come first, the most failures first; ties (and the
 * checks that explain none) keep the canonical order `FIRST_RESPONSE_CHECKS`.
 */
import type { FailureMetric, FailureResults } from '../results/types.js';

/** The checks in canonical order: the tie order of the checklist. */
export const FIRST_RESPONSE_CHECKS = ['token', 'callRate', 'pushLag', 'outage', 'inboundQc', 'splitDeadline'] as const;
export type FirstResponseCheck = (typeof FIRST_RESPONSE_CHECKS)[number];

/** The failure count each check explains (a figure of the board's summary). */
export const CHECK_EXPLAINS: Record<FirstResponseCheck, FailureMetric> = {
  token: 'lockFailuresTokenExpired',
  callRate: 'lockFailuresRateLimit',
  pushLag: 'lockFailuresSyncLag',
  outage: 'lockFailuresOutage',
  inboundQc: 'qcRejections',
  splitDeadline: 'splitTimeouts',
};

export interface RankedCheck {
  check: FirstResponseCheck;
  /** Failures it explains: mean over replications (0 when not computable). */
  explained: number;
}

/**
 * The checks in checklist order: by the failures they explain, most first; ties in canonical
 * order (a stable sort of the canonical list). `explained` is read from `summary[metric].mean`.
 * Tested on hand-built boards in test/report/failures.test.ts. O(checks log checks).
 *
 * @example
 * rankChecks({ summary: { lockFailuresTokenExpired: { mean: 14 }, lockFailuresSyncLag: { mean: 25 }, … } });
 * // [{ check: 'pushLag', explained: 25 }, { check: 'token', explained: 14 }, { check: 'callRate', explained: 0 }, …]
 */
export function rankChecks(board: Pick<FailureResults, 'summary'>): RankedCheck[] {
  return FIRST_RESPONSE_CHECKS.map((check) => {
    const x = board.summary[CHECK_EXPLAINS[check]]?.mean;
    return { check, explained: typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0 };
  }).sort((a, b) => b.explained - a.explained);
}
