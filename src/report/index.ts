/**
 * The report layer: reads results files only (never the simulation) and writes decision
 * reports: HTML, Markdown, Vega-Lite specs, SVG and PNG charts, in English or Chinese.
 */
export { writeReport, writeReportFiles, localisedName } from './write-report.js';
export { buildReport } from './build-document.js';
export { buildSweepReport } from './build-sweep-document.js';
export { loadResultsFile, interpretResults, asResults } from './load-results.js';
export { decideVerdict } from './verdict.js';
export { checkEligibility } from './eligibility.js';
export { buildCharts, CHART_IDS } from './charts/index.js';
export { messagesFor, isLang, LANGS } from './i18n/index.js';
export { ReportInputError } from './errors.js';

export type { WriteReportOptions, WrittenReport } from './write-report.js';
export type { Verdict, VerdictKind, Reason } from './verdict.js';
export type { EligibilityCheck, EligibilityRow } from './eligibility.js';
export type { Chart, ChartId } from './charts/index.js';
export type { Lang, Messages } from './i18n/index.js';
export type { SweepInput } from './sweep-analysis.js';
