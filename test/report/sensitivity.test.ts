/**
 * "What flips the verdict" on a real run with --sensitivity (test/fixtures/results-sensitivity.json,
 * support/make-sensitivity-fixture.mjs): the tornado and the table list every varied input,
 * widest swing first, with the run's differences a month; the break-even table gives the
 * search's factor and interval, or the range searched; inputs not varied say why; en and zh;
 * absent without a sensitivity block.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { tornadoSpec } from '../../src/report/charts/tornado.js';
import type { Block } from '../../src/report/document.js';
import { messagesFor } from '../../src/report/i18n/index.js';
import type { Lang } from '../../src/report/i18n/messages.js';
import { makeFormatter } from '../../src/report/format.js';
import type { Results } from '../../src/results/types.js';
import { documentText, sectionOf } from './support/document-text.js';
import { loadFixture } from './support/fixtures.js';

const FIXTURE = resolve(__dirname, '../fixtures/results-sensitivity.json');
const load = (): Results => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Results;

const section = (blocks: readonly Block[]): Block[] => sectionOf(blocks, 'sensitivity');
const text = (r: Results, lang: Lang) => documentText(section(buildReport(r, lang).document.blocks));

describe('What flips the verdict', () => {
  const r = load();
  const s = r.sensitivity!;
  const perMonth = 30 / r.horizonDays;
  const ranked = [...s.inputs].filter((x) => x.applicable).sort((a, b) => b.swing! - a.swing!);

  it('is a section of its own with the tornado, after the key metrics', () => {
    const blocks = buildReport(r, 'en').document.blocks;
    const ids = blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { id?: string }).id);
    expect(ids.indexOf('sensitivity')).toBe(ids.indexOf('headline') + 1);
    const charts = section(blocks).filter((b) => b.kind === 'chart');
    expect(charts.map((c) => (c as { id: string }).id)).toEqual(['sensitivity-tornado']);
  });

  it('tabulates each varied input, widest swing first, with the run’s differences a month', () => {
    const f = makeFormatter(messagesFor('en').format);
    const table = section(buildReport(r, 'en').document.blocks).find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    const names = messagesFor('en').sensitivity.inputs;
    expect(table.rows.map((row) => documentText([{ kind: 'paragraph', content: row[0].lines[0] }]))).toEqual(ranked.map((x) => names[x.input]));
    const top = ranked[0];
    const rowText = table.rows[0].map((c) => documentText([{ kind: 'paragraph', content: c.lines[0] }]));
    expect(rowText[2].startsWith(f.usdSigned(top.low!.mean * perMonth))).toBe(true);
    expect(rowText[4].startsWith(f.usdSigned(top.high!.mean * perMonth))).toBe(true);
  });

  it('gives the break-even factor and its interval, or the range searched without a sign change', () => {
    const en = text(r, 'en');
    for (const b of s.breakEven) {
      if (b.found) expect(en).toContain(`×${Number(b.factor!.toPrecision(3))}`);
      else expect(en).toContain(`none between ×${Number(b.searched[0].toPrecision(3))} and ×${Number(b.searched[1].toPrecision(3))}`);
    }
    expect(s.breakEven.some((b) => b.found)).toBe(true);
  });

  it('states a lead-time break-even in days', () => {
    const x = load();
    const lead = x.sensitivity!.inputs.find((i) => i.input === 'leadTime')!;
    x.sensitivity!.breakEven = [{ input: 'leadTime', found: true, factor: 1.8, ci95: [1.6, null], searched: [0.5, 3], evaluations: [] }];
    expect(text(x, 'en')).toContain(`mean lead time ${makeFormatter(messagesFor('en').format).days(lead.baseValue! * 1.8, 1)}`);
    expect(text(x, 'en')).toContain('×1.6 to open');
    expect(text(x, 'zh')).toContain('平均补货周期');
  });

  it('says why an input was not varied, in both languages', () => {
    const x = load();
    Object.assign(x.sensitivity!.inputs[0], { applicable: false, reason: 'all-zero', low: null, high: null, swing: null });
    expect(text(x, 'en')).toContain('not varied — it is 0 in the scenario');
    expect(text(x, 'zh')).toContain('未改变——场景中该值为 0');
  });

  it('reads in Chinese', () => {
    const zh = text(r, 'zh');
    expect(zh).toContain('什么会改变结论');
    expect(zh).toContain('供应商补货周期');
    expect(zh).toContain('盈亏平衡值');
  });

  it('draws one pair of bars per varied input from the study’s difference', () => {
    const spec = tornadoSpec(s, perMonth, { lang: 'en', m: messagesFor('en'), setups: Object.keys(r.setups) }) as unknown as { layer: Array<{ data: { values: Array<{ base: number; value: number }> } }> };
    const bars = spec.layer[0].data.values;
    expect(bars).toHaveLength(2 * ranked.length);
    for (const b of bars) expect(b.base).toBeCloseTo(s.base.mean * perMonth, 6);
  });

  it('is absent without a sensitivity block', () => {
    const blocks = buildReport(loadFixture(), 'en').document.blocks;
    expect(section(blocks)).toEqual([]);
    expect(buildReport(loadFixture(), 'en').charts.map((c) => c.id)).not.toContain('sensitivity-tornado');
  });
});
