/**
 * The transition section, shown only when a setup's results carry a `transition`: the way
 * from the application to go-live (working and calendar days, rejections, lapses), what the
 * migration moved and cost and the sales it lost or delayed, the break-even day with its
 * interval and the chance that it falls inside the horizon; then the two transition charts
 * and what is assumed. One table column per transition setup; the charts show one of them
 * (`chartedTransition`).
 */
import type { MetricSummary, TransitionMetric, TransitionResults } from '../../results/types.js';
import { addDays, daysBetween } from '../calendar-days.js';
import type { Chart } from '../charts/index.js';
import { cell, type Block, type Cell, type Inline } from '../document.js';
import type { Formatter } from '../format.js';
import { TRANSITION_ROWS, type Messages, type TransitionRow } from '../i18n/messages.js';
import { chartedTransition, transitionSetups } from '../transition-setups.js';
import type { SectionContext } from './context.js';

/** What separates two sentences: a space in English, nothing in Chinese (whose full stop is wide). */
const sentenceGap = (m: Messages) => (m.format.fullStop === '.' ? ' ' : '');

/**
 * A value with its interval in brackets, or n/a. Every transition figure is a count, a
 * duration or an amount, never below zero, so a t interval's lower end below zero (a rare
 * rejection over few replications) is shown as 0.
 */
function withInterval(s: MetricSummary | undefined, fmt: (x: number) => string, bare: (x: number) => string, f: Formatter): string {
  if (!s || s.mean === null) return f.spec.notAvailable;
  if (s.ci95 === null) return fmt(s.mean);
  const ci: [number, number] = [Math.max(0, s.ci95[0]), s.ci95[1]];
  return `${fmt(s.mean)}${f.spec.paren(f.interval(ci, bare))}`;
}

/** Digits for a day count: none for a whole day, one for a median between two days. */
const dayDigits = (x: number) => (Number.isInteger(x) ? 0 : 1);

/** The break-even day with its interval; a bound beyond the horizon says so. */
export function breakEvenText(t: TransitionResults, m: Messages, f: Formatter): { day: string; interval: string } {
  const be = t.breakEven;
  const bound = (x: number | null) => (x === null ? m.transition.beyondHorizon : m.transition.day(f.number(x, dayDigits(x))));
  const day = be.day === null ? m.transition.beyondHorizon : m.transition.day(f.number(be.day, dayDigits(be.day)));
  const interval = be.ci95 === null ? f.spec.notAvailable : f.spec.interval(bound(be.ci95[0]), bound(be.ci95[1]));
  return { day, interval };
}

/** The calendar date of a break-even day (day 1 is the application date itself). */
export function breakEvenDate(t: TransitionResults): string | null {
  return t.breakEven.day === null ? null : addDays(t.start, Math.ceil(t.breakEven.day) - 1);
}

/** One cell of the table: a figure of one setup's transition. */
export function transitionCell(row: TransitionRow, t: TransitionResults, m: Messages, f: Formatter): string {
  const s = (k: TransitionMetric) => t.summary[k];
  const count = (x: number) => f.count(x);
  const money = (x: number) => f.usd(x);
  const days = (x: number) => f.days(x, 1);
  const plain = (digits: number) => (x: number) => f.number(x, digits);
  switch (row) {
    case 'workingDaysToGoLive':
      return withInterval(s(row), (x) => m.transition.workingDays(f.number(x, 1)), plain(1), f);
    case 'calendarDaysToGoLive':
    case 'migrationDays':
      return withInterval(s(row), days, plain(1), f);
    case 'goLiveDate':
      return f.date(t.timeline.goLiveDate);
    case 'goLiveWithinHorizon':
      return f.percent(t.goLiveWithinHorizon, 0);
    case 'rejections':
    case 'lapses':
      return withInterval(s(row), plain(2), plain(2), f);
    case 'migratedUnits':
    case 'unitsDelayedDuringMigration':
    case 'unitsLostDuringMigration':
      return withInterval(s(row), count, count, f);
    case 'migratedValue':
    case 'salesShortDuringMigration':
    case 'migrationCost':
      return withInterval(s(row), money, money, f);
    case 'breakEvenDay': {
      const { day, interval } = breakEvenText(t, m, f);
      return t.breakEven.ci95 === null ? day : `${day}${f.spec.paren(interval)}`;
    }
    case 'breakEvenWithinHorizon': {
      const pct = (x: number) => f.percent(x, 0);
      const ci = t.breakEven.withinHorizonCi95;
      return ci === null ? pct(t.breakEven.withinHorizon) : `${pct(t.breakEven.withinHorizon)}${f.spec.paren(f.interval(ci, pct))}`;
    }
  }
}

/** The summary sentences of the charted transition: go-live of the median replication, break-even. */
export function transitionSentences(t: TransitionResults, ctx: SectionContext): string[] {
  const { results, m, f } = ctx;
  const k = results.replicationIndices.indexOf(t.timeline.replication);
  const median = t.replications[k >= 0 ? k : t.timeline.replication];
  const calendarDays = median?.calendarDaysToGoLive ?? daysBetween(t.start, t.timeline.goLiveDate);
  const workingDays = median?.workingDaysToGoLive ?? null;
  const share = f.percent(t.breakEven.withinHorizon, 0);
  const goLive = m.transition.goLiveSentence(
    f.date(t.timeline.goLiveDate),
    f.days(calendarDays, 0),
    workingDays === null ? '' : m.transition.workingDays(f.number(workingDays, 0)),
  );
  const date = breakEvenDate(t);
  if (date === null) return [goLive, m.transition.noBreakEvenSentence(f.days(results.horizonDays, 0), share)];
  const { day, interval } = breakEvenText(t, m, f);
  return [goLive, m.transition.breakEvenSentence(day, interval, f.date(date), share)];
}

/**
 * Blocks of the transition section; none when no setup has a transition.
 *
 * @param preferred the verdict's setup: its transition is the one described and charted, when it has one
 * @param charts the report's transition charts (`TRANSITION_CHART_IDS`), already built
 * @param chartBlocks turns charts into document blocks
 * @example
 * transitionSection(ctx, 'merged', charts, chartBlocks)[0]; // { kind: 'heading', level: 2, id: 'transition', … }
 */
export function transitionSection(
  ctx: SectionContext,
  preferred: string | null,
  charts: readonly Chart[],
  chartBlocks: (charts: readonly Chart[]) => Block[],
): Block[] {
  const { results, m, f } = ctx;
  const order = Object.keys(results.setups);
  const setups = transitionSetups(results, [results.baseline, ...order.filter((s) => s !== results.baseline)]);
  const charted = chartedTransition(results, setups, preferred);
  if (charted === null) return [];
  const t = charted.transition;
  const head: Cell[] = [cell(m.transition.figure), ...setups.map((s) => cell({ code: s }, { numeric: true }))];
  const rows: Cell[][] = TRANSITION_ROWS.map((row) => [
    cell(m.transition.rows[row]),
    ...setups.map((s) => cell(transitionCell(row, results.setups[s].transition as TransitionResults, m, f), { numeric: true })),
  ]);
  const assumed: Inline[] = [
    { strong: `${m.transition.assumedLabel}${m.format.labelColon}` },
    m.transition.assumed,
    sentenceGap(m),
    m.transition.seeParameters,
    ' ',
    { code: 'transition' },
    m.format.fullStop,
  ];
  return [
    { kind: 'heading', level: 2, text: m.sections.transition, id: 'transition' },
    { kind: 'paragraph', content: [m.transition.intro(charted.setup, f.date(t.start), results.replications)] },
    { kind: 'paragraph', content: [transitionSentences(t, ctx).join(sentenceGap(m))] },
    { kind: 'table', className: 'transition', head, rows },
    ...chartBlocks(charts),
    { kind: 'paragraph', content: assumed, tone: 'note' },
  ];
}
