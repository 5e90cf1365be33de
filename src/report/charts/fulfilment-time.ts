/**
 * Chart: fulfilment-time distribution, one step curve per setup (share of delivered orders per
 * histogram bin), with a dashed rule at each setup's mean. Built from the fixed-bin histogram
 * summed over replications, so it shows every order, not one replication.
 */
import type { Results } from '../../results/types.js';
import { specBase, setupColour, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';

/** Share of orders kept on the x axis: the long right tail past it is cut for readability. */
export const TAIL_COVERAGE = 0.995;

/** Most bins drawn: finer histograms are merged k bins at a time (a 0.05-day histogram is noise to the eye). */
export const MAX_DRAWN_BINS = 60;

export interface HistogramRow {
  setup: string;
  days: number;
  share: number;
}

/**
 * Histogram rows of every setup, cut where all setups have covered `TAIL_COVERAGE` of orders,
 * with bins merged so that at most `MAX_DRAWN_BINS` are drawn (shares are per drawn bin).
 * Each setup also gets a closing point one bin past the cut so the last step is drawn.
 * O(setups × bins).
 */
export function histogramRows(results: Results, setups: readonly string[]): HistogramRow[] {
  let lastBin = 0;
  const usable = setups.flatMap((setup) => {
    const h = results.setups[setup]?.series.fulfilmentHistogram;
    const total = h ? h.counts.reduce((a, b) => a + b, 0) : 0;
    if (!h || total <= 0) return [];
    let acc = 0;
    for (let i = 0; i < h.counts.length; i++) {
      acc += h.counts[i];
      if (acc >= TAIL_COVERAGE * total) {
        lastBin = Math.max(lastBin, i);
        break;
      }
    }
    return [{ setup, h, total }];
  });
  const merge = Math.max(1, Math.ceil((lastBin + 1) / MAX_DRAWN_BINS));
  return usable.flatMap(({ setup, h, total }) => {
    const rows: HistogramRow[] = [];
    const end = Math.min(lastBin, h.counts.length - 1);
    const width = h.binWidthDays * merge;
    let last = 0;
    for (let i = 0; i <= end; i += merge) {
      let sum = 0;
      for (let j = i; j < Math.min(i + merge, h.counts.length); j++) sum += h.counts[j];
      last = sum / total;
      rows.push({ setup, days: (i / merge) * width, share: last });
    }
    rows.push({ setup, days: rows.length * width, share: last });
    return rows;
  });
}

/**
 * The fulfilment-time chart, or null when no setup has a delivered order.
 *
 * @example
 * fulfilmentTimeSpec(results, ctx)?.layer.length; // 3 (area, line, mean rules)
 */
export function fulfilmentTimeSpec(results: Results, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.charts.fulfilmentTime;
  const rows = histogramRows(results, ctx.setups);
  if (rows.length === 0) return null;
  const present = new Set(rows.map((r) => r.setup));
  const means = ctx.setups
    .filter((s) => present.has(s))
    .map((setup) => ({ setup, mean: results.setups[setup].summary.fulfilmentDaysMean?.mean ?? null }))
    .filter((r) => r.mean !== null);
  const x = { field: 'days', type: 'quantitative', title: t.x, axis: { tickMinStep: 1 } };
  const y = { field: 'share', type: 'quantitative', title: t.y, axis: { format: '.0%' }, stack: null };
  const colour = setupColour(ctx, { lines: true });
  return {
    ...specBase(ctx, t.title),
    width: PANEL_WIDTH,
    height: 240,
    layer: [
      {
        data: { values: rows },
        mark: { type: 'area', interpolate: 'step-after', opacity: 0.12 },
        encoding: { x, y, color: colour },
      },
      {
        data: { values: rows },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
        encoding: {
          x,
          y,
          color: colour,
          tooltip: [
            { field: 'setup', title: ctx.m.charts.setup },
            { field: 'days', title: t.x, format: '.1f' },
            { field: 'share', title: t.y, format: '.1%' },
          ],
        },
      },
      {
        data: { values: means },
        mark: { type: 'rule', strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: {
          x: { field: 'mean', type: 'quantitative' },
          color: colour,
          tooltip: [
            { field: 'setup', title: ctx.m.charts.setup },
            { field: 'mean', title: t.mean, format: '.2f' },
          ],
        },
      },
    ],
  } as ChartSpec;
}
