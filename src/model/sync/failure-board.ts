/**
 * The monitoring board of one setup's run (DOMAIN §6): Pool ID failures by type — inventory-
 * lock failure (with the cause that held the WMS's pushes back), QC rejection, split timeout —
 * per measured day, and what they cost. Streaming accumulators; nothing is stored per order.
 */
import { DOUBLE_ZERO } from '../../engine/index.js';

/** Why the platform's figure was wrong when a lock failed (docs/model.md, Inventory sync). */
export const LOCK_CAUSES = ['syncLag', 'tokenExpired', 'rateLimit', 'outage'] as const;
export type LockCause = (typeof LOCK_CAUSES)[number];
export const CAUSE_SYNC_LAG = 0;
export const CAUSE_TOKEN_EXPIRED = 1;
export const CAUSE_RATE_LIMIT = 2;
export const CAUSE_OUTAGE = 3;

/** What became of a line whose lock failed (`sync.onLockFailure`, or backordered when a re-route finds no stock). */
export const LOCK_OUTCOMES = ['rerouted', 'backordered', 'cancelled'] as const;
export type LockOutcome = (typeof LOCK_OUTCOMES)[number];
export const OUTCOME_REROUTED = 0;
export const OUTCOME_BACKORDERED = 1;
export const OUTCOME_CANCELLED = 2;

export class FailureBoard {
  /** Lock failures per (cause, measured day), index `cause·D + day`. */
  readonly dayLock: Float64Array;
  readonly dayQc: Float64Array;
  readonly daySplitTimeout: Float64Array;
  readonly lockByCause = new Float64Array(LOCK_CAUSES.length);
  readonly lockByOutcome = new Float64Array(LOCK_OUTCOMES.length);
  qcRejectedBatches = 0;
  qcRejectedUnits = 0;
  splitTimeouts = 0;
  cancelledUnits = 0;
  cancelledSales = DOUBLE_ZERO;
  /** Measured orders with a lock failure or a split timeout, and their value at price. */
  ordersAffected = 0;
  gmvAffected = DOUBLE_ZERO;
  /** Fulfilment of delivered measured orders, with and without a failure: sum of days and count. */
  affectedDaysSum = DOUBLE_ZERO;
  affectedDelivered = 0;
  cleanDaysSum = DOUBLE_ZERO;
  cleanDelivered = 0;
  // the WMS's API traffic in the window
  callsAccepted = 0;
  callsRefused = 0;
  updatesPushed = 0;
  tokenExpiredDays = DOUBLE_ZERO;
  outageDays = DOUBLE_ZERO;

  /** @param days measured days */
  constructor(readonly days: number) {
    this.dayLock = new Float64Array(LOCK_CAUSES.length * days);
    this.dayQc = new Float64Array(days);
    this.daySplitTimeout = new Float64Array(days);
  }

  lockFailure(day: number, cause: number, outcome: number): void {
    this.dayLock[cause * this.days + day]++;
    this.lockByCause[cause]++;
    this.lockByOutcome[outcome]++;
  }

  /** Lock failures in total. */
  get lockFailures(): number {
    let n = 0;
    for (const x of this.lockByCause) n += x;
    return n;
  }
}
