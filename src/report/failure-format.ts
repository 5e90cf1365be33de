/**
 * How the Pool ID failures section and the anomaly board write the board's figures: counts
 * are means over replications (a quarter of a failure over four replications), so a count
 * keeps one decimal below 1,000 unless it is whole; a count, a share or a duration is never
 * negative, so an interval's lower end below zero is shown as 0 (a rare failure over few
 * replications). The extra fulfilment time is a difference and keeps its sign.
 */
import type { FailureMetric, FailureResults, MetricSummary } from '../results/types.js';
import type { Formatter } from './format.js';

/** A mean count: whole numbers bare, else one decimal below 1,000, none above. */
export function countText(x: number | null, f: Formatter): string {
  if (x === null || !Number.isFinite(x)) return f.spec.notAvailable;
  return Number.isInteger(x) || Math.abs(x) >= 1000 ? f.count(x) : f.number(x, 1);
}

/** A figure's formatter by metric: counts, money, shares, days (a whole day count without decimals). */
export function figureFormatter(metric: FailureMetric, f: Formatter): (x: number) => string {
  switch (metric) {
    case 'gmvAffected':
    case 'cancelledSales':
      return (x) => f.usd(x);
    case 'latePushShare':
      return (x) => f.percent(x, 1);
    case 'extraFulfilmentDays':
      return (x) => f.daysSigned(x, 2);
    case 'tokenExpiredDays':
    case 'outageDays':
      return (x) => f.days(x, Number.isInteger(x) ? 0 : 1);
    default:
      return (x) => countText(x, f);
  }
}

/** The formatter of a figure's interval ends: as the figure, without the unit of days. */
function boundFormatter(metric: FailureMetric, f: Formatter): (x: number) => string {
  switch (metric) {
    case 'extraFulfilmentDays':
      return (x) => f.signed(x, 2);
    case 'tokenExpiredDays':
    case 'outageDays':
      return (x) => f.number(x, 1);
    default:
      return figureFormatter(metric, f);
  }
}

/**
 * The ends of a summary's interval, the lower one at least 0 unless the figure may be
 * negative; null without an interval or when it has no width (the same value in every
 * replication: a setting, such as one outage day, or a failure that never occurs).
 */
export function intervalOf(metric: FailureMetric, s: MetricSummary): [number, number] | null {
  if (s.ci95 === null || s.ci95[0] === s.ci95[1]) return null;
  if (metric === 'extraFulfilmentDays') return s.ci95;
  return [Math.max(0, s.ci95[0]), metric === 'latePushShare' ? Math.min(1, s.ci95[1]) : s.ci95[1]];
}

/**
 * A board figure as text: the mean with its interval in brackets (none for fewer than two
 * replications or an interval without width), or n/a.
 *
 * @example
 * figureText(board, 'lockFailuresTokenExpired', f); // '14 (9.9 to 18.1)'
 * figureText(board, 'tokenExpiredDays', f); // '13.0 days (12.1 to 13.9)'
 */
export function figureText(board: FailureResults, metric: FailureMetric, f: Formatter): string {
  const s = board.summary[metric];
  if (s === undefined || s.mean === null) return f.spec.notAvailable;
  const ci = intervalOf(metric, s);
  const mean = figureFormatter(metric, f)(s.mean);
  return ci === null ? mean : `${mean}${f.spec.paren(f.interval(ci, boundFormatter(metric, f)))}`;
}

/** The mean of a figure as text, without its interval. */
export function meanText(board: FailureResults, metric: FailureMetric, f: Formatter): string {
  const x = board.summary[metric]?.mean ?? null;
  return x === null ? f.spec.notAvailable : figureFormatter(metric, f)(x);
}

/** The interval of a figure as text (n/a without one). */
export function intervalText(board: FailureResults, metric: FailureMetric, f: Formatter): string {
  const s = board.summary[metric];
  const ci = s === undefined ? null : intervalOf(metric, s);
  return f.interval(ci, boundFormatter(metric, f));
}
