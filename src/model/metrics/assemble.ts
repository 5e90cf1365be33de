/**
 * Turns a finished run's accumulators into the contract's `SetupReplication`
 * (`src/model/result.ts`): monthly rows with their fees (`fees/monthly-fees.ts`), totals,
 * market rows and series. Every month is a 30-day block except a partial last one when the
 * horizon is not a multiple of 30 (its `days` says how long). Each month carries both
 * sell-through rates — units (unitSellThrough) and SKUs (skuSellThrough, counted during the run
 * by `sku-sell-through.ts`) — and the one the fee tier tested (`fees.sellThroughDefinition`).
 * A ratio with an empty
 * denominator is NaN (serialised as null by the experiment layer). Net margin = GMV − cost of
 * goods − fees − operating costs − return losses (− the one-off migration cost, in the totals
 * only).
 */
import type { MarketRow, Metrics, MonthlyRow, SetupReplication } from '../result.js';
import type { SetupModel } from '../setup/setup-model.js';
import { MONTH_DAYS, type SetupMetrics } from './setup-metrics.js';
import {
  earnsIncentiveTier,
  monthlyFees,
  returnRateCondition,
  sellThroughCondition,
  tierSellThrough,
  type MonthActivity,
  type MonthFees,
} from '../fees/monthly-fees.js';
import type { SkuCounts } from './sku-sell-through.js';
import { DOUBLE_ZERO } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import { transitionOutcome } from '../transition/transition-outcome.js';
import type { FailureBoard } from '../sync/failure-board.js';
import { failureOutcome } from '../sync/failure-outcome.js';

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
/**
 * −0 as 0. Sums and levels start at DOUBLE_ZERO (src/engine/double-zero.ts), so one never
 * added to is −0 (test/model/no-negative-zero.test.ts).
 */
const plusZero = (x: number) => x + 0;

/**
 * Builds the metrics, monthly rows, market rows and series of one setup. O(days + bins).
 * @example const out = assembleSetupReplication(metrics, model, board);
 */
export function assembleSetupReplication(met: SetupMetrics, model: SetupModel, board: FailureBoard | null = null): SetupReplication {
  const setup = model.setup;
  const avg = met.averages();
  const horizon = met.to - met.from;
  const h = met.histogram;

  const D = met.dayGmv.length;
  const t = model.transition;
  // A transition is unmerged before its go-live day and merged from it on (go-live is at a day boundary)
  const goLive = met.goLive;
  const modeOf = (day: number): Setup['mode'] => (t === null ? setup.mode : day < goLive ? 'unmerged' : 'merged');
  const migrationCost = t !== null ? t.costPerUnit * met.migratedUnits : model.merged ? model.migratedUnits * setup.allocation.migrationCostPerUnit : 0;

  const monthly: MonthlyRow[] = [];
  const dailyNetMargin = new Array<number>(D).fill(0);
  const totals = { serviceFees: 0, splitFees: 0, commissionFees: 0, operatingCost: 0 };
  for (let i = 0; i * MONTH_DAYS < D; i++) {
    const a = i * MONTH_DAYS;
    const b = Math.min(D, a + MONTH_DAYS);
    const month = emptyPart();
    const monthSkus: SkuCounts = { inStock: met.monthSkusInStock[i], sold: met.monthSkusSold[i] };
    const split = goLive > a && goLive < b;
    let tested = NaN;
    let earned = false;
    let sellMet = false;
    let returnsMet = false;
    // one part per mode: a transition's go-live month is settled unmerged, then merged, the
    // merged part on its own figures (its SKU counts from go-live to the month's end)
    for (const [p, q] of split ? [[a, goLive], [goLive, b]] : [[a, b]]) {
      const part = activity(met, p, q, split && p === goLive ? met.goLivePartSkus! : monthSkus);
      const mode = modeOf(p);
      const fees = monthlyFees(mode, setup.fees, setup.costs, part);
      for (let d = p; d < q; d++) {
        const day = activity(met, d, d + 1, monthSkus);
        const f = monthlyFees(mode, setup.fees, setup.costs, {
          ...day,
          unitSellThrough: part.unitSellThrough,
          skuSellThrough: part.skuSellThrough,
          returnRate: part.returnRate,
        });
        dailyNetMargin[d] = day.gmv - met.dayCost[d] - f.serviceFee - f.splitFee - f.commissionFee - f.operatingCost - met.dayReturnLoss[d];
      }
      addPart(month, part, fees);
      if (!split || p === goLive) {
        tested = tierSellThrough(setup.fees, part);
        earned = mode === 'merged' && earnsIncentiveTier(setup.fees, part);
        sellMet = sellThroughCondition(setup.fees, part);
        returnsMet = returnRateCondition(setup.fees, part);
      }
    }
    totals.serviceFees += month.serviceFee;
    totals.splitFees += month.splitFee;
    totals.commissionFees += month.commissionFee;
    totals.operatingCost += month.operatingCost;
    monthly.push({
      month: i + 1,
      // The last block is cut short by the horizon (365 days: 12 × 30 + 5)
      days: Math.min(MONTH_DAYS, horizon - i * MONTH_DAYS),
      gmv: month.gmv,
      unitsSold: month.unitsSold,
      unitSellThrough: ratio(month.unitsSold, met.dayStartOnHand[a] + month.received),
      skusInStock: monthSkus.inStock,
      skusSold: monthSkus.sold,
      skuSellThrough: ratio(monthSkus.sold, monthSkus.inStock),
      tierSellThrough: tested,
      ordersDelivered: month.ordersDelivered,
      ordersReturned: month.ordersReturned,
      returnRate: ratio(month.ordersReturned, month.ordersDelivered),
      // the merged part's rate in a go-live month
      feeRate: month.feeRate,
      tierEarned: earned ? 1 : 0,
      tierSellThroughMet: sellMet ? 1 : 0,
      tierReturnRateMet: returnsMet ? 1 : 0,
      serviceFee: month.serviceFee,
      splitFee: month.splitFee,
      commissionFee: month.commissionFee,
      operatingCost: month.operatingCost,
      netMargin: month.gmv - month.cost - month.serviceFee - month.splitFee - month.commissionFee - month.operatingCost - month.returnLoss,
    });
  }
  if (t !== null && goLive < D) dailyNetMargin[goLive] -= migrationCost;

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
    blockedOrders: met.blockedOrders,
    blockedUnits: met.blockedUnits,
    blockedSales: plusZero(met.blockedSales),
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
    unitSellThroughRate: ratio(met.unitsSold, met.onHandAtStart + met.unitsReceived),
    skuSellThroughRate: ratio(met.windowSkus.sold, met.windowSkus.inStock),
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
      dailyNetMargin: dailyNetMargin.map(plusZero),
    },
    ...(model.skuBlockedSales !== null ? { blockedSalesBySku: Array.from(model.skuBlockedSales, plusZero) } : {}),
    ...(t !== null ? { transition: transitionOutcome(met, model, goLive, migrationCost) } : {}),
    ...(board !== null ? { failures: failureOutcome(board) } : {}),
  };
}

/** What a month (or the part of it in one mode) is settled on: days [a, b), with the SKU counts of that span. */
function activity(
  met: SetupMetrics,
  a: number,
  b: number,
  skus: SkuCounts,
): MonthActivity & { cost: number; unitsSold: number; received: number; returnLoss: number } {
  const sum = (x: Float64Array) => {
    let v = DOUBLE_ZERO;
    for (let d = a; d < b; d++) v += x[d];
    return v;
  };
  const unitsSold = sum(met.dayUnitsSold);
  const received = sum(met.dayReceived);
  const ordersDelivered = sum(met.dayDelivered);
  const ordersReturned = sum(met.dayReturned);
  return {
    gmv: sum(met.dayGmv),
    cost: sum(met.dayCost),
    unitsSold,
    received,
    returnLoss: sum(met.dayReturnLoss),
    unitSellThrough: ratio(unitsSold, met.dayStartOnHand[a] + received),
    skuSellThrough: ratio(skus.sold, skus.inStock),
    returnRate: ratio(ordersReturned, ordersDelivered),
    ordersDelivered,
    ordersReturned,
    parcelsDelivered: sum(met.dayParcels),
    unitDaysOnHand: sum(met.dayUnitDays),
    crossShopMergedValue: sum(met.dayCrossValue),
  };
}

type Part = ReturnType<typeof activity>;
type MonthSum = Omit<Part, 'unitSellThrough' | 'skuSellThrough' | 'returnRate'> & MonthFees;

function emptyPart(): MonthSum {
  return {
    gmv: 0, cost: 0, unitsSold: 0, received: 0, returnLoss: 0, ordersDelivered: 0, ordersReturned: 0, parcelsDelivered: 0,
    unitDaysOnHand: 0, crossShopMergedValue: 0, feeRate: 0, serviceFee: 0, splitFee: 0, commissionFee: 0, operatingCost: 0,
  };
}

function addPart(m: MonthSum, part: Part, fees: MonthFees): void {
  m.gmv += part.gmv;
  m.cost += part.cost;
  m.unitsSold += part.unitsSold;
  m.received += part.received;
  m.returnLoss += part.returnLoss;
  m.ordersDelivered += part.ordersDelivered;
  m.ordersReturned += part.ordersReturned;
  m.parcelsDelivered += part.parcelsDelivered;
  m.unitDaysOnHand += part.unitDaysOnHand;
  m.crossShopMergedValue += part.crossShopMergedValue;
  if (fees.feeRate > 0) m.feeRate = fees.feeRate;
  m.serviceFee += fees.serviceFee;
  m.splitFee += fees.splitFee;
  m.commissionFee += fees.commissionFee;
  m.operatingCost += fees.operatingCost;
}
