/**
 * User input (scenario, seller and setup names) can never become markup or script: checked in
 * the HTML, the inline chart specs and the Markdown.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { escapeHtml, escapeMarkdown, jsonForScript, markdownCode, scriptForInline } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { en } from '../../src/report/i18n/en.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Results } from '../../src/results/types.js';
import { loadFixture } from './support/fixtures.js';

const EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('escape functions', () => {
  it('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('jsonForScript never contains "<" and still parses to the same value', () => {
    const value = { name: '</script><!-- \u2028' };
    const text = jsonForScript(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
  it('scriptForInline breaks up a closing script tag', () => {
    expect(scriptForInline('var s = "</SCRIPT>";')).toBe('var s = "<\\/SCRIPT>";');
  });
  it('escapeMarkdown neutralises markup and raw HTML', () => {
    expect(escapeMarkdown('*a* | [b](c) <i>')).toBe('\\*a\\* \\| \\[b\\](c) &lt;i&gt;');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  });
  it('markdownCode picks a fence longer than any backtick run', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('x|y')).toBe('`x\\|y`');
  });
});

/** The fixture with hostile text in every user-provided name. */
function hostile(): Results {
  const r = loadFixture();
  r.scenario.name = EVIL;
  (r.assumptions.seller as Record<string, unknown>).name = EVIL;
  // a setup id with markup (ids are validated by the scenario schema, but the report must not rely on it)
  const rename = (from: string, to: string) => {
    r.setups[to] = r.setups[from];
    delete r.setups[from];
    for (const c of r.comparisons) if (c.setup === from) c.setup = to;
    const a = r.assumptions.setups as Record<string, unknown>;
    a[to] = a[from];
    delete a[from];
  };
  rename('merged-nearest-router', '<b>x</b>');
  return r;
}

describe('the report escapes user input', () => {
  const r = hostile();
  const { document } = buildReport(r, 'en');
  const html = renderHtml(document, en, { vega: '/*vega*/', vegaLite: '/*vl*/', vegaEmbed: '/*embed*/' });

  it('HTML: no injected element, the text is shown escaped', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain(escapeHtml(EVIL));
    // exactly the page's own scripts: three libraries and the boot script, plus one spec per chart
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    const specs = scripts.filter((s) => s.includes('application/json'));
    expect(scripts.length - specs.length).toBe(4);
    expect(specs.length).toBe(document.blocks.filter((b) => b.kind === 'chart').length);
  });

  it('HTML: the chart specs carry the names as data, without "<"', () => {
    for (const m of html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).not.toContain('<');
      expect(() => JSON.parse(m[1])).not.toThrow();
    }
    expect(html).toContain('\\u003cb>x\\u003c/b>');
  });

  it('Markdown: raw HTML from user input is shown, not interpreted', () => {
    // Code spans show their content literally (setup ids are written as code), so leave them out
    const md = renderMarkdown(document, (id) => `charts/${id}.png`).replace(/(`+)[^`][\s\S]*?\1/g, '');
    expect(md).not.toMatch(/<(script|img|b)\b/);
    expect(md).toContain('&lt;script&gt;');
  });
});
