/**
 * Turns a finished run's accumulators into the contract's `SetupReplication`
 * (`src/model/result.ts`). A ratio with an empty denominator is NaN (serialised as null by
 * the experiment layer); a metric not modelled yet is 0 (listed in `docs/model.md`).
 */
import type { MarketRow, Metrics, MonthlyRow, SetupReplication } from '../result.js';
import type { SetupModel } from '../setup/setup-model.js';
import type { SetupMetrics } from './setup-metrics.js';

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/**
 * Builds the metrics, monthly rows, market rows and series of one setup. O(days + bins).
 * @example const out = assembleSetupReplication(metrics, model);
 */
export function assembleSetupReplication(met: SetupMetrics, model: SetupModel): SetupReplication {
  const avg = met.averages();
  const horizon = met.to - met.from;
  const migrationCost = model.merged ? model.migratedUnits * model.setup.allocation.migrationCostPerUnit : 0;
  const h = met.histogram;
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
    // part 2 (returns, fees, operating costs): not modelled yet
    returnRate: 0,
    returnCycleDaysMean: 0,
    gmv: met.gmv,
    costOfGoods: met.costOfGoods,
    serviceFees: 0,
    splitFees: 0,
    commissionFees: 0,
    operatingCost: 0,
    returnLosses: 0,
    migrationCost,
    netMargin: met.gmv - met.costOfGoods - migrationCost,
    inventoryTurnover: ratio((met.costOfGoods * 365) / horizon, avg.value),
    sellThroughRate: ratio(met.unitsSold, met.onHandAtStart + met.unitsReceived),
    avgOnHandUnits: avg.units,
    avgOnHandValue: avg.value,
    avgBackorderUnits: avg.backorders,
  };

  const monthly: MonthlyRow[] = [];
  for (let i = 0; i < met.monthGmv.length; i++) {
    monthly.push({
      month: i + 1,
      gmv: met.monthGmv[i],
      unitsSold: met.monthUnitsSold[i],
      sellThroughRate: ratio(met.monthUnitsSold[i], met.monthStartOnHand[i] + met.monthReceived[i]),
      ordersDelivered: met.monthDelivered[i],
      ordersReturned: 0,
      returnRate: 0,
      feeRate: 0,
      serviceFee: 0,
      splitFee: 0,
      commissionFee: 0,
      operatingCost: 0,
      netMargin: met.monthGmv[i] - met.monthCost[i],
    });
  }

  const byMarket: MarketRow[] = model.marketIds.map((market, m) => ({
    market,
    ordersDelivered: met.marketDelivered[m],
    fulfilmentDaysMean: ratio(met.marketFulfilmentSum[m], met.marketDelivered[m]),
    onTimeRate: ratio(met.marketOnTime[m], met.marketDelivered[m]),
    returnRate: 0,
    returnCycleDaysMean: 0,
  }));

  const days = met.dailyBacklog.length;
  const dailyFillRate: number[] = new Array(days);
  for (let d = 0; d < days; d++) dailyFillRate[d] = ratio(met.dayUnitsFromStock[d], met.dayUnitsOrdered[d]);
  return {
    metrics,
    monthly,
    byMarket,
    series: {
      fulfilmentHistogram: { binWidthDays: h.binWidth, counts: Array.from(h.counts) },
      dailyBacklogOrders: Array.from(met.dailyBacklog),
      dailyFillRate,
      dailyOnHandUnits: Array.from(met.dailyOnHand),
    },
  };
}
