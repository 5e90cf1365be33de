/** Section 2: the eligibility check as a table, advisory rows apart, and the warnings. */
import { cell, type Block, type Cell } from '../document.js';
import type { EligibilityCheck, EligibilityRow } from '../eligibility.js';
import type { Formatter } from '../format.js';
import type { Messages } from '../i18n/messages.js';
import type { SectionContext } from './context.js';

/** Label of a row in the report language. */
export function rowLabel(r: EligibilityRow, m: Messages): string {
  const cat = m.eligibility.categories[(r.category ?? 'unknown') as keyof Messages['eligibility']['categories']] ?? r.category ?? '';
  switch (r.id) {
    case 'skusInCategory':
      return m.eligibility.rows.skusInCategory(cat);
    case 'inventoryTurnover':
      return m.eligibility.rows.inventoryTurnover(cat);
    default:
      return m.eligibility.rows[r.id];
  }
}

/** A row's value (or threshold) in its unit. */
export function formatRowValue(r: EligibilityRow, v: number | boolean | null, m: Messages, f: Formatter): string {
  if (v === null) return f.spec.notAvailable;
  if (typeof v === 'boolean') return v ? m.eligibility.yes : m.eligibility.no;
  switch (r.unit) {
    case 'bool':
      return v ? m.eligibility.yes : m.eligibility.no;
    case 'count':
      return f.count(v);
    case 'usd':
      return f.usd(v);
    case 'share':
      // Dispute rates live in tenths of a percent; one decimal would hide the difference
      return f.percent(v, r.id === 'disputeRate' ? 2 : 1);
    case 'per-day':
      return f.number(v, 1);
    case 'turns':
      return f.turns(v, 2);
  }
}

/** The threshold with its comparison, e.g. `≥ $50,000`. */
export function formatRequired(r: EligibilityRow, m: Messages, f: Formatter): string {
  const t = formatRowValue(r, r.threshold, m, f);
  if (typeof r.threshold === 'boolean') return t;
  return r.op === '>=' ? m.eligibility.atLeast(t) : r.op === '<=' ? m.eligibility.atMost(t) : r.op === '<' ? m.eligibility.below(t) : t;
}

/** Signed distance from the threshold, positive on the good side. */
export function formatMargin(r: EligibilityRow, f: Formatter): string {
  if (r.margin === null) return '';
  switch (r.unit) {
    case 'usd':
      return f.usdSigned(r.margin);
    case 'share':
      return f.points(r.margin, r.id === 'disputeRate' ? 2 : 1);
    case 'count':
      return f.signed(r.margin, 0);
    default:
      return f.signed(r.margin, 2);
  }
}

function resultCell(r: EligibilityRow, m: Messages): Cell {
  if (r.pass === null) return cell(m.eligibility.unknown, { tone: 'neutral' });
  if (r.kind === 'fit') return cell(r.pass ? m.eligibility.goodFit : m.eligibility.notTypicalFit, { tone: r.pass ? 'good' : 'neutral' });
  if (r.kind === 'advisory') return cell(r.pass ? m.eligibility.pass : m.eligibility.warn, { tone: r.pass ? 'good' : 'bad' });
  return cell(r.pass ? m.eligibility.pass : m.eligibility.fail, { tone: r.pass ? 'good' : 'bad' });
}

function sourceText(r: EligibilityRow, m: Messages): string {
  const e = m.eligibility;
  return { seller: e.sourceSeller, simulated: e.sourceSimulated, scenario: e.sourceScenario, missing: e.sourceMissing }[r.source];
}

function table(rows: EligibilityRow[], m: Messages, f: Formatter): Block {
  const e = m.eligibility;
  return {
    kind: 'table',
    className: 'eligibility',
    head: [cell(e.requirement), cell(e.required), cell(e.value, { numeric: true }), cell(e.source), cell(e.result), cell(e.margin, { numeric: true })],
    rows: rows.map((r) => [
      cell(rowLabel(r, m)),
      cell(formatRequired(r, m, f)),
      cell(formatRowValue(r, r.value, m, f), { numeric: true }),
      cell(sourceText(r, m)),
      resultCell(r, m),
      cell(formatMargin(r, f), { numeric: true }),
    ]),
  };
}

/**
 * Blocks of the eligibility section.
 *
 * @example
 * eligibilitySection(ctx, checkEligibility(results)); // [heading, table, note, heading, table, …]
 */
export function eligibilitySection(ctx: SectionContext, check: EligibilityCheck): Block[] {
  const { m, f } = ctx;
  const required = check.rows.filter((r) => r.kind === 'required');
  const advisory = check.rows.filter((r) => r.kind !== 'required');
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: m.sections.eligibility, id: 'eligibility' },
    table(required, m, f),
  ];
  if (required.some((r) => r.id === 'gmv90d' && r.source === 'simulated')) {
    blocks.push({ kind: 'paragraph', content: [m.eligibility.gmvNote], tone: 'note' });
  }
  if (advisory.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: m.eligibility.advisoryHeading }, table(advisory, m, f));
  }
  if (check.warnings.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: m.eligibility.warningsHeading });
    blocks.push({
      kind: 'list',
      items: check.warnings.map((r) => [
        m.eligibility.warningAllowedNotRecommended(rowLabel(r, m), formatRowValue(r, r.value, m, f), formatRowValue(r, r.threshold, m, f)),
      ]),
    });
  }
  return blocks;
}
