/** Section 3: every key metric for every setup, with its interval and the paired difference. */
import type { MetricSummary, Results } from '../../results/types.js';
import { cell, type Block, type Cell, type Inline } from '../document.js';
import type { Formatter } from '../format.js';
import { HEADLINE_METRICS, METRIC_DISPLAY, perMonthFactor, type HeadlineMetric, type MetricUnit } from '../metrics.js';
import { differenceOf, findComparison, isClear } from '../verdict.js';
import type { SectionContext } from './context.js';

/** Formats a level of a metric (mean or interval end) in its display unit. */
export function levelFormatter(unit: MetricUnit, f: Formatter, monthFactor: number): (x: number) => string {
  switch (unit) {
    case 'days':
      return (x) => f.days(x, 2);
    case 'share':
      return (x) => f.percent(x, 1);
    case 'usd-per-month':
      return (x) => f.usd(x * monthFactor);
    case 'turns':
      return (x) => f.turns(x, 2);
    case 'ratio':
      return (x) => f.number(x, 3);
  }
}

/** Formats a difference of a metric in its display unit (shares in percentage points). */
export function differenceFormatter(unit: MetricUnit, f: Formatter, monthFactor: number): (x: number) => string {
  switch (unit) {
    case 'days':
      return (x) => f.daysSigned(x, 2);
    case 'share':
      return (x) => f.points(x, 1);
    case 'usd-per-month':
      return (x) => f.usdSigned(x * monthFactor);
    case 'turns':
      return (x) => f.signed(x, 2);
    case 'ratio':
      return (x) => f.signed(x, 3);
  }
}

/** Interval ends carry no unit: the mean before them already names it. */
export function bareFormatter(unit: MetricUnit, f: Formatter, monthFactor: number, signed: boolean): (x: number) => string {
  switch (unit) {
    case 'days':
    case 'turns':
      return (x) => (signed ? f.signed(x, 2) : f.number(x, 2));
    case 'share':
      return signed ? (x) => f.signed(x * 100, 1) : (x) => f.percent(x, 1);
    case 'usd-per-month':
      return signed ? (x) => f.usdSigned(x * monthFactor) : (x) => f.usd(x * monthFactor);
    case 'ratio':
      return (x) => (signed ? f.signed(x, 3) : f.number(x, 3));
  }
}

function levelLine(s: MetricSummary | undefined, fmt: (x: number) => string, bare: (x: number) => string, f: Formatter): Inline[] {
  if (!s || s.mean === null) return [f.spec.notAvailable];
  return [`${fmt(s.mean)}${f.spec.paren(f.interval(s.ci95, bare))}`];
}

function setupCell(ctx: SectionContext, metric: HeadlineMetric, setup: string): Cell {
  const { results, m, f } = ctx;
  const factor = perMonthFactor(results.horizonDays);
  const { unit, higherIsBetter } = METRIC_DISPLAY[metric];
  const lines: Inline[][] = [
    levelLine(results.setups[setup].summary[metric], levelFormatter(unit, f, factor), bareFormatter(unit, f, factor, false), f),
  ];
  let tone: Cell['tone'];
  if (setup !== results.baseline) {
    const d = differenceOf(findComparison(results, setup, metric));
    if (d) {
      const fmt = differenceFormatter(unit, f, factor);
      const bare = bareFormatter(unit, f, factor, true);
      lines.push([`${m.headline.difference} ${fmt(d.mean)}${f.spec.paren(f.interval(d.ci95, bare))} · ${f.relative(d.relativeChange)}`]);
      tone = isClear(d) && d.mean !== 0 ? ((d.mean > 0) === higherIsBetter ? 'good' : 'bad') : 'neutral';
    }
  }
  return { lines, numeric: true, ...(tone ? { tone } : {}) };
}

/** Setup names in the order the results list them, baseline first. */
export function setupOrder(results: Results): string[] {
  const names = Object.keys(results.setups);
  return [results.baseline, ...names.filter((n) => n !== results.baseline)].filter((n) => results.setups[n] !== undefined);
}

/**
 * Blocks of the headline section: a note on how to read it and the table.
 *
 * @example
 * headlineSection(ctx)[2]; // { kind: 'table', … } with one row per HEADLINE_METRICS entry
 */
export function headlineSection(ctx: SectionContext): Block[] {
  const { results, m } = ctx;
  const setups = setupOrder(results);
  const head: Cell[] = [
    cell(m.headline.metric),
    ...setups.map((s) =>
      cell(s === results.baseline ? [{ code: s }, m.format.paren(m.headline.baselineTag)] : [{ code: s }], { numeric: true }),
    ),
  ];
  const rows = HEADLINE_METRICS.filter((metric) => setups.some((s) => results.setups[s].summary[metric] !== undefined)).map(
    (metric) => [cell(m.headline.metrics[metric]), ...setups.map((s) => setupCell(ctx, metric, s))],
  );
  return [
    { kind: 'heading', level: 2, text: m.sections.headline, id: 'headline' },
    { kind: 'paragraph', content: [m.headline.note(results.replications, results.baseline)], tone: 'note' },
    { kind: 'table', className: 'headline', head, rows },
  ];
}
