/**
 * The charts of a report, in order, each with its id (file name under `charts/`), its texts
 * and its Vega-Lite spec. A chart that does not apply (no router difference, no daily
 * series…) is left out.
 */
import type { Results } from '../../results/types.js';
import type { ChartTexts } from '../i18n/messages.js';
import { backlogFillSpec } from './backlog-fill.js';
import { fulfilmentTimeSpec } from './fulfilment-time.js';
import { monthlyFeesSpec } from './monthly-fees.js';
import { netMarginSpec } from './net-margin-monthly.js';
import { returnsByMarketSpec } from './returns-by-market.js';
import { routerPolicySpec } from './router-policy.js';
import type { ChartContext, ChartSpec } from './theme.js';

export type { ChartContext, ChartSpec };

/** Chart ids, in report order; also their file names (`charts/<id>.svg`). */
export const CHART_IDS = [
  'fulfilment-time',
  'backlog-fill-rate',
  'monthly-fees',
  'returns-by-market',
  'net-margin-monthly',
  'router-policy',
] as const;
export type ChartId = (typeof CHART_IDS)[number] | 'sweep-net-margin';

export interface Chart {
  id: ChartId;
  texts: ChartTexts;
  spec: ChartSpec;
}

/**
 * Builds every applicable chart of a single-run report.
 *
 * @param feeSetup the merged setup whose fees are charted (the verdict's setup), or null
 * @example
 * buildCharts(results, ctx, 'merged').map((c) => c.id); // ['fulfilment-time', …]
 */
export function buildCharts(results: Results, ctx: ChartContext, feeSetup: string | null): Chart[] {
  const c = ctx.m.charts;
  const candidates: Array<[ChartId, ChartTexts, ChartSpec | null]> = [
    ['fulfilment-time', c.fulfilmentTime, fulfilmentTimeSpec(results, ctx)],
    ['backlog-fill-rate', c.backlogFill, backlogFillSpec(results, ctx)],
    ['monthly-fees', c.monthlyFees, feeSetup === null ? null : monthlyFeesSpec(results, feeSetup, ctx)],
    ['returns-by-market', c.returnsByMarket, returnsByMarketSpec(results, ctx)],
    ['net-margin-monthly', c.netMargin, netMarginSpec(results, ctx)],
    ['router-policy', c.routerPolicy, routerPolicySpec(results, ctx)],
  ];
  return candidates.flatMap(([id, texts, spec]) => (spec === null ? [] : [{ id, texts, spec }]));
}
