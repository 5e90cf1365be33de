/**
 * Builds the report document of one results file, in the order of issue 6:
 * 1. verdict (one sentence, deciding reasons, monthly net-margin change with its 95% CI);
 * 2. eligibility check (DOMAIN §3), advisory rows and warnings;
 * 3. headline table (every key metric per setup with CIs and paired differences);
 * 3a. with a transition setup: onboarding, migration and break-even, with their two charts;
 * 3b. when an EPR check refused sales: the SKUs that cost most, and the fix;
 * 3c. with a failure board (`sync:` or `inboundQc:`): the anomaly board, failures by type and
 *     cause per setup, and the first-response checklist;
 * 4. charts (Vega-Lite specs, see `charts/index.ts`); under the monthly fees, the incentive
 *    tier month by month and why (`sections/fee-tier-table.ts`);
 * 4a. on a seller's order history (`scenario.history`): where the figures come from — the
 *     seller's data, the scenario's assumptions, what the intervals cover;
 * 5. assumptions and method.
 * Pure: the same results and language give the same document.
 */
import type { Results } from '../results/types.js';
import { buildCharts, FAILURE_CHART_IDS, SECTION_CHART_IDS, SENSITIVITY_CHART_IDS, TRANSITION_CHART_IDS, type Chart } from './charts/index.js';
import type { Block, Inline, ReportDocument } from './document.js';
import { makeFormatter } from './format.js';
import { messagesFor } from './i18n/index.js';
import type { Lang } from './i18n/messages.js';
import { sellerOf } from './assumptions.js';
import type { SectionContext } from './sections/context.js';
import { eligibilitySection } from './sections/eligibility-section.js';
import { eprSection } from './sections/epr-section.js';
import { failuresSection } from './sections/failures-section.js';
import { feeTierTable } from './sections/fee-tier-table.js';
import { headlineSection, setupOrder } from './sections/headline-section.js';
import { methodSection } from './sections/method-section.js';
import { sourcesSection } from './sections/sources-section.js';
import { sensitivitySection } from './sections/sensitivity-section.js';
import { transitionSection } from './sections/transition-section.js';
import { verdictSection } from './sections/verdict-section.js';
import { decideVerdict, type Verdict } from './verdict.js';

export interface BuiltReport {
  document: ReportDocument;
  charts: Chart[];
  verdict: Verdict;
}

/** The lines under the title: seller, scenario file, simulation date, tool; and run warnings. */
export function metaLines(results: Results, ctx: SectionContext): Inline[][] {
  const { m, f } = ctx;
  const seller = sellerOf(results).name;
  const lines: Inline[][] = [];
  const c = m.format.labelColon;
  if (seller) lines.push([{ strong: `${m.report.seller}${c}` }, seller]);
  lines.push([{ strong: `${m.report.scenarioFile}${c}` }, { code: results.scenario.file }]);
  lines.push([{ strong: `${m.report.generated}${c}` }, f.date(results.run.startedAt)]);
  lines.push([{ strong: `${m.report.tool}${c}` }, `${results.tool.name} ${results.tool.version}`]);
  return lines;
}

/** Warnings about how complete the run is (partial, shard). */
export function runWarnings(results: Results, ctx: SectionContext): Block[] {
  const blocks: Block[] = [];
  if (results.run.partial) {
    const planned = Math.max(results.replications, ...results.replicationIndices.map((k) => k + 1));
    blocks.push({ kind: 'paragraph', tone: 'warning', content: [ctx.m.report.partialRun(results.replicationIndices.length, planned)] });
  }
  if (results.run.shard) blocks.push({ kind: 'paragraph', tone: 'warning', content: [ctx.m.report.shardRun(results.run.shard)] });
  return blocks;
}

/** The chart blocks of a list of charts. */
export function chartBlocks(charts: readonly Chart[]): Block[] {
  return charts.map((c) => ({ kind: 'chart', id: c.id, title: c.texts.title, caption: c.texts.caption, spec: c.spec as unknown as Record<string, unknown> }));
}

/**
 * Builds the document, its charts and the verdict of a single-run results file.
 *
 * @example
 * const { document } = buildReport(results, 'zh');
 * document.title; // '合并决策报告：…'
 */
export function buildReport(results: Results, lang: Lang): BuiltReport {
  const m = messagesFor(lang);
  const f = makeFormatter(m.format);
  const ctx: SectionContext = { results, m, f };
  const verdict = decideVerdict(results);
  const charts = buildCharts(results, { lang, m, setups: setupOrder(results) }, verdict.setup);
  const isTransitionChart = (c: Chart) => (TRANSITION_CHART_IDS as readonly string[]).includes(c.id);
  const isFailureChart = (c: Chart) => (FAILURE_CHART_IDS as readonly string[]).includes(c.id);
  const isSensitivityChart = (c: Chart) => (SENSITIVITY_CHART_IDS as readonly string[]).includes(c.id);
  const inSection = (c: Chart) => SECTION_CHART_IDS.includes(c.id);
  const blocks: Block[] = [
    ...runWarnings(results, ctx),
    ...verdictSection(ctx, verdict),
    ...eligibilitySection(ctx, verdict.eligibility),
    ...headlineSection(ctx),
    ...sensitivitySection(ctx, charts.filter(isSensitivityChart), chartBlocks),
    ...transitionSection(ctx, verdict.setup, charts.filter(isTransitionChart), chartBlocks),
    ...eprSection(ctx),
    ...failuresSection(ctx, verdict.setup, charts.filter(isFailureChart), chartBlocks),
    { kind: 'heading', level: 2, text: m.sections.charts, id: 'charts' },
    ...chartBlocks(charts.filter((c) => !inSection(c))).flatMap((b) =>
      b.kind === 'chart' && b.id === 'monthly-fees' && verdict.setup !== null ? [b, ...feeTierTable(ctx, verdict.setup)] : [b],
    ),
    ...sourcesSection(ctx),
    ...methodSection(ctx),
  ];
  return {
    document: {
      lang: m.format.htmlLang,
      title: m.report.title(results.scenario.name),
      meta: metaLines(results, ctx),
      blocks,
      footer: m.report.footer(results.tool.version, results.schemaVersion),
    },
    charts,
    verdict,
  };
}
