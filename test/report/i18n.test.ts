/**
 * Translations: every key of every language present and non-empty, and no English words in
 * the visible text of a Chinese report (text in code elements, user ids and units whitelisted).
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { renderHtml } from '../../src/report/html.js';
import { en } from '../../src/report/i18n/en.js';
import { LANGS, messagesFor } from '../../src/report/i18n/index.js';
import { zh } from '../../src/report/i18n/zh.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { loadFixture } from './support/fixtures.js';

type Tree = Record<string, unknown>;

/** Every leaf path of a messages object, with its value (functions called with sample args). */
function leaves(x: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof x === 'object' && x !== null && !Array.isArray(x)) {
    return Object.entries(x as Tree).flatMap(([k, v]) => leaves(v, prefix === '' ? k : `${prefix}.${k}`));
  }
  if (typeof x === 'function') {
    const args = Array.from({ length: x.length }, (_, i) => (i === 0 ? 'A' : i === 1 ? 'B' : 'C'));
    return [[prefix, (x as (...a: unknown[]) => unknown)(...args)]];
  }
  return [[prefix, x]];
}

describe('translations', () => {
  const keysOf = (m: unknown) => leaves(m).map(([k]) => k).sort();

  it('English and Chinese have exactly the same keys', () => {
    const missingInZh = keysOf(en).filter((k) => !keysOf(zh).includes(k));
    const missingInEn = keysOf(zh).filter((k) => !keysOf(en).includes(k));
    expect(missingInZh).toEqual([]);
    expect(missingInEn).toEqual([]);
  });

  it.each(LANGS.map((l) => [l]))('%s: no text is empty', (lang) => {
    const empty = leaves(messagesFor(lang)).filter(([, v]) => (typeof v === 'string' ? v.trim() === '' : v === undefined || v === null));
    expect(empty).toEqual([]);
  });

  it('Chinese texts are in Chinese (every text with letters also holds CJK characters)', () => {
    // Texts that are format patterns or pure placeholders may have no CJK character.
    const latinOnly = leaves(zh)
      .filter(([k]) => !k.startsWith('format.'))
      .filter(([, v]) => typeof v === 'string' && /[A-Za-z]{2,}/.test(v.replace(/\b[ABC]\b/g, '')) && !/[\u4e00-\u9fff]/.test(v));
    expect(latinOnly).toEqual([]);
  });
});

/** Identifiers and units allowed in the visible text of a Chinese report. */
function whitelist(): Set<string> {
  const r = loadFixture();
  const ids = [
    ...Object.keys(r.setups),
    ...Object.values(r.setups).flatMap((s) => (s.router ? [s.router] : [])),
    ...r.setups.unmerged.byMarket.map((m) => m.market),
    r.tool.name,
  ];
  // Units and acronyms a Chinese reader sees in Chinese business text too
  const units = ['GMV', 'SKU', 'CI', 'SHA', 'JavaScript', 'SVG', 'PNG', 'charts', 'pp'];
  return new Set([...ids.flatMap((id) => id.split(/[^A-Za-z]+/)), ...units].filter((w) => w !== ''));
}

/** Visible text of an HTML page: no script, style, code, or user-provided seller/scenario names. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

describe('the Chinese report shows no English', () => {
  const r = loadFixture();
  // User input (scenario and seller names) is shown as given; take it out of the check
  const userText = [r.scenario.name, String((r.assumptions.seller as Tree).name)];
  const allowed = whitelist();
  const english = (text: string) => {
    let t = text;
    for (const u of userText) t = t.split(u).join(' ');
    return [...new Set(t.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !allowed.has(w));
  };
  const { document, charts } = buildReport(r, 'zh');

  it('in the HTML text', () => {
    const html = renderHtml(document, zh, { vega: '', vegaLite: '', vegaEmbed: '' });
    const userEscaped = userText.map((u) => u.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    let page = html;
    for (const u of userEscaped) page = page.split(u).join(' ');
    expect(english(visibleText(page))).toEqual([]);
  });

  it('in the Markdown text', () => {
    const md = renderMarkdown(document, (id) => `charts/${id}.zh.png`)
      .replace(/`[^`]*`/g, ' ')
      .replace(/<br>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\\/g, '')
      .replace(/&lt;|&gt;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&' })[e] ?? e);
    expect(english(md)).toEqual([]);
  });

  it('in the chart titles, axis and legend titles and labels', () => {
    const texts: string[] = [];
    const walk = (x: unknown, key = ''): void => {
      if (Array.isArray(x)) x.forEach((v) => walk(v, key));
      else if (typeof x === 'object' && x !== null) {
        for (const [k, v] of Object.entries(x)) {
          // field names, formats, filters, marks, the schema URL and config are code, not text
          if (['field', 'format', 'filter', 'type', '$schema', 'config', 'op', 'as', 'groupby', 'stack', 'interpolate', 'orient', 'direction', 'anchor', 'align', 'baseline', 'symbolType'].includes(k)) continue;
          walk(v, k);
        }
      } else if (typeof x === 'string' && ['text', 'subtitle', 'title', 'label', 'kind', 'measure', 'series'].includes(key)) texts.push(x);
    };
    for (const c of charts) walk(c.spec);
    expect(texts.length).toBeGreaterThan(20);
    expect(english(texts.join(' '))).toEqual([]);
  });
});
