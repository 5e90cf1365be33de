/**
 * Chart (transition setups): the cumulative net-margin difference, setup − baseline, day by
 * day from the application (`transition.cumulativeMarginDiff`, paired over replications):
 * the mean as a line in the setup's colour with its 95% band, a rule at zero, a dashed grey
 * rule at the mean go-live day and a dashed rule at the median break-even day (with its 95%
 * interval as a light band when both ends are inside the horizon), each labelled along its
 * line. A break-even beyond the horizon is named under the title.
 *
 * x is elapsed days since the application: the value at x = n is the total at the end of
 * day n, so the curve starts at 0 on x = 0, go-live (at the start of measured day index d)
 * sits at x = d, and the break-even day n is the instant x = n after which the total stays
 * above zero.
 */
import type { Results } from '../../results/types.js';
import { makeFormatter } from '../format.js';
import { specBase, setupColours, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';
import { BREAK_EVEN_COLOUR } from './transition-timeline.js';
import { wrapText } from './wrap-text.js';

export interface CumulativeRow {
  day: number;
  mean: number | null;
  lo: number | null;
  hi: number | null;
}

/** Rows of the curve: day 0 (nothing accrued yet) and the end of every measured day. O(days). */
export function cumulativeRows(results: Results, setup: string): CumulativeRow[] {
  const c = results.setups[setup]?.transition?.cumulativeMarginDiff;
  if (!c || c.mean.length === 0) return [];
  return [
    { day: 0, mean: 0, lo: 0, hi: 0 },
    ...c.mean.map((mean, i) => ({ day: i + 1, mean, lo: c.ci95Low[i] ?? null, hi: c.ci95High[i] ?? null })),
  ];
}

/** Height of the plot, pixels. */
const HEIGHT = 260;
/** Room a vertical label needs beside its rule, pixels (11 px text and the gap). */
const VERTICAL_LABEL_ROOM = 16;

/**
 * A dashed vertical rule and its label, written along the rule (reading upwards) so that two
 * rules a few days apart never have their labels cross the other's line. The label goes on
 * `side` of the rule when there is room for it inside the plot, else on the other side; it
 * starts at the top or the bottom of the plot (`top`), whichever the curve leaves free.
 * `yieldTo`: another rule whose label this one must not cover (then it is hidden instead).
 */
function markedRule(
  at: number,
  label: string,
  colour: string,
  side: 'left' | 'right',
  top: boolean,
  x: Record<string, unknown>,
  yieldTo: number | null = null,
): Array<Record<string, unknown>> {
  const px = "scale('x', datum.at)";
  const room = side === 'left' ? `${px} >= ${VERTICAL_LABEL_ROOM}` : `${px} + ${VERTICAL_LABEL_ROOM} <= width`;
  const left = side === 'left' ? room : `!(${room})`;
  // Without room on its side, a label that would lie on `yieldTo`'s label is left out
  const shown = yieldTo === null ? 'true' : `(${room}) || abs(scale('x', ${yieldTo}) - ${px}) >= ${2 * VERTICAL_LABEL_ROOM}`;
  return [
    {
      data: { values: [{ at }] },
      mark: { type: 'rule', color: colour, strokeWidth: 1.8, strokeDash: [6, 4] },
      encoding: { x: { ...x, field: 'at' } },
    },
    {
      data: { values: [{ at, label }] },
      mark: {
        type: 'text',
        angle: 270,
        fontSize: 11,
        fontWeight: 'bold',
        color: colour,
        // rotated a quarter turn: align runs along the rule, baseline and dy across it
        align: top ? 'right' : 'left',
        baseline: { expr: `(${left}) ? 'bottom' : 'top'` },
        dy: { expr: `(${left}) ? -4 : 4` },
        opacity: { expr: `(${shown}) ? 1 : 0` },
      },
      encoding: { x: { ...x, field: 'at' }, y: { value: top ? 4 : HEIGHT - 4 }, text: { field: 'label' } },
    },
  ];
}

/**
 * The cumulative-margin chart of `setup`'s transition, or null without one.
 *
 * @example
 * cumulativeMarginSpec(results, 'merged', ctx)?.layer.map((l) => l.mark.type);
 * // ['rect', 'area', 'line', 'rule', 'rule', 'text', 'rule', 'text']
 */
export function cumulativeMarginSpec(results: Results, setup: string, ctx: ChartContext): ChartSpec | null {
  const transition = results.setups[setup]?.transition;
  const rows = cumulativeRows(results, setup);
  if (transition === undefined || rows.length < 2) return null;
  const t = ctx.m.charts.cumulativeMargin;
  const f = makeFormatter(ctx.m.format);
  const be = transition.breakEven;
  const colour = setupColours(ctx.setups)[Math.max(0, ctx.setups.indexOf(setup))];
  const lastDay = rows[rows.length - 1].day;
  const x = { field: 'day', type: 'quantitative', title: t.x, scale: { domain: [0, lastDay], nice: false }, axis: { tickMinStep: 1, format: 'd' } };
  const money = { axis: { format: '$,.0f' } };
  const goLiveDay = transition.summary.goLiveDay.mean;
  const lo = be.ci95?.[0] ?? null;
  const hi = be.ci95?.[1] ?? null;
  const note = be.day === null ? wrapText(t.noBreakEven(f.days(results.horizonDays, 0), f.percent(be.withinHorizon, 0)), 12) : [];
  const day = (n: number, digits: number) => ctx.m.transition.day(f.number(n, digits));
  // Labels start at the top when zero (where the curve is around go-live and break-even) lies in the lower half
  const values = rows.flatMap((r) => [r.mean, r.lo, r.hi]).filter((v): v is number => v !== null);
  const [yMin, yMax] = [Math.min(0, ...values), Math.max(0, ...values)];
  const top = yMax === yMin || -yMin / (yMax - yMin) < 0.5;

  const layer: Array<Record<string, unknown>> = [
    ...(lo !== null && hi !== null && hi > lo
      ? [
          {
            data: { values: [{ from: lo, to: hi }] },
            mark: { type: 'rect', color: BREAK_EVEN_COLOUR, opacity: 0.12 },
            encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' } },
          },
        ]
      : []),
    {
      data: { values: rows },
      transform: [{ filter: 'datum.lo !== null && datum.hi !== null' }],
      mark: { type: 'area', color: colour, opacity: 0.2 },
      encoding: { x, y: { field: 'lo', type: 'quantitative', title: t.y, ...money }, y2: { field: 'hi' } },
    },
    {
      data: { values: rows },
      transform: [{ filter: 'datum.mean !== null' }],
      mark: { type: 'line', color: colour, strokeWidth: 2 },
      encoding: {
        x,
        y: { field: 'mean', type: 'quantitative', title: t.y, ...money },
        tooltip: [
          { field: 'day', title: t.x },
          { field: 'mean', title: t.y, format: '$,.0f' },
          { field: 'lo', format: '$,.0f', title: '95%' },
          { field: 'hi', format: '$,.0f', title: '95%' },
        ],
      },
    },
    { data: { values: [{ y: 0 }] }, mark: { type: 'rule', color: '#333333', strokeWidth: 1 }, encoding: { y: { field: 'y', type: 'quantitative' } } },
    // the grey rule is named in the caption too, so its label gives way to break-even's when the two rules nearly touch (phones)
    ...(goLiveDay === null ? [] : markedRule(goLiveDay, t.goLive(day(goLiveDay, 1)), '#555555', 'left', top, x, be.day)),
    ...(be.day === null ? [] : markedRule(be.day, t.breakEven(day(be.day, 0)), BREAK_EVEN_COLOUR, 'right', top, x)),
  ];
  return {
    ...specBase(ctx, t.title, [setup, ...note]),
    width: PANEL_WIDTH,
    height: HEIGHT,
    layer,
  } as unknown as ChartSpec;
}
