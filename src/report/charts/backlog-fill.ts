/**
 * Chart: open orders (backlog) and fill rate per day, one line per setup, as 7-day moving
 * averages of the daily means over replications (the weekly demand cycle would otherwise hide
 * the trend). Two panels stacked, sharing the day axis.
 */
import type { Results } from '../../results/types.js';
import { specBase, setupColour, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';

/** Window of the moving average, in days. */
export const SMOOTHING_DAYS = 7;

export interface DailyRow {
  setup: string;
  day: number;
  backlog: number | null;
  fill: number | null;
}

/** Daily rows of every setup (day 1 = first measured day). O(setups × days). */
export function dailyRows(results: Results, setups: readonly string[]): DailyRow[] {
  return setups.flatMap((setup) => {
    const s = results.setups[setup]?.series;
    if (!s) return [];
    const n = Math.max(s.dailyBacklogOrders.length, s.dailyFillRate.length);
    return Array.from({ length: n }, (_, i) => ({
      setup,
      day: i + 1,
      backlog: s.dailyBacklogOrders[i] ?? null,
      fill: s.dailyFillRate[i] ?? null,
    }));
  });
}

/**
 * The backlog and fill-rate chart, or null without daily series.
 *
 * @example
 * backlogFillSpec(results, ctx)?.vconcat.length; // 2
 */
export function backlogFillSpec(results: Results, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.charts.backlogFill;
  const rows = dailyRows(results, ctx.setups);
  if (rows.length === 0) return null;
  const smooth = (field: string, as: string) => ({
    window: [{ op: 'mean', field, as }],
    frame: [-(SMOOTHING_DAYS - 1), 0],
    groupby: ['setup'],
    sort: [{ field: 'day' }],
  });
  const lastDay = rows.reduce((a, r) => Math.max(a, r.day), 1);
  const x = { field: 'day', type: 'quantitative', title: ctx.m.charts.day, axis: { tickMinStep: 1 }, scale: { domain: [1, lastDay], nice: false } };
  const panel = (field: string, title: string, format: string, zero: boolean) => ({
    width: PANEL_WIDTH,
    height: 150,
    transform: [smooth(field, `${field}Smoothed`)],
    mark: { type: 'line', strokeWidth: 1.8 },
    encoding: {
      x,
      y: { field: `${field}Smoothed`, type: 'quantitative', title, axis: { format }, scale: { zero } },
      color: setupColour(ctx, { lines: true }),
      tooltip: [
        { field: 'setup', title: ctx.m.charts.setup },
        { field: 'day', title: ctx.m.charts.day },
        { field: `${field}Smoothed`, title, format: format.endsWith('%') ? '.1%' : ',.0f' },
      ],
    },
  });
  return {
    ...specBase(ctx, t.title),
    data: { values: rows },
    // fill rates sit near 100%: whole percents would label the ticks 99%, 99%, 100%, 100%
    vconcat: [panel('backlog', t.backlog, ',.0f', true), panel('fill', t.fillRate, '.1%', false)],
  } as ChartSpec;
}
