import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportInputError } from '../../src/report/errors.js';
import { chartFonts, type ChartFonts } from '../../src/report/render/fonts.js';
import { latinTextInLatinFont, renderPng } from '../../src/report/render/png.js';
import { estimateTextWidth, renderSvg } from '../../src/report/render/svg.js';
import { writeReport, writeReportFiles } from '../../src/report/write-report.js';
import { REPORT_FIXTURE, SWEEP_FIXTURE } from './support/fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'poolsim-report-'));

/** Every file under a folder, relative paths, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('writeReportFiles', () => {
  it('writes report.html, report.md and each chart as spec, SVG and PNG, atomically', async () => {
    const out = tmp();
    const written = await writeReportFiles(REPORT_FIXTURE, { outDir: out });
    expect(written.html).toBe(join(out, 'report.html'));
    expect(written.warnings).toEqual([]);
    const expected = [
      'report.html',
      'report.md',
      ...written.charts.flatMap((id) => [`charts/${id}.png`, `charts/${id}.svg`, `charts/${id}.vl.json`]),
    ].sort();
    // nothing else: no temporary files left behind
    expect(filesUnder(out)).toEqual(expected);
    // report.html is written last, so one that exists has all its files
    expect(written.files.at(-1)).toBe(written.html);

    const png = readFileSync(join(out, 'charts/fulfilment-time.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = readFileSync(join(out, 'charts/fulfilment-time.svg'), 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('font-family="DejaVu Sans');
    const spec = JSON.parse(readFileSync(join(out, 'charts/net-margin-monthly.vl.json'), 'utf8')) as { $schema: string };
    expect(spec.$schema).toMatch(/vega-lite/);

    // Markdown links every chart's PNG, and each link resolves
    const md = readFileSync(written.markdown, 'utf8');
    const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(links).toEqual(written.charts.map((id) => `charts/${id}.png`));
    for (const l of links) expect(existsSync(join(out, l))).toBe(true);

    // self-contained: the libraries are inline, nothing is loaded from elsewhere
    const html = readFileSync(written.html, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).toContain('Content-Security-Policy');
    expect(html.length).toBeGreaterThan(800_000);
  });

  it('writes next to the results file by default, and a Chinese report beside the English one', async () => {
    const dir = tmp();
    const results = join(dir, 'results.json');
    copyFileSync(REPORT_FIXTURE, results);
    expect(await writeReport(results, { skipImages: true })).toBe(join(dir, 'report.html'));
    const zh = await writeReportFiles(results, { lang: 'zh', skipImages: true });
    expect(zh.html).toBe(join(dir, 'report.zh.html'));
    expect(zh.markdown).toBe(join(dir, 'report.zh.md'));
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    expect(existsSync(join(dir, 'charts/fulfilment-time.zh.vl.json'))).toBe(true);
    // without images, Markdown links the specs
    expect(readFileSync(zh.markdown, 'utf8')).toContain('](charts/fulfilment-time.zh.vl.json)');
    expect(readFileSync(zh.html, 'utf8')).toContain('<html lang="zh-CN">');
  });

  it('writes a sweep report with its one chart', async () => {
    const out = tmp();
    const written = await writeReportFiles(SWEEP_FIXTURE, { outDir: out, skipImages: true });
    expect(written.charts).toEqual(['sweep-net-margin']);
    expect(readFileSync(written.markdown, 'utf8')).toMatch(/breaks even at costs\.fulfilmentPerParcel ≈ 1\.5\d/);
  });

  it('re-rendering removes the files of charts that no longer apply', async () => {
    const dir = tmp();
    await writeReportFiles(REPORT_FIXTURE, { outDir: dir, skipImages: true });
    expect(existsSync(join(dir, 'charts/router-policy.vl.json'))).toBe(true);
    const r = JSON.parse(readFileSync(REPORT_FIXTURE, 'utf8')) as { setups: Record<string, { router?: string }> };
    r.setups['merged-nearest-router'].router = 'single-first';
    const file = join(dir, 'results.json');
    writeFileSync(file, JSON.stringify(r));
    const again = await writeReportFiles(file, { skipImages: true });
    expect(again.charts).not.toContain('router-policy');
    expect(existsSync(join(dir, 'charts/router-policy.vl.json'))).toBe(false);
  });

  it('rejects an unknown language', async () => {
    await expect(writeReportFiles(REPORT_FIXTURE, { lang: 'fr', outDir: tmp() })).rejects.toBeInstanceOf(ReportInputError);
  });
});

describe('chart rendering', () => {
  const fontsOf = (lang: 'en' | 'zh'): ChartFonts => {
    const f = chartFonts(lang);
    if ('missing' in f) throw new Error(`fonts missing for ${lang}: ${f.missing} (npm ci installs dejavu-fonts-ttf and @expo-google-fonts/noto-sans-sc)`);
    return f;
  };

  it('loads only the font files of the npm font packages: DejaVu Sans for English, plus Noto Sans SC for Chinese, never system fonts', () => {
    expect(fontsOf('en').files.every((f) => /node_modules[\\/]dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans/.test(f))).toBe(true);
    expect(fontsOf('zh').files.filter((f) => /node_modules[\\/]@expo-google-fonts[\\/]noto-sans-sc[\\/].*NotoSansSC_/.test(f))).toHaveLength(2);
    expect(fontsOf('zh').defaultFamily).toBe('Noto Sans SC');
  });

  it('draws Chinese glyphs (not blanks) and the same bytes every time', () => {
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="20" font-family="Noto Sans SC" font-size="14">${text}</text></svg>`;
    const fonts = fontsOf('zh');
    const withText = renderPng(svg('履约时间'), fonts, 1);
    const blank = renderPng(svg(''), fonts, 1);
    expect(Buffer.from(withText).equals(Buffer.from(blank))).toBe(false);
    expect(Buffer.from(renderPng(svg('履约时间'), fonts, 1)).equals(Buffer.from(withText))).toBe(true);
    // DejaVu has no CJK glyphs: with English fonts only the text draws as missing-glyph boxes,
    // a different image; the Chinese render uses Noto's real glyphs
    const boxes = renderPng(svg('履约时间'), fontsOf('en'), 1);
    expect(Buffer.from(boxes).equals(Buffer.from(withText))).toBe(false);
  });

  it('moves Latin-only text to DejaVu Sans before rasterising Chinese charts', () => {
    const svg = '<text font-family="Noto Sans SC" x="1">12%</text><text font-family="Noto Sans SC">月份</text>';
    expect(latinTextInLatinFont(svg)).toBe('<text font-family="DejaVu Sans" x="1">12%</text><text font-family="Noto Sans SC">月份</text>');
  });

  it('estimates CJK characters at 1 em and restores vega’s own text measure afterwards', async () => {
    expect(estimateTextWidth('月份', 10)).toBe(20);
    const vega = (await import('vega')) as unknown as { textMetrics: { width: unknown } };
    const before = vega.textMetrics.width;
    const svg = await renderSvg({ data: { values: [{ a: '月份', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a' }, y: { field: 'b', type: 'quantitative' } } });
    expect(svg).toContain('月份');
    expect(vega.textMetrics.width).toBe(before);
  });
});

describe('report folder', () => {
  it('REPORT_FIXTURE sits in test/fixtures', () => {
    expect(dirname(REPORT_FIXTURE)).toMatch(/test[\\/]fixtures$/);
  });
});
