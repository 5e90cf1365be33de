import type { MetricName } from '../model/result.js';

/** How a metric is measured: its unit and a one-line definition (docs/results.md, report labels). */
export interface MetricInfo {
  unit: 'orders' | 'units' | 'days' | 'share' | 'USD' | 'parcels per order' | 'turns per year';
  /** Higher is better (true), lower is better (false), or neither (undefined). */
  higherIsBetter?: boolean;
  description: string;
}

/**
 * Unit and meaning of every metric in results.json. Measured after the warm-up, per setup and
 * replication; "share" is a fraction in [0, 1] (0.95 = 95%); money is US dollars over the
 * measured horizon. Checked against `METRIC_NAMES` at compile time (a missing or extra key
 * fails the build).
 */
export const METRIC_INFO: Record<MetricName, MetricInfo> = {
  ordersPlaced: { unit: 'orders', description: 'orders placed by customers during the measured horizon' },
  ordersDelivered: { unit: 'orders', description: 'orders whose last parcel reached the customer during the measured horizon' },
  fulfilmentDaysMean: { unit: 'days', higherIsBetter: false, description: 'mean time from order placement to delivery of its last parcel' },
  fulfilmentDaysP50: { unit: 'days', higherIsBetter: false, description: 'median fulfilment time within the replication' },
  fulfilmentDaysP90: { unit: 'days', higherIsBetter: false, description: '90th percentile of fulfilment time within the replication' },
  fulfilmentDaysP95: { unit: 'days', higherIsBetter: false, description: '95th percentile of fulfilment time within the replication' },
  onTimeRate: { unit: 'share', higherIsBetter: true, description: 'share of delivered orders delivered within their market’s promise' },
  fillRate: { unit: 'share', higherIsBetter: true, description: 'share of ordered units served from stock on hand when ordered' },
  backorderedUnits: { unit: 'units', higherIsBetter: false, description: 'ordered units that had to wait for replenishment' },
  lostSalesUnits: { unit: 'units', higherIsBetter: false, description: 'ordered units lost because no stock was available (lost-sale policy)' },
  splitRate: { unit: 'share', higherIsBetter: false, description: 'share of orders shipped in more than one parcel' },
  parcelsPerOrder: { unit: 'parcels per order', higherIsBetter: false, description: 'mean parcels shipped per order' },
  splitTimeouts: { unit: 'orders', higherIsBetter: false, description: 'orders whose routing deadline expired with lines still backordered' },
  warehouseWaitDaysMean: { unit: 'days', higherIsBetter: false, description: 'mean time an order spends at the warehouse before handover to the carrier' },
  returnRate: { unit: 'share', higherIsBetter: false, description: 'share of delivered orders returned' },
  returnCycleDaysMean: { unit: 'days', higherIsBetter: false, description: 'mean time from the customer sending a return to its receipt and inspection' },
  gmv: { unit: 'USD', higherIsBetter: true, description: 'gross merchandise value of orders placed (price × units)' },
  costOfGoods: { unit: 'USD', description: 'unit cost of the goods sold' },
  serviceFees: { unit: 'USD', higherIsBetter: false, description: 'full-service fees charged on GMV (5.5% or the 4.2% incentive tier, monthly)' },
  splitFees: { unit: 'USD', higherIsBetter: false, description: 'split-dispatch fees on cross-shop merged orders' },
  commissionFees: { unit: 'USD', higherIsBetter: false, description: 'platform commission charged to unmerged shops' },
  operatingCost: { unit: 'USD', higherIsBetter: false, description: 'fulfilment, storage, customer-service and return-handling costs' },
  returnLosses: { unit: 'USD', higherIsBetter: false, description: 'value of returned units written off' },
  migrationCost: { unit: 'USD', higherIsBetter: false, description: 'one-off cost of moving the shops’ stock into the pool' },
  netMargin: { unit: 'USD', higherIsBetter: true, description: 'GMV minus cost of goods, fees, operating cost, return losses and migration cost' },
  inventoryTurnover: { unit: 'turns per year', higherIsBetter: true, description: 'cost of goods sold ÷ average inventory value, annualised' },
  sellThroughRate: { unit: 'share', higherIsBetter: true, description: 'units sold ÷ (units sold + units on hand)' },
  avgOnHandUnits: { unit: 'units', description: 'time-average of units on hand across all stock points' },
  avgOnHandValue: { unit: 'USD', description: 'time-average value (at unit cost) of stock on hand' },
  avgBackorderUnits: { unit: 'units', higherIsBetter: false, description: 'time-average of units on backorder' },
};
