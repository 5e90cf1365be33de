/**
 * Fees and the seller's operating costs of one month (DOMAIN §5), settled per month:
 *
 * - merged: a service fee of `serviceRate` (5.5 %) of the month's GMV, or `incentiveRate`
 *   (4.2 %) in a month where the pool's sell-through ≥ `incentiveMinSellThrough` (82 %)
 *   **and** the return rate ≤ `incentiveMaxReturnRate` (18.5 %) — both bounds inclusive; plus
 *   `splitDispatchRate` (0.3 %) of the value of each cross-shop merged order delivered in the
 *   month. The fee covers warehouse rent, QC and basic customer service, so the seller has
 *   no operating costs of its own in merged mode.
 * - unmerged: `commissionRate` of GMV (default 0) and the seller's operating costs:
 *   `fulfilmentPerParcel` × parcels delivered + `storagePerUnitDay` × unit-days on hand +
 *   `customerServicePerOrder` × orders delivered + `returnHandlingPerReturn` × returns.
 *
 * The sell-through the tier tests is `fees.sellThroughDefinition`'s: `sku-share` (default;
 * DOMAIN §5's 动销率) = SKUs that sold at least one unit in the month ÷ SKUs in stock in it
 * (`metrics/sku-sell-through.ts`); `unit-share` = units sold ÷ (units on hand at the month's
 * start + units received in it), the definition before issue 16.
 *
 * A month with no delivery has an undefined return rate and earns no incentive; so does a
 * month whose sell-through is undefined (no SKU in stock, or no unit on hand or received).
 *
 * A partial last month (the horizon is not a multiple of 30 days) is tested for the tier on
 * its own figures, like any settlement period: the programme settles each calendar period on
 * its own, and a short one is real. Its sell-through is mechanically lower (a few days' sales
 * against the whole stock; fewer SKUs sell in a few days), so it rarely earns the tier; the cost of that is at most
 * (serviceRate − incentiveRate) × its GMV. Documented in `docs/model.md` (Fees).
 * Tested at the boundary values in `test/model/monthly-fees.test.ts`.
 */
import type { Setup } from '../../scenario/schema.js';

/** What a month's fees are computed from. */
export interface MonthActivity {
  gmv: number;
  /** Units sold ÷ (units on hand at the month's start + units received in it); NaN if undefined. */
  unitSellThrough: number;
  /** SKUs that sold ≥ 1 unit ÷ SKUs in stock at some point in the month; NaN if no SKU was in stock. */
  skuSellThrough: number;
  /** Orders returned ÷ orders delivered in the month; NaN if no delivery. */
  returnRate: number;
  ordersDelivered: number;
  ordersReturned: number;
  parcelsDelivered: number;
  /** ∫ units on hand dt over the month (unit-days). */
  unitDaysOnHand: number;
  /** Value of the cross-shop merged orders delivered in the month. */
  crossShopMergedValue: number;
}

export interface MonthFees {
  feeRate: number;
  serviceFee: number;
  splitFee: number;
  commissionFee: number;
  operatingCost: number;
}

/**
 * The sell-through the incentive tier tests: the month's SKU share or unit share, as
 * `fees.sellThroughDefinition` says. O(1).
 * @example tierSellThrough({ sellThroughDefinition: 'sku-share' }, { unitSellThrough: 0.4, skuSellThrough: 0.9 }) // 0.9
 */
export function tierSellThrough(
  fees: Pick<Setup['fees'], 'sellThroughDefinition'>,
  a: Pick<MonthActivity, 'unitSellThrough' | 'skuSellThrough'>,
): number {
  return fees.sellThroughDefinition === 'unit-share' ? a.unitSellThrough : a.skuSellThrough;
}

/**
 * Whether a month meets both conditions of the incentive tier: the chosen sell-through ≥
 * `incentiveMinSellThrough` and the return rate ≤ `incentiveMaxReturnRate`, both inclusive;
 * an undefined (NaN) figure fails. O(1).
 * @example earnsIncentiveTier(fees, { unitSellThrough: 0.4, skuSellThrough: 0.82, returnRate: 0.185 }) // true with the defaults
 */
export function earnsIncentiveTier(fees: Setup['fees'], a: Pick<MonthActivity, 'unitSellThrough' | 'skuSellThrough' | 'returnRate'>): boolean {
  return sellThroughCondition(fees, a) && returnRateCondition(fees, a);
}

/** The tier's first condition: the chosen sell-through ≥ `incentiveMinSellThrough` (NaN fails). O(1). */
export function sellThroughCondition(fees: Setup['fees'], a: Pick<MonthActivity, 'unitSellThrough' | 'skuSellThrough'>): boolean {
  return tierSellThrough(fees, a) >= fees.incentiveMinSellThrough;
}

/** The tier's second condition: the return rate ≤ `incentiveMaxReturnRate` (NaN, no delivery, fails). O(1). */
export function returnRateCondition(fees: Setup['fees'], a: Pick<MonthActivity, 'returnRate'>): boolean {
  return a.returnRate <= fees.incentiveMaxReturnRate;
}

/**
 * The fees and operating costs of one month under a setup's `fees` and `costs`. O(1).
 * @example monthlyFees('merged', fees, costs, { gmv: 1000, skuSellThrough: 0.82, returnRate: 0.185, … }).feeRate // 0.042
 */
export function monthlyFees(mode: Setup['mode'], fees: Setup['fees'], costs: Setup['costs'], a: MonthActivity): MonthFees {
  if (mode === 'merged') {
    const feeRate = earnsIncentiveTier(fees, a) ? fees.incentiveRate : fees.serviceRate;
    return {
      feeRate,
      serviceFee: feeRate * a.gmv,
      splitFee: fees.splitDispatchRate * a.crossShopMergedValue,
      commissionFee: 0,
      operatingCost: 0,
    };
  }
  return {
    feeRate: 0,
    serviceFee: 0,
    splitFee: 0,
    commissionFee: fees.commissionRate * a.gmv,
    operatingCost:
      costs.fulfilmentPerParcel * a.parcelsDelivered +
      costs.storagePerUnitDay * a.unitDaysOnHand +
      costs.customerServicePerOrder * a.ordersDelivered +
      costs.returnHandlingPerReturn * a.ordersReturned,
  };
}
