/**
 * Full and partial months among a setup's monthly rows. The rows are 30-day blocks after the
 * warm-up; when the horizon is not a multiple of 30 days the last one is shorter (365 days:
 * 12 × 30 + a 13th "month" of 5 days). Its money figures cover only those days, so drawn
 * beside full months it looks like a collapse of GMV, fees and margin.
 *
 * The report's month-by-month charts and month counts use full months only, and say which
 * month they left out. Why leave it out rather than scale it to 30 days: a seller reads each
 * point as "what a month looks like"; a 5-day stub scaled by 6 would be an extrapolation with
 * six times the noise (and its own weekday mix), and its rates (sell-through, against the
 * whole stock on hand) do not scale with its length at all, so the fee-tier panel could not
 * show it honestly either. Every figure of the partial month stays in the totals (headline
 * table, verdict), which come from the horizon totals, not from these rows.
 */
import type { MonthlySummaryRow, Results } from '../results/types.js';
import { DAYS_PER_MONTH } from './metrics.js';

/** A month left out of the monthly charts: its index and length in days. */
export interface PartialMonth {
  month: number;
  days: number;
}

/**
 * Length of a monthly row in days. Results files written before rows carried `days` get it
 * from the horizon (30 per block, the remainder for the last). O(1).
 *
 * @example
 * monthDays({ month: 13 }, 365); // 5
 */
export function monthDays(row: { month: number; days?: number | null }, horizonDays: number): number {
  if (typeof row.days === 'number' && Number.isFinite(row.days)) return row.days;
  return Math.max(0, Math.min(DAYS_PER_MONTH, horizonDays - (row.month - 1) * DAYS_PER_MONTH));
}

/**
 * Whether a monthly row covers a full 30-day month (a tolerance absorbs a fractional horizon's
 * rounding, far below a day). O(1).
 */
export function isFullMonth(row: { month: number; days?: number | null }, horizonDays: number): boolean {
  return monthDays(row, horizonDays) >= DAYS_PER_MONTH - 1e-9;
}

/**
 * The full months of a setup's monthly rows, in order. O(months).
 *
 * @example
 * fullMonths(results, 'merged').length; // 12 for a 365-day horizon
 */
export function fullMonths(results: Pick<Results, 'setups' | 'horizonDays'>, setup: string): MonthlySummaryRow[] {
  return (results.setups[setup]?.monthly ?? []).filter((r) => isFullMonth(r, results.horizonDays));
}

/**
 * The partial month the monthly rows of `setups` hold, or null when every month is full. All
 * setups share the horizon, so they share it too; the first one found is returned. O(setups × months).
 *
 * @example
 * partialMonth(results, ['unmerged', 'merged']); // { month: 13, days: 5 } for a 365-day horizon
 */
export function partialMonth(results: Results, setups: readonly string[]): PartialMonth | null {
  for (const setup of setups) {
    for (const r of results.setups[setup]?.monthly ?? []) {
      if (!isFullMonth(r, results.horizonDays)) return { month: r.month, days: monthDays(r, results.horizonDays) };
    }
  }
  return null;
}

/**
 * A month's length for display: whole days as integers, else one decimal.
 *
 * @example
 * daysLabel(5); // '5'
 */
export function daysLabel(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1);
}
