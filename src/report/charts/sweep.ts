/**
 * Chart (sweeps): the monthly net-margin change of each merged setup against the baseline as
 * the varied parameter moves, with its 95% band, the zero line and the break-even value.
 */
import type { SweepSeries } from '../sweep-analysis.js';
import { specBase, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';

const SERIES_COLOURS = ['#4c78a8', '#f58518', '#54a24b', '#b279a2', '#e45756', '#72b7b2'];

/**
 * The sweep chart, or null when no series has a point.
 *
 * @example
 * sweepSpec(series, 'costs.fulfilmentPerParcel', ctx)?.layer.length; // 5
 */
export function sweepSpec(series: readonly SweepSeries[], parameter: string, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.charts.sweep;
  const rows = series.flatMap((s) => s.points.map((p) => ({ series: s.label, x: p.x, mean: p.mean, lo: p.lo, hi: p.hi })));
  if (rows.length === 0) return null;
  const labels = series.map((s) => s.label);
  const breakEvens = series
    .filter((s) => s.breakEven !== null)
    .map((s) => ({ series: s.label, x: s.breakEven as number, label: t.breakEven(formatParam(s.breakEven as number)) }));
  const colour = {
    field: 'series',
    type: 'nominal',
    title: t.series,
    scale: { domain: labels, range: SERIES_COLOURS.slice(0, Math.max(1, labels.length)) },
    legend: { orient: 'bottom', direction: 'horizontal', symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1, symbolSize: 300 },
  };
  const x = { field: 'x', type: 'quantitative', title: parameter, scale: { zero: false, nice: false } };
  return {
    ...specBase(ctx, t.title),
    width: PANEL_WIDTH,
    height: 260,
    layer: [
      {
        data: { values: rows },
        transform: [{ filter: 'datum.lo !== null && datum.hi !== null' }],
        mark: { type: 'area', opacity: 0.18 },
        encoding: { x, y: { field: 'lo', type: 'quantitative', title: t.y, axis: { format: '$,.0f' } }, y2: { field: 'hi' }, color: colour },
      },
      {
        data: { values: rows },
        mark: { type: 'line', point: true, strokeWidth: 2 },
        encoding: {
          x,
          y: { field: 'mean', type: 'quantitative', title: t.y },
          color: colour,
          tooltip: [
            { field: 'series', title: t.series },
            { field: 'x', title: parameter },
            { field: 'mean', title: t.y, format: '$,.0f' },
          ],
        },
      },
      { data: { values: [{ y: 0 }] }, mark: { type: 'rule', color: '#333333', strokeWidth: 1 }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      {
        data: { values: breakEvens },
        mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { x: { field: 'x', type: 'quantitative' }, color: colour },
      },
      {
        data: { values: breakEvens },
        mark: { type: 'text', align: 'left', dx: 5, baseline: 'top', fontSize: 11 },
        encoding: { x: { field: 'x', type: 'quantitative' }, y: { value: 6 }, text: { field: 'label' }, color: colour },
      },
    ],
  } as ChartSpec;
}

/** A parameter value with up to four significant decimals and no trailing zeros. */
export function formatParam(x: number): string {
  return String(Number(x.toPrecision(4)));
}
