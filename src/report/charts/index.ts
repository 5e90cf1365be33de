/**
 * The charts of a report, in order, each with its id (file name under `charts/`), its texts
 * and its Vega-Lite spec. A chart that does not apply (no router difference, no daily
 * series, no transition…) is left out. The transition charts come last; the report shows
 * them in its transition section rather than among the others (`TRANSITION_CHART_IDS`).
 */
import type { Results } from '../../results/types.js';
import type { ChartTexts } from '../i18n/messages.js';
import { chartedTransition } from '../transition-setups.js';
import { backlogFillSpec } from './backlog-fill.js';
import { cumulativeMarginSpec } from './cumulative-margin.js';
import { fulfilmentTimeSpec } from './fulfilment-time.js';
import { monthlyFeesSpec } from './monthly-fees.js';
import { netMarginSpec } from './net-margin-monthly.js';
import { returnsByMarketSpec } from './returns-by-market.js';
import { routerPolicySpec } from './router-policy.js';
import type { ChartContext, ChartSpec } from './theme.js';
import { transitionTimelineSpec } from './transition-timeline.js';

export type { ChartContext, ChartSpec };

/** Chart ids, in report order; also their file names (`charts/<id>.svg`). */
export const CHART_IDS = [
  'fulfilment-time',
  'backlog-fill-rate',
  'monthly-fees',
  'returns-by-market',
  'net-margin-monthly',
  'router-policy',
  'transition-timeline',
  'cumulative-margin',
] as const;

/** Charts of the transition section (drawn only for a setup with a transition). */
export const TRANSITION_CHART_IDS = ['transition-timeline', 'cumulative-margin'] as const satisfies ReadonlyArray<(typeof CHART_IDS)[number]>;
export type ChartId = (typeof CHART_IDS)[number] | 'sweep-net-margin';

export interface Chart {
  id: ChartId;
  texts: ChartTexts;
  spec: ChartSpec;
}

/**
 * Builds every applicable chart of a single-run report.
 *
 * @param feeSetup the merged setup whose fees are charted (the verdict's setup), or null; its
 *   transition is the one charted when it has one, else the first setup's with a transition
 * @example
 * buildCharts(results, ctx, 'merged').map((c) => c.id); // ['fulfilment-time', …]
 */
export function buildCharts(results: Results, ctx: ChartContext, feeSetup: string | null): Chart[] {
  const c = ctx.m.charts;
  const transition = chartedTransition(results, ctx.setups, feeSetup)?.setup ?? null;
  const candidates: Array<[ChartId, ChartTexts, ChartSpec | null]> = [
    ['fulfilment-time', c.fulfilmentTime, fulfilmentTimeSpec(results, ctx)],
    ['backlog-fill-rate', c.backlogFill, backlogFillSpec(results, ctx)],
    ['monthly-fees', c.monthlyFees, feeSetup === null ? null : monthlyFeesSpec(results, feeSetup, ctx)],
    ['returns-by-market', c.returnsByMarket, returnsByMarketSpec(results, ctx)],
    ['net-margin-monthly', c.netMargin, netMarginSpec(results, ctx)],
    ['router-policy', c.routerPolicy, routerPolicySpec(results, ctx)],
    ['transition-timeline', c.transitionTimeline, transition === null ? null : transitionTimelineSpec(results, transition, ctx)],
    ['cumulative-margin', c.cumulativeMargin, transition === null ? null : cumulativeMarginSpec(results, transition, ctx)],
  ];
  return candidates.flatMap(([id, texts, spec]) => (spec === null ? [] : [{ id, texts, spec }]));
}
