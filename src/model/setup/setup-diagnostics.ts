/**
 * Exact bookkeeping figures of a setup's run, beside its metrics: for the tests (Little's
 * law, conservation, unit accounting) and the benchmarks (orders and events per run).
 */
import { DOUBLE_ZERO } from '../../engine/index.js';

export interface SetupDiagnostics {
  /** Orders drawn from the stream (kept or not). */
  ordersGenerated: number;
  /** Orders kept by this setup (all times). */
  ordersKept: number;
  /** Time the run stopped, days. */
  endTime: number;
  eventsDispatched: number;
  conservationChecks: number;
  replenishmentOrders: number;
  /** ∫ (orders in system) dt over [0, endTime], and Σ of their times in system over the same span. */
  ordersInSystemArea: number;
  ordersSojournSum: number;
  /** Per warehouse: ∫ queue length dt over [0, endTime], Σ queue waits in that span, parcels released. */
  queueArea: number[];
  queueWaitSum: number[];
  parcelsReleased: number[];
  /** Cross-shop merged orders among measured orders, and their value (USD). */
  crossShopMergedOrders: number;
  crossShopMergedValue: number;
  /** Most orders in flight at once (memory follows this, not the orders simulated). */
  peakOrdersInFlight: number;
  /**
   * Units of every kept order (whole run): ordered = fromStock + backordered + lost, and
   * sold (delivered) + still owed ≤ ordered − lost. Exact integers.
   */
  unitsOrdered: number;
  unitsFromStock: number;
  unitsBackordered: number;
  unitsLost: number;
  unitsDelivered: number;
}

/** Diagnostics with every counter at zero. */
export function emptyDiagnostics(): SetupDiagnostics {
  return {
    ordersGenerated: 0,
    ordersKept: 0,
    endTime: DOUBLE_ZERO,
    eventsDispatched: 0,
    conservationChecks: 0,
    replenishmentOrders: 0,
    ordersInSystemArea: DOUBLE_ZERO,
    ordersSojournSum: DOUBLE_ZERO,
    queueArea: [],
    queueWaitSum: [],
    parcelsReleased: [],
    crossShopMergedOrders: 0,
    crossShopMergedValue: DOUBLE_ZERO,
    peakOrdersInFlight: 0,
    unitsOrdered: 0,
    unitsFromStock: 0,
    unitsBackordered: 0,
    unitsLost: 0,
    unitsDelivered: 0,
  };
}
