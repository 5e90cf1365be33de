/**
 * The charts of a report, in order, each with its id (file name under `charts/`), its texts
 * and its Vega-Lite spec. A chart that does not apply (no router difference, no daily
 * series, no transition…) is left out. The transition charts and the anomaly board come last;
 * the report shows them in their own sections rather than among the others
 * (`TRANSITION_CHART_IDS`, `FAILURE_CHART_IDS`).
 */
import type { Results } from '../../results/types.js';
import { boardSetups } from '../failure-board.js';
import type { ChartTexts } from '../i18n/messages.js';
import { chartedTransition } from '../transition-setups.js';
import { anomalyBoardSpec, anomalyBoardTexts } from './anomaly-board.js';
import { backlogFillSpec } from './backlog-fill.js';
import { cumulativeMarginSpec } from './cumulative-margin.js';
import { fulfilmentTimeSpec } from './fulfilment-time.js';
import { monthlyFeesSpec } from './monthly-fees.js';
import { netMarginSpec } from './net-margin-monthly.js';
import { returnsByMarketSpec } from './returns-by-market.js';
import { routerPolicySpec } from './router-policy.js';
import type { ChartContext, ChartSpec } from './theme.js';
import { transitionTimelineSpec } from './transition-timeline.js';
import { tornadoSpec } from './tornado.js';
import { perMonthFactor } from '../metrics.js';

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
  'anomaly-board',
  'sensitivity-tornado',
] as const;

/** Charts of the transition section (drawn only for a setup with a transition). */
export const TRANSITION_CHART_IDS = ['transition-timeline', 'cumulative-margin'] as const satisfies ReadonlyArray<(typeof CHART_IDS)[number]>;
/** Charts of the Pool ID failures section (drawn only for setups with a failure board). */
export const FAILURE_CHART_IDS = ['anomaly-board'] as const satisfies ReadonlyArray<(typeof CHART_IDS)[number]>;
/** Charts of the "What flips the verdict" section (drawn only with a sensitivity block). */
export const SENSITIVITY_CHART_IDS = ['sensitivity-tornado'] as const satisfies ReadonlyArray<(typeof CHART_IDS)[number]>;
/** Charts shown in a section of their own rather than under Charts. */
export const SECTION_CHART_IDS: ReadonlyArray<ChartId> = [...TRANSITION_CHART_IDS, ...FAILURE_CHART_IDS, ...SENSITIVITY_CHART_IDS];
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
 *   transition is the one charted when it has one, else the first setup's with a transition;
 *   it leads the anomaly board when it is one of the board's setups (`boardSetups`)
 * @example
 * buildCharts(results, ctx, 'merged').map((c) => c.id); // ['fulfilment-time', …]
 */
export function buildCharts(results: Results, ctx: ChartContext, feeSetup: string | null): Chart[] {
  const c = ctx.m.charts;
  const transition = chartedTransition(results, ctx.setups, feeSetup)?.setup ?? null;
  const board = boardSetups(results, ctx.setups, feeSetup);
  const candidates: Array<[ChartId, ChartTexts, ChartSpec | null]> = [
    ['fulfilment-time', c.fulfilmentTime, fulfilmentTimeSpec(results, ctx)],
    ['backlog-fill-rate', c.backlogFill, backlogFillSpec(results, ctx)],
    ['monthly-fees', c.monthlyFees, feeSetup === null ? null : monthlyFeesSpec(results, feeSetup, ctx)],
    ['returns-by-market', c.returnsByMarket, returnsByMarketSpec(results, ctx)],
    ['net-margin-monthly', c.netMargin, netMarginSpec(results, ctx)],
    ['router-policy', c.routerPolicy, routerPolicySpec(results, ctx)],
    ['transition-timeline', c.transitionTimeline, transition === null ? null : transitionTimelineSpec(results, transition, ctx)],
    ['cumulative-margin', c.cumulativeMargin, transition === null ? null : cumulativeMarginSpec(results, transition, ctx)],
    ['anomaly-board', board.length === 0 ? c.anomalyBoard : anomalyBoardTexts(results, board, ctx), anomalyBoardSpec(results, board, ctx)],
    ['sensitivity-tornado', ctx.m.sensitivity.chart, results.sensitivity ? tornadoSpec(results.sensitivity, perMonthFactor(results.horizonDays), ctx) : null],
  ];
  return candidates.flatMap(([id, texts, spec]) => (spec === null ? [] : [{ id, texts, spec }]));
}
