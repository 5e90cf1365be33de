/**
 * Chart (transition setups): the way from the application to break-even on the calendar.
 * One bar per onboarding stage attempt of the replication with the median working days to
 * go-live (each attempt its own row, in the order they happened, coloured by stage and
 * labelled with its length in calendar days), a solid rule at that replication's go-live, a shaded band for
 * the migration (go-live → go-live + mean `migrationDays`), and a dashed rule at the median
 * break-even day (`start + breakEven.day`) with its 95% interval as a light band when both
 * ends are inside the horizon. A break-even beyond the horizon is named under the title.
 *
 * The rules' labels sit in label rows above the stages (which all end before go-live), so
 * they never cover a bar; each goes right of its rule unless that runs past the plot or
 * across the other rule (`rule-label.ts`, decided at drawing time, so it holds when the
 * report redraws the chart narrower on a phone). The label rows have blank axis labels, so a
 * label turned left may run into the axis area.
 */
import type { Results, TransitionResults } from '../../results/types.js';
import { addDays, dateMs, daysBetween } from '../calendar-days.js';
import { makeFormatter, type Formatter } from '../format.js';
import { ONBOARDING_STAGES, type OnboardingStage } from '../i18n/messages.js';
import { estimateTextWidth } from '../render/svg.js';
import { ruleLabelSide } from './rule-label.js';
import { specBase, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';
import { wrapText } from './wrap-text.js';

/** Colour of each onboarding stage; rework (resubmission, lapse) in warm colours. */
export const STAGE_COLOURS: Record<OnboardingStage, string> = {
  qualification: '#4c78a8',
  warehouseFit: '#72b7b2',
  integration: '#54a24b',
  resubmission: '#e45756',
  'booking-lapse': '#b279a2',
};
const UNKNOWN_STAGE_COLOUR = '#9d9d9d';
export const GO_LIVE_COLOUR = '#333333';
export const MIGRATION_COLOUR = '#9ecae9';
const MIGRATION_TEXT_COLOUR = '#2f6b9a';
export const BREAK_EVEN_COLOUR = '#e8710a';

/** Height of one row (a stage attempt or a label row) in pixels. */
const ROW_STEP = 24;
/** Prefix of the label rows' y values (their axis labels are blank). */
const LABEL_ROW = '#label-';
const LABEL_FONT_SIZE = 11;
const BAR_LABEL_FONT_SIZE = 10;

export interface StageBar {
  /** Row label: the stage, with the attempt when it is not the first. */
  row: string;
  stage: string;
  attempt: number;
  start: string;
  end: string;
  /** Calendar days of the attempt (`end` is exclusive). */
  days: number;
  /** Text beside the bar: its length. */
  label: string;
  /** Dates for the tooltip (the last day of the attempt, not the exclusive end). */
  from: string;
  to: string;
}

/** Where the timeline's events fall, as ISO dates or timestamps (null: not drawn). */
export interface TimelineEvents {
  goLive: string;
  /** End of the mean migration window. */
  migrationEnd: string | null;
  breakEven: string | null;
  breakEvenCi: [string, string] | null;
  /** First and last instant of the date axis. */
  domain: [string, string];
}

const isStage = (s: string): s is OnboardingStage => (ONBOARDING_STAGES as readonly string[]).includes(s);

/**
 * The bars of the median replication's onboarding, in the order they happened (stable for
 * attempts that start on the same day). O(stages log stages).
 */
export function stageBars(transition: TransitionResults, ctx: ChartContext, f: Formatter = makeFormatter(ctx.m.format)): StageBar[] {
  const t = ctx.m.charts.transitionTimeline;
  const names = ctx.m.transition.stages;
  return transition.timeline.stages
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.start.localeCompare(b.s.start) || a.i - b.i)
    .map(({ s }) => {
      const name = isStage(s.stage) ? names[s.stage] : s.stage;
      const days = daysBetween(s.start, s.end);
      return {
        row: s.attempt > 1 ? t.attempt(name, s.attempt) : name,
        stage: s.stage,
        attempt: s.attempt,
        start: s.start,
        end: s.end,
        days,
        label: f.days(days, 0),
        from: f.date(s.start),
        to: f.date(addDays(s.end, -1)),
      };
    });
}

/**
 * Go-live, migration window, break-even and the axis range of a transition. The axis runs from
 * the application to the latest event, plus a little room for the last label. O(stages).
 */
export function timelineEvents(transition: TransitionResults): TimelineEvents {
  const { start, timeline, summary, breakEven } = transition;
  const goLive = timeline.goLiveDate;
  const migrationDays = summary.migrationDays.mean;
  const migrationEnd = migrationDays !== null && migrationDays > 0 ? addDays(goLive, migrationDays) : null;
  const at = (day: number | null) => (day === null ? null : addDays(start, day));
  const lo = breakEven.ci95?.[0] ?? null;
  const hi = breakEven.ci95?.[1] ?? null;
  const breakEvenCi: [string, string] | null = lo !== null && hi !== null && hi > lo ? [addDays(start, lo), addDays(start, hi)] : null;
  const ends = [goLive, migrationEnd, at(breakEven.day), breakEvenCi?.[1] ?? null, ...timeline.stages.map((s) => s.end)];
  const lastDay = Math.max(...ends.filter((x): x is string => x !== null).map((x) => daysBetween(start, x)));
  const room = Math.max(2, Math.ceil(lastDay * 0.04));
  return { goLive, migrationEnd, breakEven: at(breakEven.day), breakEvenCi, domain: [start, addDays(start, Math.ceil(lastDay) + room)] };
}

type Encoding = Record<string, unknown>;
/** The shared encodings: the date axis for any field, and the rows. */
interface Axes {
  x: (field: string) => Encoding;
  y: Encoding;
}

/**
 * Text layers in a label row at an instant, beside it on the side `ruleLabelSide` picks
 * (avoiding the rules at `others`): the full label, or, when no side takes it cleanly (a
 * narrow chart on a phone), the short one.
 */
function eventLabel(
  axes: Axes,
  row: string,
  at: string,
  text: string,
  short: string,
  colour: string,
  others: readonly string[],
): Array<Record<string, unknown>> {
  const full = ruleLabelSide('datum.at', text, LABEL_FONT_SIZE, others.map(dateMs));
  const layer = (label: string, shown: string) => {
    const { align, dx } = ruleLabelSide('datum.at', label, LABEL_FONT_SIZE, others.map(dateMs));
    return {
      data: { values: [{ row, at, text: label }] },
      mark: { type: 'text', fontSize: LABEL_FONT_SIZE, fontWeight: 'bold', color: colour, baseline: 'middle', align, dx, opacity: { expr: `(${shown}) ? 1 : 0` } },
      encoding: { x: axes.x('at'), y: axes.y, text: { field: 'text' } },
    };
  };
  return short === text ? [layer(text, 'true')] : [layer(text, full.clean), layer(short, `!(${full.clean})`)];
}

/** A rule across the whole plot at an instant. */
function rule(axes: Axes, at: string, colour: string, dash: number[] | null): Record<string, unknown> {
  return {
    data: { values: [{ at }] },
    mark: { type: 'rule', color: colour, strokeWidth: dash === null ? 2 : 1.8, ...(dash === null ? {} : { strokeDash: dash }) },
    encoding: { x: axes.x('at') },
  };
}

/** A shaded band across the whole plot between two instants. */
function band(axes: Axes, from: string, to: string, colour: string, opacity: number): Record<string, unknown> {
  return {
    data: { values: [{ from, to }] },
    mark: { type: 'rect', color: colour, opacity },
    encoding: { x: axes.x('from'), x2: { field: 'to' } },
  };
}

/**
 * The timeline chart of `setup`'s transition, or null when it has none (or no stage).
 *
 * @example
 * transitionTimelineSpec(results, 'merged', ctx)?.layer.map((l) => l.mark.type);
 * // ['rect', 'rect', 'bar', 'text', 'rule', 'rule', 'text', 'text', 'text']
 */
export function transitionTimelineSpec(results: Results, setup: string, ctx: ChartContext): ChartSpec | null {
  const transition = results.setups[setup]?.transition;
  if (transition === undefined || transition.timeline.stages.length === 0) return null;
  const t = ctx.m.charts.transitionTimeline;
  const f = makeFormatter(ctx.m.format);
  const bars = stageBars(transition, ctx, f);
  const ev = timelineEvents(transition);
  const be = transition.breakEven;

  const labelRows = [`${LABEL_ROW}go-live`, ...(ev.migrationEnd ? [`${LABEL_ROW}migration`] : []), ...(ev.breakEven ? [`${LABEL_ROW}break-even`] : [])];
  const rows = [...labelRows, ...new Set(bars.map((b) => b.row))];
  const stagesShown = [...new Set(bars.map((b) => b.stage))];
  // Every layer names the same scale, axis and title, so vega-lite merges them without a
  // conflict. domainMin/domainMax rather than domain: vega-lite 6.4 warns of a conflict with
  // itself for an explicit temporal domain on a mark with x2
  const x = (field: string): Encoding => ({
    field,
    type: 'temporal',
    title: t.date,
    scale: { type: 'utc', domainMin: dateMs(ev.domain[0]), domainMax: dateMs(ev.domain[1]), nice: false },
    axis: { format: ctx.m.format.vegaDateFormat, labelOverlap: true, tickCount: 8, grid: true, gridColor: '#eeeeee' },
  });
  const y: Encoding = {
    field: 'row',
    type: 'nominal',
    sort: rows,
    scale: { domain: rows },
    title: null,
    axis: { labelExpr: `indexof(datum.value, '${LABEL_ROW}') === 0 ? '' : datum.value`, ticks: false, domain: false, labelLimit: 220 },
  };

  const note =
    be.day === null
      ? wrapText(t.noBreakEven(f.days(results.horizonDays, 0), f.percent(be.withinHorizon, 0)), 12)
      : [];
  const axes: Axes = { x, y };
  const pxPerDay = PANEL_WIDTH / daysBetween(ev.domain[0], ev.domain[1]);
  const goLivePx = `scale('x', ${dateMs(ev.goLive)})`;
  const beforeStart =
    `${goLivePx} >= scale('x', datum.endMs) - 1 && ${goLivePx} < scale('x', datum.endMs) + datum.labelWidth` +
    ` && scale('x', datum.startMs) - datum.labelWidth >= 0`;
  const labelInside = (b: StageBar) => b.days * pxPerDay >= 2 * (estimateTextWidth(b.label, BAR_LABEL_FONT_SIZE) * 1.1 + 10);
  const breakEvenRule = ev.breakEven === null ? [] : [ev.breakEven];
  const migrationDays = f.days(transition.summary.migrationDays.mean, 1);
  const breakEvenDay = be.day === null ? '' : ctx.m.transition.day(f.number(be.day, 0));
  const layer: Array<Record<string, unknown>> = [
    ...(ev.breakEvenCi ? [band(axes, ev.breakEvenCi[0], ev.breakEvenCi[1], BREAK_EVEN_COLOUR, 0.12)] : []),
    ...(ev.migrationEnd ? [band(axes, ev.goLive, ev.migrationEnd, MIGRATION_COLOUR, 0.55)] : []),
    {
      data: { values: bars },
      mark: { type: 'bar', cornerRadius: 2, height: { band: 0.7 } },
      encoding: {
        x: x('start'),
        x2: { field: 'end' },
        y,
        color: {
          field: 'stage',
          type: 'nominal',
          scale: { domain: stagesShown, range: stagesShown.map((s) => (isStage(s) ? STAGE_COLOURS[s] : UNKNOWN_STAGE_COLOUR)) },
          legend: null,
        },
        tooltip: [
          { field: 'row', title: t.stage },
          { field: 'from', title: t.start },
          { field: 'to', title: t.end },
        ],
      },
    },
    // a bar's length inside it when it is at least twice as long as the text at full width (so
    // it still fits when the chart is redrawn narrower on a phone), else beside its end
    // beside the end, or before the start when the go-live rule would run through it
    {
      data: {
        values: bars
          .filter((b) => !labelInside(b))
          .map((b) => ({ ...b, startMs: dateMs(b.start), endMs: dateMs(b.end), labelWidth: Math.ceil(estimateTextWidth(b.label, BAR_LABEL_FONT_SIZE)) + 6 })),
      },
      mark: {
        type: 'text',
        baseline: 'middle',
        fontSize: BAR_LABEL_FONT_SIZE,
        color: '#444444',
        align: { expr: `(${beforeStart}) ? 'right' : 'left'` },
        dx: { expr: `(${beforeStart}) ? scale('x', datum.startMs) - scale('x', datum.endMs) - 4 : 4` },
      },
      encoding: { x: x('end'), y, text: { field: 'label' } },
    },
    {
      data: { values: bars.filter(labelInside) },
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: BAR_LABEL_FONT_SIZE, color: 'white', fontWeight: 'bold' },
      encoding: { x: x('start'), y, text: { field: 'label' } },
    },
    rule(axes, ev.goLive, GO_LIVE_COLOUR, null),
    ...(ev.breakEven ? [rule(axes, ev.breakEven, BREAK_EVEN_COLOUR, [6, 4])] : []),
    ...eventLabel(axes, `${LABEL_ROW}go-live`, ev.goLive, t.goLive(f.date(ev.goLive)), f.date(ev.goLive), GO_LIVE_COLOUR, breakEvenRule),
    // the migration's label starts where the migration does, at go-live
    ...(ev.migrationEnd ? eventLabel(axes, `${LABEL_ROW}migration`, ev.goLive, t.migration(migrationDays), migrationDays, MIGRATION_TEXT_COLOUR, breakEvenRule) : []),
    ...(ev.breakEven && be.day !== null ? eventLabel(axes, `${LABEL_ROW}break-even`, ev.breakEven, t.breakEven(breakEvenDay), breakEvenDay, BREAK_EVEN_COLOUR, [ev.goLive]) : []),
  ];
  return {
    ...specBase(ctx, t.title, [setup, ...note]),
    width: PANEL_WIDTH,
    height: { step: ROW_STEP },
    layer,
  } as unknown as ChartSpec;
}
