/**
 * Chart (setups with a failure board): the anomaly board, Pool ID failures over the measured
 * days by type, as the programme's monitoring board classifies them (DOMAIN §6). One panel
 * per type that occurs — inventory-lock failures stacked by cause (sync lag, token expired,
 * rate limit, outage; a cause that never occurs is left out), QC rejections, split timeouts —
 * for each setup `boardSetups` picks. Counts are the daily means over replications
 * (`failures.daily`), summed into weeks when they are too sparse to read day by day
 * (`boardBinDays`); each bar spans its days on a day axis, so a shorter last week is a
 * narrower bar. Panels share the day axis and the colours of the causes; each has its own
 * count scale, since QC rejections can outnumber lock failures many times.
 */
import type { FailureDaily, FailureResults, Results } from '../../results/types.js';
import { binSeries, boardBinDays, LOCK_CAUSES, PROGRAMME_LATE_PUSH_SHARE, type BinDays, type FailureType, type LockCause } from '../failure-board.js';
import { intervalText, meanText } from '../failure-format.js';
import { makeFormatter } from '../format.js';
import type { ChartTexts } from '../i18n/messages.js';
import { specBase, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';

/** Colour of each lock-failure cause; the late push (sync lag) in the board's main blue. */
export const CAUSE_COLOURS: Record<LockCause, string> = {
  syncLag: '#4c78a8',
  tokenExpired: '#e45756',
  rateLimit: '#f58518',
  outage: '#6f4e7c',
};
export const QC_COLOUR = '#72b7b2';
export const SPLIT_COLOUR = '#9d755d';

/** Heights of the panels, pixels: the lock failures (stacked) taller than the single series. */
const LOCK_HEIGHT = 140;
const SINGLE_HEIGHT = 90;
/** Days between the labels of the day axis: one week and its doublings, then a quarter, half a year, a year. */
const LABEL_STEPS = [7, 14, 28, 56, 91, 182, 364];

/** One bar of the board: a setup's failures of one type (and cause) in measured days [from, to). */
export interface BoardRow {
  setup: string;
  type: FailureType;
  /** The cause of a lock failure; null for QC rejections and split timeouts. */
  cause: LockCause | null;
  /** The cause's label (the colour legend), or the type's. */
  label: string;
  /** Stack order of the cause (its index in `LOCK_CAUSES`). */
  order: number;
  from: number;
  to: number;
  count: number;
  /** Tooltip text of the days. */
  period: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + (b ?? 0), 0);

/** The series of one type (and cause) of a board, by measured day. */
function seriesOf(daily: FailureDaily, type: FailureType, cause: LockCause | null): number[] {
  if (type === 'lockFailure') return daily.lockFailures[cause as LockCause];
  return type === 'qcRejection' ? daily.qcRejections : daily.splitTimeouts;
}

/**
 * The bars of the board for `setups`, binned into `days`-day bars; bars with no failure left
 * out. O(setups · days).
 */
export function boardRows(results: Results, setups: readonly string[], days: BinDays, ctx: ChartContext): BoardRow[] {
  const t = ctx.m.charts.anomalyBoard;
  const causes = ctx.m.failures.causes;
  const f = makeFormatter(ctx.m.format);
  const period = (from: number, to: number) => t.period(f.number(from, 0), f.number(to - 1, 0));
  return setups.flatMap((setup) => {
    const daily = (results.setups[setup].failures as FailureResults).daily;
    const series: Array<[FailureType, LockCause | null, string, number]> = [
      ...LOCK_CAUSES.map((c, i): [FailureType, LockCause, string, number] => ['lockFailure', c, causes[c], i]),
      ['qcRejection', null, t.panels.qcRejection, 0],
      ['splitTimeout', null, t.panels.splitTimeout, 0],
    ];
    return series.flatMap(([type, cause, label, order]) =>
      binSeries(seriesOf(daily, type, cause), days)
        .filter((b) => b.count > 0)
        .map((b) => ({ setup, type, cause, label, order, from: b.from, to: b.to, count: b.count, period: period(b.from, b.to) })),
    );
  });
}

/** The texts of the board: its title and a caption with the bars' length and the late-push share of each setup. */
export function anomalyBoardTexts(results: Results, setups: readonly string[], ctx: ChartContext): ChartTexts {
  const t = ctx.m.charts.anomalyBoard;
  const f = makeFormatter(ctx.m.format);
  const gap = ctx.m.format.fullStop === '.' ? ' ' : '';
  const days = boardBinDays(setups.map((s) => (results.setups[s].failures as FailureResults).daily));
  const reference = f.percent(PROGRAMME_LATE_PUSH_SHARE, 1);
  const shares = setups.map((s) => {
    const board = results.setups[s].failures as FailureResults;
    return t.latePush(s, meanText(board, 'latePushShare', f), intervalText(board, 'latePushShare', f), reference);
  });
  return { title: t.title, caption: [t.caption, days === 7 ? t.weeks : t.days, ...shares].join(gap) };
}

/**
 * The anomaly board of `setups` (see `boardSetups`), or null when none has a failure.
 *
 * @example
 * anomalyBoardSpec(results, ['merged-lagging'], ctx)?.vconcat.length; // 3: lock failures, QC rejections, split timeouts
 */
export function anomalyBoardSpec(results: Results, setups: readonly string[], ctx: ChartContext): ChartSpec | null {
  const boards = setups.filter((s) => results.setups[s]?.failures !== undefined);
  if (boards.length === 0) return null;
  const t = ctx.m.charts.anomalyBoard;
  const days = boardBinDays(boards.map((s) => (results.setups[s].failures as FailureResults).daily));
  const rows = boardRows(results, boards, days, ctx);
  if (rows.length === 0) return null;
  const horizon = Math.max(...boards.map((s) => (results.setups[s].failures as FailureResults).daily.qcRejections.length));
  const causesShown = LOCK_CAUSES.filter((c) => rows.some((r) => r.cause === c));
  const panels: Array<{ setup: string; type: FailureType }> = boards.flatMap((setup) =>
    (['lockFailure', 'qcRejection', 'splitTimeout'] as const)
      .filter((type) => sum(rows.filter((r) => r.setup === setup && r.type === type).map((r) => r.count)) > 0)
      .map((type) => ({ setup, type })),
  );
  // labels every 1, 2, 4, 8 … weeks, at most 14 of them, so a year's 365 days do not crowd the axis
  const labelStep = LABEL_STEPS.find((step) => Math.ceil(horizon / step) <= 14) ?? LABEL_STEPS[LABEL_STEPS.length - 1];
  const x = (last: boolean) => ({
    field: 'from',
    type: 'quantitative',
    title: last ? ctx.m.charts.day : null,
    scale: { domain: [0, horizon], nice: false, zero: true },
    axis: { values: Array.from({ length: Math.floor(horizon / labelStep) + 1 }, (_, k) => k * labelStep), format: 'd', labelFlush: true, grid: false },
  });
  // whole counts on the axis (a mean over replications may be a fraction); at least three ticks on a short panel
  // (the scale reaches 1 at least, so a panel of fractions still shows a tick above 0)
  const y = (lock: boolean, top: number) => ({
    field: 'count',
    type: 'quantitative',
    stack: 'zero',
    title: days === 7 ? t.perWeek : t.perDay,
    scale: { domain: [0, Math.max(1, Math.ceil(top))], nice: true },
    axis: { tickMinStep: 1, format: ',.0f', titleFontSize: 11, ...(lock ? {} : { tickCount: 3 }) },
  });
  const tooltip = (withCause: boolean) => [
    { field: 'period', title: ctx.m.charts.day },
    ...(withCause ? [{ field: 'label', title: t.cause }] : []),
    { field: 'count', title: t.count, format: ',.2~f' },
  ];
  const vconcat = panels.map(({ setup, type }, i) => {
    const last = i === panels.length - 1;
    const title = boards.length > 1 ? t.panelOf(t.panels[type], setup) : t.panels[type];
    const values = rows.filter((r) => r.setup === setup && r.type === type);
    const lock = type === 'lockFailure';
    const stacked = new Map<number, number>();
    for (const r of values) stacked.set(r.from, (stacked.get(r.from) ?? 0) + r.count);
    return {
      title: { text: title, anchor: 'start', fontSize: 12, fontWeight: 'bold', color: '#333333', offset: 6 },
      width: PANEL_WIDTH,
      height: lock ? LOCK_HEIGHT : SINGLE_HEIGHT,
      data: { values },
      // a bar's edge against its neighbour's, as in a histogram; the weeks' bars a little apart
      mark: { type: 'bar', ...(lock ? {} : { color: type === 'qcRejection' ? QC_COLOUR : SPLIT_COLOUR }), ...(days === 7 ? { binSpacing: 1 } : { binSpacing: 0 }) },
      encoding: {
        x: { ...x(last), bin: { binned: true, step: days } },
        x2: { field: 'to' },
        y: y(lock, Math.max(...stacked.values())),
        ...(lock
          ? {
              color: {
                field: 'label',
                type: 'nominal',
                title: t.cause,
                scale: { domain: causesShown.map((c) => ctx.m.failures.causes[c]), range: causesShown.map((c) => CAUSE_COLOURS[c]) },
                legend: { orient: 'top', direction: 'horizontal', columns: 2, title: null, offset: 4 },
              },
              order: { field: 'order', type: 'quantitative' },
            }
          : {}),
        tooltip: tooltip(lock),
      },
    };
  });
  return {
    ...specBase(ctx, t.title, boards.join(ctx.m.format.listSeparator)),
    vconcat,
    spacing: 18,
    resolve: { scale: { y: 'independent', color: 'shared' } },
  } as unknown as ChartSpec;
}
