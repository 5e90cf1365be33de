/**
 * The metrics the report's headline table shows, in order, with how each is displayed.
 * Money metrics in results.json are totals over the measured horizon; the report shows them
 * per 30-day month (the block the monthly rows use), see `perMonthFactor`.
 */
import type { MetricName } from '../results/types.js';

/** How a metric's values are shown. `share` is a fraction shown as a percentage. */
export type MetricUnit = 'days' | 'share' | 'usd-per-month' | 'turns' | 'ratio';

export interface MetricDisplay {
  unit: MetricUnit;
  /** Whether a larger value is better for the seller (for "faster", "fewer returns" wording). */
  higherIsBetter: boolean;
}

/** Headline table rows, in display order (issue 6 §3). */
export const HEADLINE_METRICS = [
  'fulfilmentDaysMean',
  'fulfilmentDaysP90',
  'onTimeRate',
  'fillRate',
  'splitRate',
  'returnRate',
  'returnCycleDaysMean',
  'gmv',
  'serviceFees',
  'splitFees',
  'commissionFees',
  'netMargin',
  'inventoryTurnover',
  'unitSellThroughRate',
  'skuSellThroughRate',
] as const satisfies readonly MetricName[];

export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export const METRIC_DISPLAY: Record<HeadlineMetric, MetricDisplay> = {
  fulfilmentDaysMean: { unit: 'days', higherIsBetter: false },
  fulfilmentDaysP90: { unit: 'days', higherIsBetter: false },
  onTimeRate: { unit: 'share', higherIsBetter: true },
  fillRate: { unit: 'share', higherIsBetter: true },
  splitRate: { unit: 'share', higherIsBetter: false },
  returnRate: { unit: 'share', higherIsBetter: false },
  returnCycleDaysMean: { unit: 'days', higherIsBetter: false },
  gmv: { unit: 'usd-per-month', higherIsBetter: true },
  serviceFees: { unit: 'usd-per-month', higherIsBetter: false },
  splitFees: { unit: 'usd-per-month', higherIsBetter: false },
  commissionFees: { unit: 'usd-per-month', higherIsBetter: false },
  netMargin: { unit: 'usd-per-month', higherIsBetter: true },
  inventoryTurnover: { unit: 'turns', higherIsBetter: true },
  unitSellThroughRate: { unit: 'share', higherIsBetter: true },
  skuSellThroughRate: { unit: 'share', higherIsBetter: true },
};

/** Days in the month the report uses for "per month" figures (the 30-day monthly blocks). */
export const DAYS_PER_MONTH = 30;

/**
 * Factor turning a total over the measured horizon into a per-month figure: 30 ÷ horizonDays.
 *
 * @example
 * perMonthFactor(360); // 1/12
 */
export function perMonthFactor(horizonDays: number): number {
  return DAYS_PER_MONTH / horizonDays;
}
