/**
 * Chart: net margin per 30-day month, one line per setup, with its 95% confidence band
 * (the monthly rows carry the band, computed over replications by the experiment layer).
 * Full months only: a partial last month is left out with a note in the subtitle (why:
 * `../monthly-rows.ts`).
 */
import type { Results } from '../../results/types.js';
import { fullMonths } from '../monthly-rows.js';
import { partialMonthNote } from './partial-month-note.js';
import { specBase, setupColour, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';

export interface MarginRow {
  setup: string;
  month: number;
  netMargin: number;
  lo: number | null;
  hi: number | null;
}

/** Monthly net-margin rows of every setup, full months only, months without a mean left out. */
export function marginRows(results: Results, setups: readonly string[]): MarginRow[] {
  return setups.flatMap((setup) =>
    fullMonths(results, setup).flatMap((r) =>
      r.netMargin === null
        ? []
        : [{ setup, month: r.month, netMargin: r.netMargin, lo: r.netMarginCi95?.[0] ?? null, hi: r.netMarginCi95?.[1] ?? null }],
    ),
  );
}

/**
 * The net-margin chart, or null without monthly rows.
 *
 * @example
 * netMarginSpec(results, ctx)?.layer.map((l) => l.mark.type); // ['area', 'line']
 */
export function netMarginSpec(results: Results, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.charts.netMargin;
  const rows = marginRows(results, ctx.setups);
  if (rows.length === 0) return null;
  const note = partialMonthNote(results, ctx.setups, ctx);
  const x = { field: 'month', type: 'quantitative', title: ctx.m.charts.month, axis: { tickMinStep: 1, format: 'd' }, scale: { nice: false } };
  return {
    ...specBase(ctx, t.title, note.length === 0 ? undefined : note),
    width: PANEL_WIDTH,
    height: 260,
    data: { values: rows },
    layer: [
      {
        transform: [{ filter: 'datum.lo !== null && datum.hi !== null' }],
        mark: { type: 'area', opacity: 0.18 },
        encoding: {
          x,
          y: { field: 'lo', type: 'quantitative', title: t.y, axis: { format: '$,.0f' }, scale: { zero: false } },
          y2: { field: 'hi' },
          color: setupColour(ctx, { lines: true }),
        },
      },
      {
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x,
          y: { field: 'netMargin', type: 'quantitative', title: t.y },
          color: setupColour(ctx, { lines: true }),
          tooltip: [
            { field: 'setup', title: ctx.m.charts.setup },
            { field: 'month', title: ctx.m.charts.month },
            { field: 'netMargin', title: t.y, format: '$,.0f' },
            { field: 'lo', format: '$,.0f', title: '95%' },
            { field: 'hi', format: '$,.0f', title: '95%' },
          ],
        },
      },
    ],
  } as ChartSpec;
}
