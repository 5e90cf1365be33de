/**
 * The transition section and its charts, on the real transition fixture (a trimmed run of
 * scenarios/transition.yaml, test/report/support/make-fixtures.mjs), and their absence on the
 * default fixture; the EPR-blocked sales table; the PNGs of both charts.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { addDays, daysBetween } from '../../src/report/calendar-days.js';
import { buildCharts, TRANSITION_CHART_IDS } from '../../src/report/charts/index.js';
import { cumulativeMarginSpec, cumulativeRows } from '../../src/report/charts/cumulative-margin.js';
import type { ChartContext } from '../../src/report/charts/theme.js';
import { stageBars, timelineEvents, transitionTimelineSpec } from '../../src/report/charts/transition-timeline.js';
import { plainText, type Block } from '../../src/report/document.js';
import { makeFormatter } from '../../src/report/format.js';
import { messagesFor } from '../../src/report/i18n/index.js';
import { TRANSITION_ROWS, type Lang } from '../../src/report/i18n/messages.js';
import { collectingLogger } from '../../src/report/render/svg.js';
import { breakEvenDate, breakEvenText } from '../../src/report/sections/transition-section.js';
import { writeReportFiles } from '../../src/report/write-report.js';
import type { Results, TransitionResults } from '../../src/results/types.js';
import { documentText } from './support/document-text.js';
import { loadFixture, loadTransitionFixture } from './support/fixtures.js';

// Specs are plain data; these helpers look inside them without vega-lite's types.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const J = (x: unknown): Json => x as Json;
const ctxFor = (lang: Lang): ChartContext => ({ lang, m: messagesFor(lang), setups: ['unmerged', 'merged'] });
const transitionOf = (r: Results): TransitionResults => r.setups.merged.transition as TransitionResults;

function warningsOf(spec: unknown): string[] {
  const warnings: string[] = [];
  compile(spec as never, { logger: collectingLogger((w) => warnings.push(w)) as never });
  return warnings;
}

/** Layers of a spec with the given mark type. */
const layersOf = (spec: Json, type: string): Json[] => spec.layer.filter((l: Json) => l.mark.type === type);


describe('the transition fixture', () => {
  it('is a real run with a transition whose break-even has an interval', () => {
    const r = loadTransitionFixture();
    const t = transitionOf(r);
    expect(r.scenario.file).toBe('scenarios/transition.yaml');
    expect(t.timeline.stages.length).toBeGreaterThanOrEqual(3);
    expect(t.breakEven.day).not.toBeNull();
    expect(t.breakEven.ci95?.every((x) => x !== null)).toBe(true);
    expect(t.cumulativeMarginDiff.mean).toHaveLength(r.horizonDays);
  });
});

describe('transition timeline chart', () => {
  const r = loadTransitionFixture();
  const t = transitionOf(r);

  it('one bar per stage attempt, on dates, coloured by stage, in the order they happened', () => {
    const spec = J(transitionTimelineSpec(r, 'merged', ctxFor('en')));
    const [bars] = layersOf(spec, 'bar');
    expect(bars.encoding.x).toMatchObject({ field: 'start', type: 'temporal', scale: { type: 'utc' } });
    expect(bars.encoding.x2.field).toBe('end');
    expect(bars.encoding.color.field).toBe('stage');
    expect(bars.data.values.map((b: Json) => [b.stage, b.start, b.end])).toEqual(t.timeline.stages.map((s) => [s.stage, s.start, s.end]));
    // each bar labelled with its length in calendar days (inside the bar or beside it)
    const labels = layersOf(spec, 'text').flatMap((l) => (l.encoding.y?.field === 'row' && l.data.values[0]?.label ? l.data.values : []));
    expect(labels.map((b: Json) => b.label).sort()).toEqual(stageBars(t, ctxFor('en')).map((b) => b.label).sort());
    expect(stageBars(t, ctxFor('en'))[0].row).toBe(messagesFor('en').transition.stages.qualification);
  });

  it('a rule at go-live, the migration band from go-live, a rule at start + break-even day with its interval as a band', () => {
    const spec = J(transitionTimelineSpec(r, 'merged', ctxFor('en')));
    const rules = layersOf(spec, 'rule').map((l) => l.data.values[0].at);
    expect(rules).toEqual([t.timeline.goLiveDate, addDays(t.start, t.breakEven.day as number)]);
    const bands = layersOf(spec, 'rect').map((l) => [l.data.values[0].from, l.data.values[0].to]);
    const [lo, hi] = t.breakEven.ci95 as [number, number];
    expect(bands).toContainEqual([addDays(t.start, lo), addDays(t.start, hi)]);
    const migration = bands.find(([from]) => from === t.timeline.goLiveDate) as [string, string];
    expect(daysBetween(migration[0], migration[1])).toBeCloseTo(t.summary.migrationDays.mean as number, 9);
    // the axis runs from the application past the last event
    const ev = timelineEvents(t);
    expect(ev.domain[0]).toBe(t.start);
    expect(daysBetween(ev.domain[1], addDays(t.start, hi))).toBeLessThan(0);
    expect(warningsOf(spec)).toEqual([]);
  });

  it('labels go-live, the migration and break-even in the report language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const m = messagesFor(lang);
      const f = makeFormatter(m.format);
      const texts = layersOf(J(transitionTimelineSpec(r, 'merged', ctxFor(lang))), 'text').flatMap((l) => l.data.values.map((v: Json) => v.text));
      expect(texts).toContain(m.charts.transitionTimeline.goLive(f.date(t.timeline.goLiveDate)));
      expect(texts).toContain(m.charts.transitionTimeline.breakEven(m.transition.day(f.number(t.breakEven.day, 0))));
      expect(texts).toContain(m.charts.transitionTimeline.migration(f.days(t.summary.migrationDays.mean, 1)));
    }
  });

  it('break-even beyond the horizon: no rule, no band, a note under the title', () => {
    const b = loadTransitionFixture();
    const bt = transitionOf(b);
    bt.breakEven = { ...bt.breakEven, day: null, ci95: [300, null], withinHorizon: 0.25 };
    const spec = J(transitionTimelineSpec(b, 'merged', ctxFor('en')));
    expect(layersOf(spec, 'rule')).toHaveLength(1);
    expect(layersOf(spec, 'rect')).toHaveLength(1); // the migration only
    const note = messagesFor('en').charts.transitionTimeline.noBreakEven('365 days', '25%');
    expect(spec.title.subtitle.slice(1).join(' ')).toBe(note);
    expect(warningsOf(spec)).toEqual([]);
  });

  it('a second attempt gets a row of its own', () => {
    const b = loadTransitionFixture();
    const bt = transitionOf(b);
    bt.timeline.stages = [
      { stage: 'qualification', attempt: 1, start: '2026-09-14', end: '2026-09-15' },
      { stage: 'resubmission', attempt: 1, start: '2026-09-15', end: '2026-09-17' },
      { stage: 'qualification', attempt: 2, start: '2026-09-17', end: '2026-09-18' },
    ];
    const rows = stageBars(bt, ctxFor('zh')).map((x) => x.row);
    expect(rows).toEqual(['资质预审', '驳回重提', '资质预审（第 2 次）']);
  });
});

describe('cumulative margin chart', () => {
  const r = loadTransitionFixture();
  const t = transitionOf(r);

  it('the mean with its 95% band from day 0, a zero rule, rules at go-live and break-even', () => {
    const rows = cumulativeRows(r, 'merged');
    expect(rows[0]).toEqual({ day: 0, mean: 0, lo: 0, hi: 0 });
    expect(rows).toHaveLength(r.horizonDays + 1);
    expect(rows.at(-1)?.mean).toBe(t.cumulativeMarginDiff.mean.at(-1));
    const spec = J(cumulativeMarginSpec(r, 'merged', ctxFor('en')));
    const [area] = layersOf(spec, 'area');
    expect([area.encoding.y.field, area.encoding.y2.field]).toEqual(['lo', 'hi']);
    expect(layersOf(spec, 'line')[0].encoding.y.field).toBe('mean');
    const rules = layersOf(spec, 'rule');
    expect(rules.find((l) => l.encoding.y)?.data.values).toEqual([{ y: 0 }]);
    expect(rules.filter((l) => l.encoding.x).map((l) => l.data.values[0].at)).toEqual([t.summary.goLiveDay.mean, t.breakEven.day]);
    // the break-even interval as a light band
    expect(layersOf(spec, 'rect')[0].data.values).toEqual([{ from: t.breakEven.ci95?.[0], to: t.breakEven.ci95?.[1] }]);
    expect(warningsOf(spec)).toEqual([]);
  });

  it('is left out without a transition', () => {
    expect(cumulativeMarginSpec(loadFixture(), 'merged', ctxFor('en'))).toBeNull();
    expect(transitionTimelineSpec(loadFixture(), 'merged', ctxFor('en'))).toBeNull();
  });
});

describe('the transition section', () => {
  for (const lang of ['en', 'zh'] as const) {
    const r = loadTransitionFixture();
    const t = transitionOf(r);
    const m = messagesFor(lang);
    const f = makeFormatter(m.format);
    const built = buildReport(r, lang);
    const text = documentText(built.document.blocks);

    it(`${lang}: a section with its table, both charts and what is assumed, before the other charts`, () => {
      const ids = built.document.blocks.flatMap((b) => (b.kind === 'heading' && b.id ? [b.id] : b.kind === 'chart' ? [`chart:${b.id}`] : []));
      const at = (id: string) => ids.indexOf(id);
      expect(at('transition')).toBeGreaterThan(at('headline'));
      expect(at('chart:transition-timeline')).toBeGreaterThan(at('transition'));
      expect(at('chart:cumulative-margin')).toBeGreaterThan(at('chart:transition-timeline'));
      expect(at('charts')).toBeGreaterThan(at('chart:cumulative-margin'));
      expect(built.charts.map((c) => c.id).slice(-2)).toEqual([...TRANSITION_CHART_IDS]);
      for (const row of TRANSITION_ROWS) expect(text).toContain(m.transition.rows[row]);
      expect(text).toContain(m.sections.transition);
      expect(text).toContain(m.transition.assumed);
      expect(text).toContain(m.charts.transitionTimeline.caption);
    });

    it(`${lang}: the headline figures in the language's formats`, () => {
      const s = t.summary;
      expect(text).toContain(m.transition.workingDays(f.number(s.workingDaysToGoLive.mean, 1)));
      expect(text).toContain(f.days(s.calendarDaysToGoLive.mean, 1));
      expect(text).toContain(f.date(t.timeline.goLiveDate));
      expect(text).toContain(f.count(s.migratedUnits.mean));
      expect(text).toContain(f.usd(s.migratedValue.mean));
      expect(text).toContain(f.usd(s.migrationCost.mean));
      expect(text).toContain(f.usd(s.salesShortDuringMigration.mean));
      const { day, interval } = breakEvenText(t, m, f);
      expect(text).toContain(`${day}${f.spec.paren(interval)}`);
      expect(text).toContain(f.date(breakEvenDate(t) as string));
      expect(text).toContain(f.percent(t.breakEven.withinHorizon, 0));
    });
  }

  it('zh: no English words besides ids, units and the programme’s terms', () => {
    const r = loadTransitionFixture();
    const allowed = new Set(['merged', 'unmerged', 'Pool', 'ID', 'EPR', 'SKU', 'GMV', 'CI', 'poolsim', 'check', 'scenarios', 'transition', 'yaml']);
    const blocks = buildReport(r, 'zh').document.blocks;
    const from = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'transition');
    const to = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'charts');
    const words = documentText(blocks.slice(from, to)).match(/[A-Za-z]{2,}/g) ?? [];
    expect([...new Set(words)].filter((w) => !allowed.has(w))).toEqual([]);
  });

  it('a lower interval end below zero is shown as 0 (the figures cannot be negative)', () => {
    const r = loadTransitionFixture();
    transitionOf(r).summary.rejections = { mean: 0.25, sd: 0.46, ci95: [-0.14, 0.64], n: 8 };
    const text = documentText(buildReport(r, 'en').document.blocks);
    expect(text).toContain('0.25 (0.00 to 0.64)');
  });

  it('the break-even day is a date: day 1 is the application date', () => {
    const t = transitionOf(loadTransitionFixture());
    expect(breakEvenDate({ ...t, breakEven: { ...t.breakEven, day: 1 } })).toBe(t.start);
    const m = messagesFor('en');
    const f = makeFormatter(m.format);
    expect(breakEvenText({ ...t, breakEven: { ...t.breakEven, day: 140, ci95: [120, null] } }, m, f)).toEqual({
      day: 'day 140',
      interval: 'day 120 to beyond the horizon',
    });
  });

  it('is absent, with its charts, when no setup has a transition', () => {
    const built = buildReport(loadFixture(), 'en');
    expect(built.charts.map((c) => c.id)).not.toContain('transition-timeline');
    expect(built.charts.map((c) => c.id)).not.toContain('cumulative-margin');
    expect(built.document.blocks.some((b) => b.kind === 'heading' && b.id === 'transition')).toBe(false);
    expect(buildCharts(loadFixture(), ctxFor('en'), 'merged').map((c) => c.id)).not.toContain('transition-timeline');
  });
});

describe('the EPR-blocked sales table', () => {
  // The transition study binds no EPR number for its accessories group (ranks 301–400), so
  // its merged setup refuses their lines into DE and FR from go-live
  it('is absent when nothing was refused', () => {
    const blocks = buildReport(loadFixture(), 'en').document.blocks;
    expect(blocks.some((b) => b.kind === 'heading' && b.id === 'epr-blocked')).toBe(false);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: the SKUs that cost most, by popularity rank, and the fix with the command`, () => {
      const r = loadTransitionFixture();
      const s = r.setups.merged;
      const total = s.summary.blockedSales.mean as number;
      expect(total).toBeGreaterThan(0);
      const m = messagesFor(lang);
      const f = makeFormatter(m.format);
      const blocks = buildReport(r, lang).document.blocks;
      const start = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'epr-blocked');
      expect(start).toBeGreaterThan(blocks.findIndex((b) => b.kind === 'heading' && b.id === 'transition'));
      const table = blocks.slice(start).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.className === 'epr');
      expect(table?.rows.map((row) => row.map((c) => plainText(c.lines[0])))).toEqual(
        (s.blockedSkus ?? []).map((k) => [m.epr.rankValue(f.count(k.rank)), f.usd(k.sales), f.percent(k.sales / total, 1)]),
      );
      expect(table?.rows.length).toBeGreaterThan(0);
      const text = documentText(blocks.slice(start, start + 4));
      const intro = m.epr.intro('merged', f.count(s.summary.blockedOrders.mean), f.count(s.summary.blockedUnits.mean), f.usd(total), f.days(365, 0));
      expect(text).toContain(intro);
      expect(text).toContain(m.epr.fix);
      expect(text).toContain('poolsim check scenarios/transition.yaml');
    });
  }

  it('is absent when the refused sales come to zero', () => {
    const r = loadTransitionFixture();
    r.setups.merged.blockedSkus = [];
    r.setups.merged.summary.blockedSales = { mean: 0, sd: 0, ci95: [0, 0], n: 8 };
    const blocks = buildReport(r, 'en').document.blocks;
    expect(blocks.some((b) => b.kind === 'heading' && b.id === 'epr-blocked')).toBe(false);
  });
});

describe('transition chart files', () => {
  it('writes spec, SVG and PNG of both charts, in English and Chinese', async () => {
    const out = mkdtempSync(join(tmpdir(), 'poolsim-transition-'));
    const file = join(out, 'results.json');
    writeFileSync(file, readFileSync(join(__dirname, '../fixtures/results-transition.json')));
    for (const lang of ['en', 'zh'] as const) {
      const written = await writeReportFiles(file, { lang });
      expect(written.warnings).toEqual([]);
      for (const id of TRANSITION_CHART_IDS) {
        const base = join(out, 'charts', lang === 'en' ? id : `${id}.${lang}`);
        expect(existsSync(`${base}.vl.json`)).toBe(true);
        expect(readFileSync(`${base}.svg`, 'utf8')).toMatch(/^<svg /);
        const png = readFileSync(`${base}.png`);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.length).toBeGreaterThan(10_000);
      }
      expect(readFileSync(written.html, 'utf8')).toContain('id="chart-transition-timeline"');
      expect(readFileSync(written.markdown, 'utf8')).toContain(`charts/${lang === 'en' ? 'cumulative-margin' : 'cumulative-margin.zh'}.png`);
    }
  }, 120_000);
});
