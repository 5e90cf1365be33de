/**
 * Writes a report document as one self-contained HTML file: styles, chart specs and the
 * browser builds of vega, vega-lite and vega-embed are all inline, so the file opens offline
 * from disk (and a Content-Security-Policy forbids any network access). Readable on a phone
 * (fluid layout, tables scroll sideways, charts scale down) and printable (print styles).
 * Every text is escaped (`escape.ts`).
 */
import type { Block, Cell, Inline, ReportDocument } from './document.js';
import { escapeHtml, jsonForScript, scriptForInline } from './escape.js';
import type { Messages } from './i18n/messages.js';

/** Browser builds inlined into the page, in load order (vega-embed needs the other two). */
export interface BrowserScripts {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

/**
 * CSP of the report: scripts and styles only from the page itself, images only as data URLs,
 * no connections. `unsafe-eval` is needed because vega compiles its expressions with `Function`.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { --fg: #1d1d1f; --muted: #5b5b60; --line: #d9d9de; --good: #1e7b34; --good-bg: #e8f5ec; --bad: #b42318; --bad-bg: #fdecea; --neutral-bg: #f3f3f5; --accent: #4c78a8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: #fff; font: 16px/1.55 "DejaVu Sans", "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 12px; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 24px 0 8px; }
p, ul, ol { margin: 8px 0; }
ol li { margin: 6px 0; }
.meta { color: var(--muted); font-size: .92rem; margin: 0 0 8px; padding: 0; list-style: none; overflow-wrap: anywhere; }
code { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: .88em; background: var(--neutral-bg); padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
.note { color: var(--muted); font-size: .92rem; }
.warning { background: var(--bad-bg); color: var(--bad); padding: 8px 12px; border-radius: 6px; }
.verdict { border-left: 6px solid var(--muted); background: var(--neutral-bg); padding: 14px 18px; border-radius: 6px; }
.verdict.good { border-color: var(--good); background: var(--good-bg); }
.verdict.bad { border-color: var(--bad); background: var(--bad-bg); }
.verdict .title { font-size: 1.35rem; font-weight: bold; margin: 0 0 6px; }
.verdict.good .title { color: var(--good); }
.verdict.bad .title { color: var(--bad); }
.verdict ul { padding-left: 1.3em; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 8px 0 16px; }
table { border-collapse: collapse; font-size: .9rem; min-width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
th { background: var(--neutral-bg); font-weight: 600; }
td.num, th.num { text-align: right; }
table.headline td:first-child { min-width: 10em; }
table.headline td.num { white-space: nowrap; }
table.headline td.num .line + .line { white-space: normal; }
td .line + .line { color: var(--muted); font-size: .85em; }
td.good .line + .line, td.good { color: var(--good); }
td.bad .line + .line, td.bad { color: var(--bad); }
td.good .line:first-child, td.bad .line:first-child { color: var(--fg); }
table.eligibility td:nth-child(5).good, table.eligibility td:nth-child(5).bad { font-weight: bold; }
table.fee-tier td.num { white-space: nowrap; }
table.fee-tier td:last-child.good, table.fee-tier td:last-child.bad { font-weight: bold; }
table.parameters { font-size: .8rem; }
table.parameters td { padding: 3px 8px; }
table.parameters td:first-child { white-space: nowrap; }
figure.chart { margin: 24px 0; padding: 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart h3 { margin-top: 0; }
.vega { width: 100%; min-height: 120px; }
.vega .vega-embed { width: 100%; display: block; }
.vega svg { max-width: 100%; height: auto; display: block; }
figure.chart figcaption { color: var(--muted); font-size: .9rem; margin-top: 6px; }
.chart-error { color: var(--bad); }
footer { color: var(--muted); font-size: .85rem; margin-top: 40px; border-top: 1px solid var(--line); padding-top: 8px; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  main { padding: 16px 12px 32px; }
  h1 { font-size: 1.35rem; }
  h2 { font-size: 1.15rem; }
  th, td { padding: 5px 6px; }
  table { font-size: .82rem; }
  /* Tables keep readable columns and scroll sideways inside .table-wrap */
  table.eligibility th:not(:first-child), table.eligibility td:not(:first-child) { white-space: nowrap; }
  table.eligibility td:first-child, table.headline td:first-child { min-width: 8.5em; }
}
@media print {
  @page { margin: 14mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .verdict, .warning { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  noscript { display: none; }
}
`;

/**
 * Runs in the page: renders every chart from its inline spec with vega-embed (SVG renderer,
 * no action menu), marks each container `data-rendered`, and when all are done sets
 * `data-charts-rendered` (the count) on <html> for tests and print scripts to wait on.
 * A chart wider than its container (a phone) is drawn again narrower, so its text keeps its
 * size instead of being scaled down: legends become one column, side-by-side panels are
 * stacked (each gets the first panel's y axis), then plot widths shrink by the overflow (at
 * most three tries).
 */
const BOOT = `
(function () {
  var options = { renderer: 'svg', actions: false };
  var containers = Array.prototype.slice.call(document.querySelectorAll('.vega[data-chart]'));
  var done = 0;
  function finish() { done += 1; if (done === containers.length) document.documentElement.setAttribute('data-charts-rendered', String(document.querySelectorAll('.vega[data-rendered="true"]').length)); }
  function verticalLegends(x) {
    if (Array.isArray(x)) { x.forEach(verticalLegends); return; }
    if (!x || typeof x !== 'object') return;
    Object.keys(x).forEach(function (k) {
      if (k === 'legend' && x[k] && typeof x[k] === 'object') { x[k].direction = 'vertical'; x[k].columns = 1; }
      else verticalLegends(x[k]);
    });
  }
  function narrower(spec, over, avail) {
    verticalLegends(spec);
    if (spec.hconcat && avail < 600) {
      var first = spec.hconcat[0];
      spec.vconcat = spec.hconcat.map(function (v, i) {
        if (i > 0 && first.encoding && first.encoding.y && v.encoding) v.encoding.y = JSON.parse(JSON.stringify(first.encoding.y));
        return v;
      });
      delete spec.hconcat;
      return;
    }
    var views = spec.hconcat || spec.vconcat || [spec];
    var cut = spec.hconcat ? over / views.length : over;
    views.forEach(function (v) { if (typeof v.width === 'number') v.width = Math.max(140, Math.floor(v.width - cut - 4)); });
  }
  function draw(el, spec, attempt) {
    return vegaEmbed(el, spec, options).then(function (res) {
      var svg = el.querySelector('svg');
      var natural = svg ? parseFloat(svg.getAttribute('width')) : 0;
      var avail = el.clientWidth;
      if (attempt >= 3 || !(natural > avail + 1)) return res;
      res.finalize();
      el.innerHTML = '';
      narrower(spec, natural - avail, avail);
      return draw(el, spec, attempt + 1);
    });
  }
  if (containers.length === 0) { document.documentElement.setAttribute('data-charts-rendered', '0'); return; }
  containers.forEach(function (el) {
    var id = el.getAttribute('data-chart');
    var source = document.getElementById('spec-' + id);
    var spec = JSON.parse(source.textContent);
    // The figure's heading already shows the title; keep only a subtitle (e.g. the setup charted)
    var sub = spec.title && spec.title.subtitle;
    if (sub) spec.title = { text: sub, fontSize: 12, fontWeight: 'normal', color: '#555555' }; else delete spec.title;
    draw(el, spec, 0).then(function () {
      el.setAttribute('data-rendered', 'true');
      finish();
    }).catch(function (err) {
      console.error('chart ' + id + ': ' + (err && err.message ? err.message : err));
      var p = document.createElement('p');
      p.className = 'chart-error';
      p.textContent = el.getAttribute('data-error-text');
      el.appendChild(p);
      el.setAttribute('data-rendered', 'false');
      finish();
    });
  });
})();
`;

function inline(content: readonly Inline[]): string {
  return content
    .map((x) => {
      if (typeof x === 'string') return escapeHtml(x);
      if ('code' in x) return `<code>${escapeHtml(x.code)}</code>`;
      return `<strong>${escapeHtml(x.strong)}</strong>`;
    })
    .join('');
}

function cellHtml(tag: 'td' | 'th', c: Cell): string {
  const classes = [c.numeric ? 'num' : '', c.tone ?? ''].filter((x) => x !== '').join(' ');
  const cls = classes === '' ? '' : ` class="${classes}"`;
  const body = c.lines.length === 1 ? inline(c.lines[0]) : c.lines.map((l) => `<div class="line">${inline(l)}</div>`).join('');
  return `<${tag}${cls}>${body}</${tag}>`;
}

function blockHtml(b: Block, m: Messages): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.tone ? ` class="${b.tone}"` : ''}>${inline(b.content)}</p>`;
    case 'list':
      return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'verdict':
      return [
        `<section class="verdict ${b.tone}" aria-label="${escapeHtml(b.title)}">`,
        `<p class="title">${escapeHtml(b.title)}</p>`,
        `<p class="summary">${inline(b.summary)}</p>`,
        `<p class="intro">${escapeHtml(b.intro)}</p>`,
        `<ul class="reasons">${b.reasons.map((r) => `<li>${inline(r)}</li>`).join('')}</ul>`,
        ...b.notes.map((n) => `<p class="note">${inline(n)}</p>`),
        '</section>',
      ].join('');
    case 'table':
      return [
        `<div class="table-wrap"><table${b.className ? ` class="${escapeHtml(b.className)}"` : ''}>`,
        `<thead><tr>${b.head.map((c) => cellHtml('th', c)).join('')}</tr></thead>`,
        `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => cellHtml('td', c)).join('')}</tr>`).join('')}</tbody>`,
        '</table></div>',
      ].join('');
    case 'chart':
      return [
        `<figure class="chart" id="chart-${escapeHtml(b.id)}">`,
        `<h3>${escapeHtml(b.title)}</h3>`,
        `<div class="vega" data-chart="${escapeHtml(b.id)}" role="img" aria-label="${escapeHtml(b.title)}" data-error-text="${escapeHtml(m.report.chartRenderFailed)}"></div>`,
        `<noscript><p class="note">${escapeHtml(m.report.chartsNeedScript)}</p></noscript>`,
        `<figcaption>${escapeHtml(b.caption)}</figcaption>`,
        `<script type="application/json" id="spec-${escapeHtml(b.id)}">${jsonForScript(b.spec)}</script>`,
        '</figure>',
      ].join('');
  }
}

/**
 * The complete HTML page of a report.
 *
 * @example
 * renderHtml(doc, en, await loadBrowserScripts()).startsWith('<!doctype html>'); // true
 */
export function renderHtml(doc: ReportDocument, m: Messages, scripts: BrowserScripts): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<ul class="meta">${doc.meta.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`,
    ...doc.blocks.map((b) => blockHtml(b, m)),
    `<footer>${escapeHtml(doc.footer)}</footer>`,
    '</main>',
    `<script>${scriptForInline(scripts.vega)}</script>`,
    `<script>${scriptForInline(scripts.vegaLite)}</script>`,
    `<script>${scriptForInline(scripts.vegaEmbed)}</script>`,
    `<script>${BOOT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
