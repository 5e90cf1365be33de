/**
 * The Pool ID failures section, its anomaly board and its first-response checklist, on the
 * real sync fixture (a trimmed run of scenarios/sync-faults.yaml, support/make-fixtures.mjs),
 * on hand-built boards, and their absence on the fixtures without a failure board.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { anomalyBoardSpec, anomalyBoardTexts, boardRows } from '../../src/report/charts/anomaly-board.js';
import { FAILURE_CHART_IDS, SECTION_CHART_IDS } from '../../src/report/charts/index.js';
import type { ChartContext } from '../../src/report/charts/theme.js';
import { plainText, type Block } from '../../src/report/document.js';
import { binSeries, boardBinDays, boardSetups, LOCK_CAUSES, PROGRAMME_LATE_PUSH_SHARE } from '../../src/report/failure-board.js';
import { figureText, intervalText, meanText } from '../../src/report/failure-format.js';
import { FIRST_RESPONSE_CHECKS, rankChecks } from '../../src/report/first-response.js';
import { makeFormatter } from '../../src/report/format.js';
import { renderHtml } from '../../src/report/html.js';
import { messagesFor } from '../../src/report/i18n/index.js';
import { FAILURE_ROWS, type Lang } from '../../src/report/i18n/messages.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { collectingLogger } from '../../src/report/render/svg.js';
import { checkEvidence } from '../../src/report/sections/failures-section.js';
import { writeReportFiles } from '../../src/report/write-report.js';
import { FAILURE_METRICS, type FailureDaily, type FailureResults, type MetricSummary, type Results } from '../../src/results/types.js';
import { documentText, sectionOf } from './support/document-text.js';
import { loadFixture, loadSyncFixture, loadTransitionFixture, SYNC_FIXTURE } from './support/fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const J = (x: unknown): Json => x as Json;
const SETUPS = ['unmerged', 'merged-lagging', 'merged-in-sync'];
const ctxFor = (lang: Lang): ChartContext => ({ lang, m: messagesFor(lang), setups: SETUPS });
const boardOf = (r: Results, s: string): FailureResults => r.setups[s].failures as FailureResults;

function warningsOf(spec: unknown): string[] {
  const warnings: string[] = [];
  compile(spec as never, { logger: collectingLogger((w) => warnings.push(w)) as never });
  return warnings;
}


const sectionBlocks = (blocks: readonly Block[]): Block[] => sectionOf(blocks, 'failures');

/** A summary with only a mean. */
const only = (mean: number | null): MetricSummary => ({ mean, sd: null, ci95: null, n: 4 });

/** A hand-built board: every figure 0 but those given; daily series of `days` zero days. */
function handBoard(means: Partial<Record<(typeof FAILURE_METRICS)[number], number | null>>, days = 28): FailureResults {
  const zero = () => Array.from({ length: days }, () => 0);
  const summary = Object.fromEntries(FAILURE_METRICS.map((k) => [k, only(means[k] ?? 0)])) as FailureResults['summary'];
  return {
    summary,
    replications: [],
    daily: { lockFailures: { syncLag: zero(), tokenExpired: zero(), rateLimit: zero(), outage: zero() }, qcRejections: zero(), splitTimeouts: zero() },
  };
}

describe('the sync fixture', () => {
  it('is a real run of sync-faults.yaml: lock failures from late pushes and the expired token in merged-lagging only', () => {
    const r = loadSyncFixture();
    expect(r.scenario.file).toBe('scenarios/sync-faults.yaml');
    expect(Object.keys(r.setups)).toEqual(SETUPS);
    const lagging = boardOf(r, 'merged-lagging').summary;
    expect(lagging.lockFailuresSyncLag.mean).toBeGreaterThan(0);
    expect(lagging.lockFailuresTokenExpired.mean).toBeGreaterThan(0);
    expect(lagging.tokenExpiredDays.mean).toBeGreaterThan(0);
    for (const s of ['unmerged', 'merged-in-sync']) expect(boardOf(r, s).summary.lockFailures.mean).toBe(0);
    expect(boardOf(r, 'merged-lagging').daily.qcRejections).toHaveLength(r.horizonDays);
  });
});

describe('which setups the board draws', () => {
  it('the merged setups with lock failures; else the first merged setup with a failure; the preferred one first', () => {
    const r = loadSyncFixture();
    expect(boardSetups(r, SETUPS, null)).toEqual(['merged-lagging']);
    expect(boardSetups(r, SETUPS, 'merged-in-sync')).toEqual(['merged-lagging']);
    const noLock = loadSyncFixture();
    boardOf(noLock, 'merged-lagging').summary.lockFailures = only(0);
    expect(boardSetups(noLock, SETUPS, null)).toEqual(['merged-lagging']);
    boardOf(noLock, 'merged-lagging').summary.failures = only(0);
    expect(boardSetups(noLock, SETUPS, null)).toEqual(['merged-in-sync']);
    // an unmerged setup is never drawn, however many failures it has
    for (const s of ['merged-lagging', 'merged-in-sync']) boardOf(noLock, s).summary.failures = only(0);
    expect(boardSetups(noLock, SETUPS, null)).toEqual([]);
    const both = loadSyncFixture();
    boardOf(both, 'merged-in-sync').summary.lockFailures = only(2);
    expect(boardSetups(both, SETUPS, 'merged-in-sync')).toEqual(['merged-in-sync', 'merged-lagging']);
  });
});

describe('anomaly board', () => {
  const r = loadSyncFixture();
  const daily = boardOf(r, 'merged-lagging').daily;

  it('weeks, since the daily counts are sparse; the caption says so', () => {
    expect(boardBinDays([daily])).toBe(7);
    for (const lang of ['en', 'zh'] as const) {
      const t = messagesFor(lang).charts.anomalyBoard;
      const { caption } = anomalyBoardTexts(r, ['merged-lagging'], ctxFor(lang));
      expect(caption).toContain(t.weeks);
      expect(caption).not.toContain(t.days);
    }
  });

  it("its data are the fixture's daily counts, summed by week, lock failures stacked by cause", () => {
    const spec = J(anomalyBoardSpec(r, ['merged-lagging'], ctxFor('en')));
    const m = messagesFor('en');
    const panels: Json[] = spec.vconcat;
    expect(panels.map((p) => p.title.text)).toEqual([
      m.charts.anomalyBoard.panels.lockFailure,
      m.charts.anomalyBoard.panels.qcRejection,
      m.charts.anomalyBoard.panels.splitTimeout,
    ]);
    const [lock, qc, split] = panels;
    expect(lock.encoding.y).toMatchObject({ field: 'count', stack: 'zero' });
    expect(lock.encoding.color.field).toBe('label');
    expect(lock.encoding.order.field).toBe('order');
    expect([lock.encoding.x.field, lock.encoding.x2.field]).toEqual(['from', 'to']);
    // the causes that occur, in the board's order, each in its colour
    const shown = LOCK_CAUSES.filter((c) => daily.lockFailures[c].some((x) => x > 0));
    expect(lock.encoding.color.scale.domain).toEqual(shown.map((c) => m.failures.causes[c]));
    expect(shown).toEqual(expect.arrayContaining(['syncLag', 'tokenExpired']));
    const weekly = (xs: number[]) => binSeries(xs, 7).filter((b) => b.count > 0).map((b) => [b.from, b.to, b.count]);
    for (const cause of LOCK_CAUSES) {
      const values = lock.data.values.filter((v: Json) => v.cause === cause).map((v: Json) => [v.from, v.to, v.count]);
      expect(values, cause).toEqual(weekly(daily.lockFailures[cause]));
    }
    expect(qc.data.values.map((v: Json) => [v.from, v.to, v.count])).toEqual(weekly(daily.qcRejections));
    expect(split.data.values.map((v: Json) => [v.from, v.to, v.count])).toEqual(weekly(daily.splitTimeouts));
    // nothing lost in the weeks: the bars add up to the daily counts, the last week is one day
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const all = [...lock.data.values, ...qc.data.values, ...split.data.values].reduce((a: number, v: Json) => a + v.count, 0);
    const l = daily.lockFailures;
    expect(all).toBeCloseTo(total(l.syncLag) + total(l.tokenExpired) + total(l.rateLimit) + total(l.outage) + total(daily.qcRejections) + total(daily.splitTimeouts), 9);
    expect(binSeries(daily.qcRejections, 7).at(-1)).toMatchObject({ from: 364, to: 365 });
    expect(warningsOf(spec)).toEqual([]);
  });

  it('day by day when every type that occurs has a failure on the median day', () => {
    const dense = loadSyncFixture();
    const d = boardOf(dense, 'merged-lagging').daily;
    const days = 60;
    const series = (k: number) => Array.from({ length: days }, (_, i) => 1 + ((i * k) % 3));
    const board: FailureDaily = {
      lockFailures: { syncLag: series(1), tokenExpired: series(2), rateLimit: series(1).map(() => 0), outage: series(1).map(() => 0) },
      qcRejections: series(1),
      splitTimeouts: series(2),
    };
    Object.assign(d, board);
    expect(boardBinDays([d])).toBe(1);
    const spec = J(anomalyBoardSpec(dense, ['merged-lagging'], ctxFor('zh')));
    const lock = spec.vconcat[0];
    expect(lock.data.values.filter((v: Json) => v.cause === 'syncLag').map((v: Json) => v.count)).toEqual(board.lockFailures.syncLag);
    expect(lock.encoding.y.title).toBe(messagesFor('zh').charts.anomalyBoard.perDay);
    expect(anomalyBoardTexts(dense, ['merged-lagging'], ctxFor('zh')).caption).toContain(messagesFor('zh').charts.anomalyBoard.days);
    expect(warningsOf(spec)).toEqual([]);
  });

  it('a type that never occurs has no panel; several setups each have their own panels', () => {
    const b = loadSyncFixture();
    const d = boardOf(b, 'merged-lagging').daily;
    d.splitTimeouts = d.splitTimeouts.map(() => 0);
    const spec = J(anomalyBoardSpec(b, ['merged-lagging'], ctxFor('en')));
    expect(spec.vconcat).toHaveLength(2);
    const two = J(anomalyBoardSpec(r, ['merged-lagging', 'merged-in-sync'], ctxFor('en')));
    const t = messagesFor('en').charts.anomalyBoard;
    expect(two.vconcat.map((p: Json) => p.title.text)).toEqual([
      t.panelOf(t.panels.lockFailure, 'merged-lagging'),
      t.panelOf(t.panels.qcRejection, 'merged-lagging'),
      t.panelOf(t.panels.splitTimeout, 'merged-lagging'),
      t.panelOf(t.panels.qcRejection, 'merged-in-sync'),
      t.panelOf(t.panels.splitTimeout, 'merged-in-sync'),
    ]);
    expect(warningsOf(two)).toEqual([]);
    expect(anomalyBoardSpec(loadFixture(), ['merged'], ctxFor('en'))).toBeNull();
  });

  it("the caption sets the run's late-push share against the programme's 92.7% in both languages", () => {
    for (const lang of ['en', 'zh'] as const) {
      const m = messagesFor(lang);
      const f = makeFormatter(m.format);
      const board = boardOf(r, 'merged-lagging');
      const { caption } = anomalyBoardTexts(r, ['merged-lagging'], ctxFor(lang));
      const share = m.charts.anomalyBoard.latePush(
        'merged-lagging',
        meanText(board, 'latePushShare', f),
        intervalText(board, 'latePushShare', f),
        f.percent(PROGRAMME_LATE_PUSH_SHARE, 1),
      );
      expect(caption).toContain(share);
      expect(caption).toContain(f.percent(0.927, 1));
      expect(caption.startsWith(m.charts.anomalyBoard.caption)).toBe(true);
    }
  });

  it('zh: the chart texts hold no English besides ids and the programme’s terms', () => {
    const allowed = new Set(['merged', 'lagging', 'Pool', 'ID', 'WMS']);
    const texts: string[] = [];
    const walk = (x: unknown, key = ''): void => {
      if (Array.isArray(x)) x.forEach((v) => walk(v, key));
      else if (typeof x === 'object' && x !== null) {
        // field names, formats, marks, config and the ids in the data are code, not text
        for (const [k, v] of Object.entries(x)) if (!['config', '$schema', 'field', 'type', 'format', 'cause', 'setup'].includes(k)) walk(v, k);
      } else if (typeof x === 'string' && ['text', 'subtitle', 'title', 'label', 'period'].includes(key)) texts.push(x);
    };
    walk(anomalyBoardSpec(r, ['merged-lagging'], ctxFor('zh')));
    expect(texts.length).toBeGreaterThan(10);
    const words = texts.join(' ').match(/[A-Za-z]{2,}/g) ?? [];
    expect([...new Set(words)].filter((w) => !allowed.has(w))).toEqual([]);
    expect(boardRows(r, ['merged-lagging'], 7, ctxFor('zh'))[0].period).toMatch(/^第 \d+–\d+ 天$/);
  });
});

describe('first-response checklist order', () => {
  const order = (means: Parameters<typeof handBoard>[0]) => rankChecks(handBoard(means)).map((c) => c.check);

  it('nothing explained: the canonical order (token, call rate, push lag, outage, inbound QC, split deadline)', () => {
    expect(order({})).toEqual([...FIRST_RESPONSE_CHECKS]);
    expect(FIRST_RESPONSE_CHECKS.slice(0, 2)).toEqual(['token', 'callRate']);
  });

  it('the checks that explain failures first, by the count they explain', () => {
    expect(order({ qcRejections: 57.25, lockFailuresSyncLag: 24.75, lockFailuresTokenExpired: 14, splitTimeouts: 5.25, lockFailuresOutage: 0.25 })).toEqual([
      'inboundQc',
      'pushLag',
      'token',
      'splitDeadline',
      'outage',
      'callRate',
    ]);
    expect(order({ splitTimeouts: 1 })).toEqual(['splitDeadline', 'token', 'callRate', 'pushLag', 'outage', 'inboundQc']);
  });

  it('ties keep the canonical order, and so do the zeros after them', () => {
    expect(order({ qcRejections: 5, lockFailuresSyncLag: 5, lockFailuresTokenExpired: 5 })).toEqual(['token', 'pushLag', 'inboundQc', 'callRate', 'outage', 'splitDeadline']);
    expect(order({ splitTimeouts: 3, lockFailuresOutage: 3, lockFailuresRateLimit: 1 })).toEqual(['outage', 'splitDeadline', 'callRate', 'token', 'pushLag', 'inboundQc']);
    expect(order({ lockFailuresRateLimit: 2, lockFailuresTokenExpired: 2 })).toEqual(['token', 'callRate', 'pushLag', 'outage', 'inboundQc', 'splitDeadline']);
  });

  it('a figure that could not be computed explains nothing', () => {
    expect(order({ lockFailuresTokenExpired: null, qcRejections: Number.NaN, splitTimeouts: 2 })).toEqual(['splitDeadline', 'token', 'callRate', 'pushLag', 'outage', 'inboundQc']);
  });
});

describe('the failures section', () => {
  for (const lang of ['en', 'zh'] as const) {
    const r = loadSyncFixture();
    const m = messagesFor(lang);
    const f = makeFormatter(m.format);
    const built = buildReport(r, lang);
    const blocks = sectionBlocks(built.document.blocks);
    const text = documentText(blocks);

    it(`${lang}: a section with the board, the table and the checklist, after the headline table and before the other charts`, () => {
      const ids = built.document.blocks.flatMap((b) => (b.kind === 'heading' && b.id ? [b.id] : b.kind === 'chart' ? [`chart:${b.id}`] : []));
      const at = (id: string) => ids.indexOf(id);
      expect(at('failures')).toBeGreaterThan(at('headline'));
      expect(at('chart:anomaly-board')).toBeGreaterThan(at('failures'));
      expect(at('first-response')).toBeGreaterThan(at('chart:anomaly-board'));
      expect(at('charts')).toBeGreaterThan(at('first-response'));
      expect(built.charts.map((c) => c.id)).toContain(FAILURE_CHART_IDS[0]);
      expect(SECTION_CHART_IDS).toContain('anomaly-board');
      // the board is shown once, in its section
      expect(built.document.blocks.filter((b) => b.kind === 'chart' && b.id === 'anomaly-board')).toHaveLength(1);
      expect(blocks[0]).toMatchObject({ kind: 'heading', text: m.sections.failures });
      expect(text).toContain(m.charts.anomalyBoard.caption);
    });

    it(`${lang}: the table holds every figure of every setup with its interval`, () => {
      const table = blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.className === 'failures');
      expect(table?.head.map((c) => plainText(c.lines[0]))).toEqual([m.failures.figure, ...SETUPS]);
      expect(table?.rows.map((row) => row.map((c) => plainText(c.lines[0])))).toEqual(
        FAILURE_ROWS.map((row) => [m.failures.rows[row], ...SETUPS.map((s) => figureText(boardOf(r, s), row, f))]),
      );
      const token = boardOf(r, 'merged-lagging').summary.lockFailuresTokenExpired;
      expect(token.ci95).not.toBeNull();
      const lagging = boardOf(r, 'merged-lagging');
      expect(figureText(lagging, 'lockFailuresTokenExpired', f)).toBe(
        `${meanText(lagging, 'lockFailuresTokenExpired', f)}${f.spec.paren(intervalText(lagging, 'lockFailuresTokenExpired', f))}`,
      );
    });

    it(`${lang}: the checklist in the order of the counts, each check with the run's evidence`, () => {
      const list = blocks.find((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
      expect(list?.ordered).toBe(true);
      const board = boardOf(r, 'merged-lagging');
      const ranked = rankChecks(board);
      expect(list?.items.map((i) => (i[0] as { strong: string }).strong)).toEqual(ranked.map((c) => m.failures.checks[c.check]));
      for (const [k, c] of ranked.entries()) expect(plainText(list?.items[k] ?? [])).toContain(checkEvidence(c.check, board, m, f));
      // the run's counts: every explained check before every unexplained one
      const explained = ranked.map((c) => c.explained);
      expect(explained).toEqual([...explained].sort((a, b) => b - a));
      expect(checkEvidence('token', board, m, f)).toBe(
        m.failures.evidence.token(f.days(board.summary.tokenExpiredDays.mean, 1), f.count(board.summary.lockFailuresTokenExpired.mean)),
      );
    });
  }

  it('en: the token evidence reads as a sentence a seller can act on', () => {
    const board = boardOf(loadSyncFixture(), 'merged-lagging');
    const m = messagesFor('en');
    expect(checkEvidence('token', board, m, makeFormatter(m.format))).toMatch(/^the token was expired \d+\.\d days and caused \d+(\.\d)? lock failures\.$/);
    expect(checkEvidence('token', handBoard({}), m, makeFormatter(m.format))).toBe(m.failures.evidence.tokenNever);
    expect(checkEvidence('callRate', handBoard({}), m, makeFormatter(m.format))).toBe(m.failures.evidence.noCalls);
  });

  it('zh: no English words besides ids, codes and the programme’s terms', () => {
    const allowed = new Set(['merged', 'lagging', 'in', 'sync', 'unmerged', 'Pool', 'ID', 'WMS', 'GMV', 'inboundQc', 'faults']);
    const words = documentText(sectionBlocks(buildReport(loadSyncFixture(), 'zh').document.blocks)).match(/[A-Za-z]{2,}/g) ?? [];
    expect([...new Set(words)].filter((w) => !allowed.has(w))).toEqual([]);
  });

  it('an interval below zero is shown from 0; an interval without width is left out', () => {
    const f = makeFormatter(messagesFor('en').format);
    const board = handBoard({});
    board.summary.lockFailuresOutage = { mean: 0.25, sd: 0.5, ci95: [-0.55, 1.04], n: 4 };
    board.summary.callsRefused = { mean: 40, sd: 0, ci95: [40, 40], n: 4 };
    board.summary.tokenExpiredDays = { mean: 13.01, sd: 0.6, ci95: [12.08, 13.94], n: 4 };
    expect(figureText(board, 'lockFailuresOutage', f)).toBe('0.3 (0 to 1.0)');
    expect(figureText(board, 'callsRefused', f)).toBe('40');
    expect(figureText(board, 'tokenExpiredDays', f)).toBe('13.0 days (12.1 to 13.9)');
  });

  it('ordered in HTML and Markdown', () => {
    const { document } = buildReport(loadSyncFixture(), 'en');
    const m = messagesFor('en');
    expect(renderHtml(document, m, { vega: '', vegaLite: '', vegaEmbed: '' })).toMatch(/<ol><li><strong>/);
    expect(renderMarkdown(document, (id) => `charts/${id}.png`)).toMatch(/\n1\. \*\*/);
  });

  it('is absent, with its chart, when no setup has a failure board', () => {
    for (const r of [loadFixture(), loadTransitionFixture()]) {
      const built = buildReport(r, 'en');
      expect(built.charts.map((c) => c.id)).not.toContain('anomaly-board');
      expect(sectionBlocks(built.document.blocks)).toEqual([]);
    }
    const stripped = loadSyncFixture();
    for (const s of SETUPS) delete stripped.setups[s].failures;
    expect(sectionBlocks(buildReport(stripped, 'en').document.blocks)).toEqual([]);
  });
});

describe('anomaly board files', () => {
  it('writes spec, SVG and PNG of the board, in English and Chinese', async () => {
    const out = mkdtempSync(join(tmpdir(), 'poolsim-failures-'));
    const file = join(out, 'results.json');
    writeFileSync(file, readFileSync(SYNC_FIXTURE));
    for (const lang of ['en', 'zh'] as const) {
      const written = await writeReportFiles(file, { lang });
      expect(written.warnings).toEqual([]);
      const base = join(out, 'charts', lang === 'en' ? 'anomaly-board' : `anomaly-board.${lang}`);
      expect(existsSync(`${base}.vl.json`)).toBe(true);
      expect(readFileSync(`${base}.svg`, 'utf8')).toMatch(/^<svg /);
      const png = readFileSync(`${base}.png`);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
      expect(readFileSync(written.html, 'utf8')).toContain('id="chart-anomaly-board"');
    }
  }, 120_000);
});
