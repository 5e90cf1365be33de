/**
 * Turns a finished run's accumulators into the contract's `SetupReplication`
 * (`src/model/result.ts`): monthly rows with their fees (`fees/monthly-fees.ts`), totals,
 * market rows and series. Every month is a 30-day block except a partial last one when the
 * horizon is not a multiple of 30 (its `days` says how long). A ratio with an empty
 * denominator is NaN (serialised as null by the experiment layer). Net margin = GMV − cost of
 * goods − fees − operating costs − return losses (− the one-off migration cost, in the totals
 * only).
 */
import type { MarketRow, Metrics, MonthlyRow, SetupReplication } from '../result.js';
import type { SetupModel } from '../setup/setup-model.js';
import { MONTH_DAYS, type SetupMetrics } from './setup-metrics.js';
import { monthlyFees } from '../fees/monthly-fees.js';

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
/**
 * −0 as 0. Sums and levels start at DOUBLE_ZERO (src/engine/double-zero.ts), so one never
 * added to is −0 (test/model/no-negative-zero.test.ts).
 */
const plusZero = (x: number) => x + 0;

/**
 * Builds the metrics, monthly rows, market rows and series of one setup. O(days + bins).
 * @example const out = assembleSetupReplication(metrics, model);
 */
export function assembleSetupReplication(met: SetupMetrics, model: SetupModel): SetupReplication {
  const setup = model.setup;
  const avg = met.averages();
  const horizon = met.to - met.from;
  const migrationCost = model.merged ? model.migratedUnits * setup.allocation.migrationCostPerUnit : 0;
  const h = met.histogram;

  const monthly: MonthlyRow[] = [];
  const totals = { serviceFees: 0, splitFees: 0, commissionFees: 0, operatingCost: 0 };
  for (let i = 0; i < met.monthGmv.length; i++) {
    const sellThroughRate = ratio(met.monthUnitsSold[i], met.monthStartOnHand[i] + met.monthReceived[i]);
    const returnRate = ratio(met.monthReturned[i], met.monthDelivered[i]);
    const fees = monthlyFees(setup.mode, setup.fees, setup.costs, {
      gmv: met.monthGmv[i],
      sellThroughRate,
      returnRate,
      ordersDelivered: met.monthDelivered[i],
      ordersReturned: met.monthReturned[i],
      parcelsDelivered: met.monthParcels[i],
      unitDaysOnHand: met.monthUnitDays[i],
      crossShopMergedValue: met.monthCrossValue[i],
    });
    totals.serviceFees += fees.serviceFee;
    totals.splitFees += fees.splitFee;
    totals.commissionFees += fees.commissionFee;
    totals.operatingCost += fees.operatingCost;
    monthly.push({
      month: i + 1,
      // The last block is cut short by the horizon (365 days: 12 × 30 + 5)
      days: Math.min(MONTH_DAYS, horizon - i * MONTH_DAYS),
      gmv: met.monthGmv[i],
      unitsSold: met.monthUnitsSold[i],
      sellThroughRate,
      ordersDelivered: met.monthDelivered[i],
      ordersReturned: met.monthReturned[i],
      returnRate,
      feeRate: fees.feeRate,
      serviceFee: fees.serviceFee,
      splitFee: fees.splitFee,
      commissionFee: fees.commissionFee,
      operatingCost: fees.operatingCost,
      netMargin:
        met.monthGmv[i] -
        met.monthCost[i] -
        fees.serviceFee -
        fees.splitFee -
        fees.commissionFee -
        fees.operatingCost -
        met.monthReturnLoss[i],
    });
  }

  const gmv = plusZero(met.gmv);
  const costOfGoods = plusZero(met.costOfGoods);
  const returnLosses = plusZero(met.returnLosses);
  const metrics: Metrics = {
    ordersPlaced: met.ordersPlaced,
    ordersDelivered: met.ordersDelivered,
    fulfilmentDaysMean: ratio(met.fulfilmentSum, met.ordersDelivered),
    fulfilmentDaysP50: h.quantile(0.5),
    fulfilmentDaysP90: h.quantile(0.9),
    fulfilmentDaysP95: h.quantile(0.95),
    onTimeRate: ratio(met.onTime, met.ordersDelivered),
    fillRate: ratio(met.unitsFromStock, met.unitsOrdered),
    backorderedUnits: met.unitsBackordered,
    lostSalesUnits: met.unitsLost,
    splitRate: ratio(met.splitOrders, met.ordersDelivered),
    parcelsPerOrder: ratio(met.parcels, met.ordersDelivered),
    splitTimeouts: met.splitTimeouts,
    warehouseWaitDaysMean: ratio(met.waitSum, met.waitCount),
    returnRate: ratio(met.ordersReturned, met.ordersDelivered),
    returnCycleDaysMean: ratio(met.returnCycleSum, met.ordersReturned),
    gmv,
    costOfGoods,
    serviceFees: totals.serviceFees,
    splitFees: totals.splitFees,
    commissionFees: totals.commissionFees,
    operatingCost: totals.operatingCost,
    returnLosses,
    migrationCost,
    netMargin:
      gmv -
      costOfGoods -
      totals.serviceFees -
      totals.splitFees -
      totals.commissionFees -
      totals.operatingCost -
      returnLosses -
      migrationCost,
    inventoryTurnover: ratio((costOfGoods * 365) / horizon, avg.value),
    sellThroughRate: ratio(met.unitsSold, met.onHandAtStart + met.unitsReceived),
    avgOnHandUnits: plusZero(avg.units),
    avgOnHandValue: plusZero(avg.value),
    avgBackorderUnits: plusZero(avg.backorders),
  };

  const byMarket: MarketRow[] = model.marketIds.map((market, m) => ({
    market,
    ordersDelivered: met.marketDelivered[m],
    fulfilmentDaysMean: ratio(met.marketFulfilmentSum[m], met.marketDelivered[m]),
    onTimeRate: ratio(met.marketOnTime[m], met.marketDelivered[m]),
    returnRate: ratio(met.marketReturned[m], met.marketDelivered[m]),
    returnCycleDaysMean: ratio(met.marketReturnCycleSum[m], met.marketReturned[m]),
  }));

  const dailyFillRate = Array.from(met.dayUnitsOrdered, (ordered, d) => ratio(met.dayUnitsFromStock[d], ordered));
  return {
    metrics,
    monthly,
    byMarket,
    series: {
      fulfilmentHistogram: { binWidthDays: h.binWidth, counts: Array.from(h.counts) },
      dailyBacklogOrders: Array.from(met.dailyBacklog),
      dailyFillRate,
      dailyOnHandUnits: Array.from(met.dailyOnHand, plusZero),
    },
  };
}
