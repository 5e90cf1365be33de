/**
 * Chart: return rate and mean return cycle per destination market, bars grouped by setup.
 */
import type { Results } from '../../results/types.js';
import { specBase, setupColour, type ChartContext, type ChartSpec } from './theme.js';

export interface MarketChartRow {
  market: string;
  setup: string;
  returnRate: number | null;
  returnCycle: number | null;
}

/** One row per (market, setup), markets in the order of the first setup that lists them. */
export function marketRows(results: Results, setups: readonly string[]): MarketChartRow[] {
  return setups.flatMap((setup) =>
    (results.setups[setup]?.byMarket ?? []).map((r) => ({
      market: r.market,
      setup,
      returnRate: r.returnRate ?? null,
      returnCycle: r.returnCycleDaysMean ?? null,
    })),
  );
}

/**
 * The returns-by-market chart, or null without per-market rows.
 *
 * @example
 * returnsByMarketSpec(results, ctx)?.hconcat.length; // 2
 */
export function returnsByMarketSpec(results: Results, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.charts.returnsByMarket;
  const rows = marketRows(results, ctx.setups);
  if (rows.length === 0) return null;
  const markets = [...new Set(rows.map((r) => r.market))];
  const setupsShown = ctx.setups.filter((s) => rows.some((r) => r.setup === s));
  const height = Math.max(120, markets.length * setupsShown.length * 11 + markets.length * 8);
  const y = { field: 'market', type: 'nominal', title: ctx.m.charts.market, sort: markets };
  const panel = (field: string, title: string, format: string, showY: boolean) => ({
    width: 230,
    height,
    mark: { type: 'bar' },
    encoding: {
      y: showY ? y : { ...y, title: null },
      yOffset: { field: 'setup', type: 'nominal', sort: setupsShown },
      x: { field, type: 'quantitative', title, axis: { format } },
      color: setupColour(ctx),
      tooltip: [
        { field: 'market', title: ctx.m.charts.market },
        { field: 'setup', title: ctx.m.charts.setup },
        { field, title, format: format === '.0%' ? '.1%' : '.1f' },
      ],
    },
  });
  return {
    ...specBase(ctx, t.title),
    data: { values: rows },
    hconcat: [panel('returnRate', t.returnRate, '.0%', true), panel('returnCycle', t.returnCycle, ',.0f', false)],
  } as ChartSpec;
}
