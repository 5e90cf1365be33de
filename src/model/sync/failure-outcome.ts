/**
 * The failure board of a finished run as results (`FailureReplication`): totals by type,
 * cause and outcome, what the failures cost, the share that late pushes explain (set against
 * the programme's 92.7 %, DOMAIN §6), and the daily counts.
 */
import type { FailureReplication } from '../result.js';
import { CAUSE_OUTAGE, CAUSE_RATE_LIMIT, CAUSE_SYNC_LAG, CAUSE_TOKEN_EXPIRED, OUTCOME_BACKORDERED, OUTCOME_CANCELLED, OUTCOME_REROUTED, type FailureBoard } from './failure-board.js';

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/** @example const failures = failureOutcome(board); */
export function failureOutcome(b: FailureBoard): FailureReplication {
  const lock = b.lockFailures;
  const failures = lock + b.qcRejectedBatches + b.splitTimeouts;
  const D = b.days;
  const day = (cause: number) => Array.from(b.dayLock.subarray(cause * D, (cause + 1) * D));
  return {
    failures,
    lockFailures: lock,
    lockFailuresSyncLag: b.lockByCause[CAUSE_SYNC_LAG],
    lockFailuresTokenExpired: b.lockByCause[CAUSE_TOKEN_EXPIRED],
    lockFailuresRateLimit: b.lockByCause[CAUSE_RATE_LIMIT],
    lockFailuresOutage: b.lockByCause[CAUSE_OUTAGE],
    linesRerouted: b.lockByOutcome[OUTCOME_REROUTED],
    linesBackordered: b.lockByOutcome[OUTCOME_BACKORDERED],
    linesCancelled: b.lockByOutcome[OUTCOME_CANCELLED],
    qcRejections: b.qcRejectedBatches,
    qcRejectedUnits: b.qcRejectedUnits,
    splitTimeouts: b.splitTimeouts,
    ordersAffected: b.ordersAffected,
    gmvAffected: b.gmvAffected + 0,
    cancelledSales: b.cancelledSales + 0,
    // every lock failure is a figure the WMS had not pushed in time
    latePushShare: ratio(lock, failures),
    extraFulfilmentDays: ratio(b.affectedDaysSum, b.affectedDelivered) - ratio(b.cleanDaysSum, b.cleanDelivered),
    callsAccepted: b.callsAccepted,
    callsRefused: b.callsRefused,
    updatesPushed: b.updatesPushed,
    tokenExpiredDays: b.tokenExpiredDays + 0,
    outageDays: b.outageDays + 0,
    daily: {
      lockFailures: { syncLag: day(CAUSE_SYNC_LAG), tokenExpired: day(CAUSE_TOKEN_EXPIRED), rateLimit: day(CAUSE_RATE_LIMIT), outage: day(CAUSE_OUTAGE) },
      qcRejections: Array.from(b.dayQc),
      splitTimeouts: Array.from(b.daySplitTimeout),
    },
  };
}
