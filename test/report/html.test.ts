import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../src/report/html.js';
import { en } from '../../src/report/i18n/en.js';
import { zh } from '../../src/report/i18n/zh.js';
import { loadFixture } from './support/fixtures.js';

const SCRIPTS = { vega: '/*vega*/', vegaLite: '/*vl*/', vegaEmbed: '/*embed*/' };

describe('report.html', () => {
  const html = renderHtml(buildReport(loadFixture(), 'en').document, en, SCRIPTS);

  it('is a complete page in the report language, phone-ready and printable', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/@media \(max-width: 600px\)/);
    expect(html).toMatch(/@media print/);
    expect(html).toContain('.table-wrap { overflow-x: auto;');
    expect(renderHtml(buildReport(loadFixture(), 'zh').document, zh, SCRIPTS)).toContain('<html lang="zh-CN">');
  });

  it('forbids network access and loads the libraries in order before the boot script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    const order = ['/*vega*/', '/*vl*/', '/*embed*/', 'vegaEmbed(el, spec'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has the sections in the order of issue 6', () => {
    const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['verdict', 'eligibility', 'headline', 'charts', 'assumptions']);
    const charts = [...html.matchAll(/<div class="vega" data-chart="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(['fulfilment-time', 'backlog-fill-rate', 'monthly-fees', 'returns-by-market', 'net-margin-monthly', 'router-policy']);
  });
});
