/**
 * Builds the report of a sweep: the net-margin change against the varied parameter with the
 * break-even value, a table of the points, where the figures come from (on a seller's order
 * history: the first point's history, the modes of all points), and the method and parameters
 * of the first point.
 */
import { chartBlocks, metaLines } from './build-document.js';
import type { Chart } from './charts/index.js';
import { formatParam, sweepSpec } from './charts/sweep.js';
import { cell, type Block, type Cell, type ReportDocument } from './document.js';
import { makeFormatter } from './format.js';
import { messagesFor } from './i18n/index.js';
import type { Lang } from './i18n/messages.js';
import type { SectionContext } from './sections/context.js';
import { setupOrder } from './sections/headline-section.js';
import { methodSection } from './sections/method-section.js';
import { historyModes, sourcesSection } from './sections/sources-section.js';
import { sweepSeries, type SweepInput, type SweepSeries } from './sweep-analysis.js';

export interface BuiltSweepReport {
  document: ReportDocument;
  charts: Chart[];
  series: SweepSeries[];
}

/**
 * Builds the sweep report. The first varied parameter is the x axis; others split the series.
 *
 * @throws {Error} when the sweep has no points (the loader rejects such files first)
 * @example
 * buildSweepReport(sweep, 'en').series[0].breakEven; // 1.59
 */
export function buildSweepReport(sweep: SweepInput, lang: Lang): BuiltSweepReport {
  const m = messagesFor(lang);
  const f = makeFormatter(m.format);
  const first = sweep.points[0];
  const parameter = sweep.varied[0] ?? Object.keys(first.sweepPoint ?? {})[0] ?? '';
  const ctx: SectionContext = { results: first, m, f };
  const series = sweepSeries(sweep, parameter);
  const spec = sweepSpec(series, parameter, { lang, m, setups: setupOrder(first) });
  const charts: Chart[] = spec === null ? [] : [{ id: 'sweep-net-margin', texts: m.charts.sweep, spec }];

  const sentences: Block[] = series.map((s) => ({
    kind: 'paragraph',
    content: [
      s.breakEven === null
        ? m.sweep.noBreakEvenSentence(parameter, s.label)
        : m.sweep.breakEvenSentence(parameter, formatParam(s.breakEven), s.label),
    ],
  }));

  const head: Cell[] = [cell({ code: parameter }, { numeric: true }), ...series.map((s) => cell({ code: s.label }, { numeric: true }))];
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const rows: Cell[][] = xs.map((x) => [
    cell(formatParam(x), { numeric: true }),
    ...series.map((s) => {
      const p = s.points.find((q) => q.x === x);
      if (!p) return cell(f.spec.notAvailable, { numeric: true });
      const clear = p.lo !== null && p.hi !== null && (p.lo > 0 || p.hi < 0);
      return {
        lines: [[`${f.usdSigned(p.mean)}${f.spec.paren(f.interval(p.lo === null || p.hi === null ? null : [p.lo, p.hi], f.usdSigned))}`]],
        numeric: true,
        tone: clear ? (p.mean > 0 ? 'good' : 'bad') : 'neutral',
      } satisfies Cell;
    }),
  ]);

  const blocks: Block[] = [
    { kind: 'paragraph', content: [m.sweep.intro(parameter, sweep.points.length)] },
    ...sentences,
    { kind: 'heading', level: 2, text: m.sections.charts, id: 'charts' },
    ...chartBlocks(charts),
    { kind: 'heading', level: 2, text: m.sections.sweepPoints, id: 'points' },
    { kind: 'paragraph', tone: 'note', content: [m.charts.sweep.y] },
    { kind: 'table', className: 'sweep', head, rows },
    ...sourcesSection(ctx, historyModes(sweep.points)),
    ...methodSection(
      ctx,
      Object.fromEntries(sweep.varied.map((p) => [p, [...new Set(sweep.points.map((r) => r.sweepPoint?.[p]))]])),
    ),
  ];
  return {
    document: {
      lang: m.format.htmlLang,
      title: m.report.sweepTitle(first.scenario.name),
      meta: metaLines(first, ctx),
      blocks,
      footer: m.report.footer(first.tool.version, first.schemaVersion),
    },
    charts,
    series,
  };
}
