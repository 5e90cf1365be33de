/**
 * The Pool ID failures section, shown only when a setup's results carry a failure board
 * (`failures`, with a `sync:` or `inboundQc:` block): what the board counts, each charted
 * setup's failures and the share from late pushes against the programme's 92.7 %, the anomaly
 * board (`FAILURE_CHART_IDS`), a table of failures by type and cause and what they cost per
 * setup, and the first-response checklist of one setup, ordered by the failures each check
 * explains (`rankChecks`). One table column per setup with a board.
 */
import type { FailureResults, Results } from '../../results/types.js';
import { num, setting } from '../assumptions.js';
import type { Chart } from '../charts/index.js';
import { cell, type Block, type Cell, type Inline } from '../document.js';
import { boardSetups, failureSetups, PROGRAMME_LATE_PUSH_SHARE } from '../failure-board.js';
import { countText, figureText, intervalText, meanText } from '../failure-format.js';
import { rankChecks, type FirstResponseCheck } from '../first-response.js';
import type { Formatter } from '../format.js';
import { FAILURE_ROWS, type Messages } from '../i18n/messages.js';
import type { SectionContext } from './context.js';

const sentenceGap = (m: Messages) => (m.format.fullStop === '.' ? ' ' : '');
const MINUTES_PER_DAY = 24 * 60;

/** A duration given in days, in minutes below an hour, hours below a day, else days. */
export function durationText(days: number | undefined, m: Messages, f: Formatter): string {
  if (days === undefined) return f.spec.notAvailable;
  const minutes = days * MINUTES_PER_DAY;
  const digits = (x: number) => (Number.isInteger(Number(x.toFixed(1))) ? 0 : 1);
  if (minutes < 60) return m.failures.minutes(f.number(minutes, digits(minutes)));
  if (minutes < MINUTES_PER_DAY) return m.failures.hours(f.number(minutes / 60, digits(minutes / 60)));
  return f.days(days, digits(days));
}

/** The setup whose checklist the section gives: the board's first, else the first setup with a failure. */
export function checklistSetup(results: Results, order: readonly string[], preferred: string | null): string | null {
  const board = boardSetups(results, order, preferred);
  if (board.length > 0) return board[0];
  const all = failureSetups(results, order);
  return all.find((s) => ((results.setups[s].failures as FailureResults).summary.failures?.mean ?? 0) > 0) ?? all[0] ?? null;
}

/** What to check for one check, with the setup's settings. */
function whatToCheck(check: FirstResponseCheck, results: Results, setup: string, m: Messages, f: Formatter): string {
  const w = m.failures.what;
  const get = (...path: string[]) => num(setting(results, setup, path));
  const whole = (x: number | undefined) => (x === undefined ? f.spec.notAvailable : f.number(x, Number.isInteger(x) ? 0 : 1));
  switch (check) {
    case 'token':
      return w.token(durationText(get('sync', 'token', 'lifetime'), m, f));
    case 'callRate':
      return w.callRate(whole(get('sync', 'callsPerMinute')));
    case 'pushLag':
      return w.pushLag(durationText(get('sync', 'pushInterval'), m, f), durationText(get('sync', 'lag', 'mean'), m, f));
    case 'outage':
      return w.outage;
    case 'inboundQc':
      return w.inboundQc(whole(get('inboundQc', 'sampleSize')), whole(get('inboundQc', 'acceptNumber')));
    case 'splitDeadline':
      return w.splitDeadline(durationText(get('allocation', 'deadline'), m, f));
  }
}

/**
 * The run's evidence for one check: what the board counted.
 *
 * @example
 * checkEvidence('token', board, m, f); // 'the token was expired 13.0 days and caused 14 lock failures.'
 */
export function checkEvidence(check: FirstResponseCheck, board: FailureResults, m: Messages, f: Formatter): string {
  const e = m.failures.evidence;
  const mean = (k: keyof FailureResults['summary']) => board.summary[k]?.mean ?? 0;
  const text = (k: keyof FailureResults['summary']) => meanText(board, k, f);
  switch (check) {
    case 'token':
      return mean('tokenExpiredDays') > 0 || mean('lockFailuresTokenExpired') > 0
        ? e.token(text('tokenExpiredDays'), text('lockFailuresTokenExpired'))
        : e.tokenNever;
    case 'callRate': {
      const calls = mean('callsAccepted') + mean('callsRefused');
      return calls > 0 ? e.callRate(text('callsRefused'), countText(calls, f), text('lockFailuresRateLimit')) : e.noCalls;
    }
    case 'pushLag':
      return mean('callsAccepted') + mean('callsRefused') > 0 || mean('lockFailuresSyncLag') > 0
        ? e.pushLag(text('lockFailuresSyncLag'), text('updatesPushed'), text('callsAccepted'))
        : e.noCalls;
    case 'outage':
      return mean('outageDays') > 0 || mean('lockFailuresOutage') > 0 ? e.outage(text('outageDays'), text('lockFailuresOutage')) : e.outageNever;
    case 'inboundQc':
      return e.inboundQc(text('qcRejections'), text('qcRejectedUnits'));
    case 'splitDeadline':
      return e.splitDeadline(text('splitTimeouts'));
  }
}

/** The checklist items of one setup, in checklist order. */
export function checklistItems(results: Results, setup: string, m: Messages, f: Formatter): Inline[][] {
  const board = results.setups[setup].failures as FailureResults;
  return rankChecks(board).map(({ check }) => [
    { strong: m.failures.checks[check] },
    m.format.labelColon,
    whatToCheck(check, results, setup, m, f),
    sentenceGap(m),
    { strong: `${m.failures.inThisRun}${m.format.labelColon}` },
    checkEvidence(check, board, m, f),
  ]);
}

/**
 * Blocks of the failures section; none when no setup has a failure board.
 *
 * @param preferred the verdict's setup: it leads the board and the checklist when the board draws it
 * @param charts the report's failure charts (`FAILURE_CHART_IDS`), already built
 * @param chartBlocks turns charts into document blocks
 * @example
 * failuresSection(ctx, 'merged-lagging', charts, chartBlocks)[0]; // { kind: 'heading', level: 2, id: 'failures', … }
 */
export function failuresSection(
  ctx: SectionContext,
  preferred: string | null,
  charts: readonly Chart[],
  chartBlocks: (charts: readonly Chart[]) => Block[],
): Block[] {
  const { results, m, f } = ctx;
  const order = [results.baseline, ...Object.keys(results.setups).filter((s) => s !== results.baseline)];
  const setups = failureSetups(results, order);
  if (setups.length === 0) return [];
  const boardOf = (s: string) => results.setups[s].failures as FailureResults;
  const reference = f.percent(PROGRAMME_LATE_PUSH_SHARE, 1);
  const summaries = boardSetups(results, order, preferred).map((s) =>
    m.failures.summary(s, meanText(boardOf(s), 'failures', f), meanText(boardOf(s), 'latePushShare', f), intervalText(boardOf(s), 'latePushShare', f), reference),
  );
  const head: Cell[] = [cell(m.failures.figure), ...setups.map((s) => cell({ code: s }, { numeric: true }))];
  const rows: Cell[][] = FAILURE_ROWS.map((row) => [
    cell(m.failures.rows[row]),
    ...setups.map((s) => cell(figureText(boardOf(s), row, f), { numeric: true })),
  ]);
  const checked = checklistSetup(results, order, preferred);
  const assumed: Inline[] = [
    { strong: `${m.failures.assumedLabel}${m.format.labelColon}` },
    m.failures.assumed(reference),
    ' ',
    { code: 'sync' },
    m.format.listSeparator,
    { code: 'inboundQc' },
    m.format.listSeparator,
    { code: 'faults' },
    m.format.fullStop,
  ];
  return [
    { kind: 'heading', level: 2, text: m.sections.failures, id: 'failures' },
    { kind: 'paragraph', content: [m.failures.intro(results.replications, f.days(results.horizonDays, 0))] },
    ...(summaries.length > 0 ? [{ kind: 'paragraph' as const, content: [summaries.join(sentenceGap(m))] }] : []),
    ...chartBlocks(charts),
    { kind: 'table', className: 'failures', head, rows },
    ...(checked === null
      ? []
      : [
          { kind: 'heading' as const, level: 3 as const, text: m.failures.checklist, id: 'first-response' },
          { kind: 'paragraph' as const, content: [m.failures.checklistIntro(checked)] },
          { kind: 'list' as const, ordered: true, items: checklistItems(results, checked, m, f) },
        ]),
    { kind: 'paragraph', content: assumed, tone: 'note' },
  ];
}
