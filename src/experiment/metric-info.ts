import type { MetricName } from '../model/result.js';

/** How a metric is measured: its unit and a one-line definition (docs/results.md, report labels). */
export interface MetricInfo {
  unit: 'orders' | 'units' | 'days' | 'share' | 'USD' | 'parcels per order' | 'turns per year';
  /** Higher is better (true), lower is better (false), or neither (undefined). */
  higherIsBetter?: boolean;
  description: string;
}

/**
 * Unit and meaning of every metric in results.json (exact definitions: `docs/model.md`,
 * Metrics). Measured in the window after the warm-up, per setup and replication; "share"
 * is a fraction in [0, 1] (0.95 = 95%); money is US dollars over the measured horizon. Checked against `METRIC_NAMES` at compile time (a missing or extra key
 * fails the build).
 */
export const METRIC_INFO: Record<MetricName, MetricInfo> = {
  ordersPlaced: { unit: 'orders', description: 'orders placed in the measured window (kept by this setup)' },
  ordersDelivered: { unit: 'orders', description: 'of the orders placed in the window, those delivered (the run drains after the horizon)' },
  fulfilmentDaysMean: { unit: 'days', higherIsBetter: false, description: 'mean time from order placement to delivery of its last parcel, over delivered orders' },
  fulfilmentDaysP50: { unit: 'days', higherIsBetter: false, description: 'median fulfilment time in the replication (from 0.05-day bins)' },
  fulfilmentDaysP90: { unit: 'days', higherIsBetter: false, description: '90th percentile of fulfilment time in the replication' },
  fulfilmentDaysP95: { unit: 'days', higherIsBetter: false, description: '95th percentile of fulfilment time in the replication' },
  onTimeRate: { unit: 'share', higherIsBetter: true, description: 'delivered orders delivered within their market’s promise ÷ delivered orders' },
  fillRate: { unit: 'share', higherIsBetter: true, description: 'units served from stock on hand at order time ÷ units ordered' },
  backorderedUnits: { unit: 'units', higherIsBetter: false, description: 'units short at order time and backordered' },
  blockedOrders: { unit: 'orders', higherIsBetter: false, description: 'orders with a line refused because its SKU has no EPR number bound to the Pool ID (DE/FR)' },
  blockedUnits: { unit: 'units', higherIsBetter: false, description: 'units of order lines refused for a missing EPR binding' },
  blockedSales: { unit: 'USD', higherIsBetter: false, description: 'value at price of the refused lines: sales the missing EPR bindings cost' },
  lostSalesUnits: { unit: 'units', higherIsBetter: false, description: 'units short at order time and lost (lost-sale policy)' },
  splitRate: { unit: 'share', higherIsBetter: false, description: 'delivered orders shipped in two or more parcels ÷ delivered orders' },
  parcelsPerOrder: { unit: 'parcels per order', higherIsBetter: false, description: 'parcels of delivered orders ÷ delivered orders' },
  splitTimeouts: { unit: 'orders', higherIsBetter: false, description: 'orders that hit the routing deadline with lines still backordered' },
  warehouseWaitDaysMean: { unit: 'days', higherIsBetter: false, description: 'mean wait of the orders’ parcels in the pick queue (release → pick start)' },
  returnRate: { unit: 'share', higherIsBetter: false, description: 'returned orders ÷ delivered orders' },
  returnCycleDaysMean: { unit: 'days', higherIsBetter: false, description: 'mean time from delivery to the return processed, over returned orders' },
  gmv: { unit: 'USD', higherIsBetter: true, description: 'price × units delivered in the window (gross of returns)' },
  costOfGoods: { unit: 'USD', description: 'unit cost × units delivered in the window' },
  serviceFees: { unit: 'USD', higherIsBetter: false, description: 'full-service fees on GMV, 5.5% or the 4.2% incentive tier by month (sum of the monthly rows)' },
  splitFees: { unit: 'USD', higherIsBetter: false, description: 'split-dispatch fees on cross-shop merged orders (sum of the monthly rows)' },
  commissionFees: { unit: 'USD', higherIsBetter: false, description: 'platform commission charged to unmerged shops (sum of the monthly rows)' },
  operatingCost: { unit: 'USD', higherIsBetter: false, description: 'fulfilment, storage, customer-service and return-handling costs (sum of the monthly rows)' },
  returnLosses: { unit: 'USD', higherIsBetter: false, description: 'refunds of orders delivered in the window and returned, less the cost of the restocked units' },
  migrationCost: { unit: 'USD', higherIsBetter: false, description: 'one-off cost of moving the shops’ stock into the pool (migrated units × cost per unit)' },
  netMargin: { unit: 'USD', higherIsBetter: true, description: 'GMV − cost of goods − fees − operating cost − return losses − migration cost' },
  inventoryTurnover: { unit: 'turns per year', higherIsBetter: true, description: '(cost of goods × 365 ÷ horizon days) ÷ average on-hand value' },
  unitSellThroughRate: {
    unit: 'share',
    higherIsBetter: true,
    description: 'units sold ÷ (units on hand at the window start + units received in the window), over the whole window',
  },
  skuSellThroughRate: {
    unit: 'share',
    higherIsBetter: true,
    description: 'SKUs that sold at least one unit in the window ÷ SKUs in stock at some point in it (on hand at its start or received during it), each SKU once',
  },
  avgOnHandUnits: { unit: 'units', description: 'time average of units physically in warehouses (available + reserved)' },
  avgOnHandValue: { unit: 'USD', description: 'time average of the value of stock on hand, at unit cost' },
  avgBackorderUnits: { unit: 'units', higherIsBetter: false, description: 'time average of units owed to waiting order lines' },
};
