/**
 * Writes the report of a results file into a folder (by default the run folder that holds it):
 *
 *   report.html            self-contained, offline page (charts drawn in the browser)
 *   report.md              the same content as Markdown, charts as linked PNGs
 *   charts/<id>.vl.json    Vega-Lite spec of each chart
 *   charts/<id>.svg        each chart rendered headlessly
 *   charts/<id>.png        the SVG rasterised by resvg with explicit fonts
 *
 * A non-default language adds its code before the extension (`report.zh.html`,
 * `charts/<id>.zh.png`), so the English and Chinese reports sit side by side in one run
 * folder. Every file is written atomically (temp file + rename).
 *
 * Steps: 1. load and check the file; 2. build the document (single run or sweep);
 * 3. per chart: spec, SVG, PNG; 4. Markdown; 5. HTML last, so a report.html that exists has
 * every file it refers to.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildReport } from './build-document.js';
import { buildSweepReport } from './build-sweep-document.js';
import { CHART_IDS, type Chart } from './charts/index.js';
import type { ReportDocument } from './document.js';
import { ReportInputError } from './errors.js';
import { renderHtml } from './html.js';
import { isLang, LANGS, messagesFor } from './i18n/index.js';
import type { Lang } from './i18n/messages.js';
import { loadResultsFile, type LoadedResults } from './load-results.js';
import { renderMarkdown } from './markdown.js';
import { chartRenderFailed, fontsMissing, unknownLang } from './messages.js';
import { loadBrowserScripts } from './render/browser-scripts.js';
import { chartFonts, type ChartFonts } from './render/fonts.js';
import { renderPng } from './render/png.js';
import { renderSvg } from './render/svg.js';
import { writeFileAtomic } from './write-atomic.js';

export interface WriteReportOptions {
  /** Report language; default `en`. */
  lang?: Lang | string;
  /** Output folder; default the folder of the results file. */
  outDir?: string;
  /** Skip the SVG and PNG files (report.html and report.md only); default false. */
  skipImages?: boolean;
  /** Called with each non-fatal problem (missing fonts, a chart that failed to render). */
  onWarning?: (message: string) => void;
}

export interface WrittenReport {
  html: string;
  markdown: string;
  /** Every file written, report.html last. */
  files: string[];
  /** Ids of the charts in the report. */
  charts: string[];
  warnings: string[];
}

/** File name of a report file in a language: `report.html`, `report.zh.html`. */
export function localisedName(base: string, ext: string, lang: Lang): string {
  return lang === 'en' ? `${base}.${ext}` : `${base}.${lang}.${ext}`;
}

function built(loaded: LoadedResults, lang: Lang): { document: ReportDocument; charts: Chart[] } {
  return loaded.kind === 'single' ? buildReport(loaded.results, lang) : buildSweepReport(loaded.sweep, lang);
}

/**
 * Writes every report file and returns what was written.
 *
 * @throws {ReportInputError} when the results file cannot be read or the language is unknown
 * @example
 * const out = await writeReportFiles('reports/run/results.json', { lang: 'zh' });
 * out.html; // 'reports/run/report.zh.html'
 */
export async function writeReportFiles(resultsPath: string, options: WriteReportOptions = {}): Promise<WrittenReport> {
  const lang = options.lang ?? 'en';
  if (!isLang(lang)) throw new ReportInputError(unknownLang(lang, LANGS), { file: resultsPath, field: 'lang' });
  const outDir = resolve(options.outDir ?? dirname(resultsPath));
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    options.onWarning?.(message);
  };

  const loaded = loadResultsFile(resultsPath);
  const { document, charts } = built(loaded, lang);
  const files: string[] = [];
  const write = (path: string, data: string | Uint8Array) => {
    writeFileAtomic(path, data);
    files.push(path);
  };

  const chartsDir = join(outDir, 'charts');
  const chartFile = (id: string, ext: string) => join(chartsDir, localisedName(id, ext, lang));
  let pngFor: ((id: string) => boolean) | undefined;
  if (!options.skipImages) {
    const fonts = chartFonts(lang);
    const usable: ChartFonts | null = 'missing' in fonts ? null : fonts;
    if (usable === null) warn(fontsMissing(lang, (fonts as { missing: string }).missing));
    const pngDone = new Set<string>();
    for (const c of charts) {
      write(chartFile(c.id, 'vl.json'), JSON.stringify(c.spec, null, 2) + '\n');
      let svg: string;
      try {
        svg = await renderSvg(c.spec, (w) => warn(`${c.id}: ${w}`));
      } catch (e) {
        warn(chartRenderFailed(c.id, (e as Error).message));
        rmSync(chartFile(c.id, 'svg'), { force: true });
        continue;
      }
      write(chartFile(c.id, 'svg'), svg);
      if (usable !== null) {
        write(chartFile(c.id, 'png'), renderPng(svg, usable));
        pngDone.add(c.id);
      }
    }
    pngFor = (id) => pngDone.has(id);
  } else {
    for (const c of charts) write(chartFile(c.id, 'vl.json'), JSON.stringify(c.spec, null, 2) + '\n');
  }

  // A chart that no longer applies (re-rendering a folder) must not leave its old files behind
  const current = new Set<string>(charts.map((c) => c.id));
  for (const id of [...CHART_IDS, 'sweep-net-margin']) {
    if (current.has(id)) continue;
    for (const ext of ['vl.json', 'svg', 'png']) rmSync(chartFile(id, ext), { force: true });
  }
  // Likewise images that would no longer match the report: all of them without images, the
  // PNG of a chart whose PNG was not made this time
  for (const id of current) {
    if (options.skipImages) rmSync(chartFile(id, 'svg'), { force: true });
    if (!pngFor?.(id)) rmSync(chartFile(id, 'png'), { force: true });
  }

  // Markdown links the PNG when there is one, else the SVG, else the spec
  const image = (id: string) =>
    `charts/${localisedName(id, pngFor === undefined ? 'vl.json' : pngFor(id) ? 'png' : 'svg', lang)}`;
  const markdownPath = join(outDir, localisedName('report', 'md', lang));
  write(markdownPath, renderMarkdown(document, image));

  const htmlPath = join(outDir, localisedName('report', 'html', lang));
  write(htmlPath, renderHtml(document, messagesFor(lang), loadBrowserScripts()));
  return { html: htmlPath, markdown: markdownPath, files, charts: charts.map((c) => c.id), warnings };
}

/**
 * Writes the report of a results file (see the file comment for the files) and returns the
 * path of report.html. This is what `poolsim run` calls at the end and `poolsim report` runs.
 *
 * @throws {ReportInputError} when the results file cannot be read or the language is unknown
 * @example
 * await writeReport('reports/default-study-20250301-140509/results.json', { lang: 'en' });
 * // 'reports/default-study-20250301-140509/report.html'
 */
export async function writeReport(resultsPath: string, options: WriteReportOptions = {}): Promise<string> {
  return (await writeReportFiles(resultsPath, options)).html;
}
