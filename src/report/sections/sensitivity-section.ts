/**
 * "What flips the verdict", shown only when results.json has a `sensitivity` block
 * (`poolsim run --sensitivity`): what was varied and how, the tornado chart, a table of the
 * net-margin difference a month at each input's low and high factor, the inputs not varied
 * and why, and the break-even factors with their intervals, in the input's own units where it
 * has one (mean lead time, orders a day, …).
 */
import type { SensitivityBreakEven, SensitivityDifference, SensitivityInputResult, SensitivityResults } from '../../results/types.js';
import type { Chart } from '../charts/index.js';
import { factorText, rankedInputs } from '../charts/tornado.js';
import { cell, type Block } from '../document.js';
import { perMonthFactor } from '../metrics.js';
import type { SectionContext } from './context.js';

/** A difference a month with its interval: `+$12,592 (+$11,900 to +$13,300)`. */
function differenceText(d: SensitivityDifference | null, perMonth: number, ctx: SectionContext): string {
  if (d === null) return ctx.f.spec.notAvailable;
  const { f } = ctx;
  const ci = d.ci95 === null ? null : ([d.ci95[0] * perMonth, d.ci95[1] * perMonth] as const);
  return ctx.m.sensitivity.withInterval(f.usdSigned(d.mean * perMonth), f.interval(ci, f.usdSigned));
}

/** The break-even factor in the input's own units, when it has one: `12.6 days` for a lead time. */
function valueText(input: SensitivityInputResult | undefined, factor: number, ctx: SectionContext): string | null {
  if (!input || input.baseValue === null) return null;
  const unit = ctx.m.sensitivity.units[input.input];
  const v = input.baseValue * factor;
  const { f } = ctx;
  const text = { demandLevel: () => f.number(v, 0), leadTime: () => f.days(v, 1), latenessEffect: () => f.number(v * 100, 2), crossShopShare: () => f.number(v * 100, 1) }[
    input.input as 'demandLevel'
  ];
  return unit && text ? unit(text()) : null;
}

/** One row of the break-even table. */
function breakEvenRow(b: SensitivityBreakEven, s: SensitivityResults, ctx: SectionContext) {
  const { m } = ctx;
  const t = m.sensitivity;
  const input = s.inputs.find((x) => x.input === b.input);
  if (!b.found || b.factor === null) {
    const sign = s.base.mean >= 0 ? 'pays' : 'loses';
    return [cell(t.inputs[b.input]), cell(t.noBreakEven(factorText(b.searched[0]), factorText(b.searched[1]), sign)), cell(''), cell('')];
  }
  const end = (x: number | null) => (x === null ? t.open : factorText(x));
  const interval = b.ci95 === null ? ctx.f.spec.notAvailable : t.interval(end(b.ci95[0]), end(b.ci95[1]));
  return [cell(t.inputs[b.input]), cell(factorText(b.factor), { numeric: true }), cell(interval), cell(valueText(input, b.factor, ctx) ?? '')];
}

/**
 * Blocks of the section; none without `results.sensitivity`.
 * @param charts the tornado, when drawn (`buildCharts`)
 * @example sensitivitySection(ctx, charts, chartBlocks).map((b) => b.kind) // ['heading', 'paragraph', 'chart', 'table', …]
 */
export function sensitivitySection(ctx: SectionContext, charts: readonly Chart[], chartBlocks: (c: readonly Chart[]) => Block[]): Block[] {
  const { results, m, f } = ctx;
  const s = results.sensitivity;
  if (!s || s.setup === null) return [];
  const t = m.sensitivity;
  const perMonth = perMonthFactor(results.horizonDays);
  const varied = rankedInputs(s);
  const skipped = s.inputs.filter((x) => !x.applicable);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: m.sections.sensitivity, id: 'sensitivity' },
    { kind: 'paragraph', content: [t.intro(s.setup, s.baseline, t.replications(s.replications), differenceText({ factor: 1, ...s.base }, perMonth, ctx))] },
    ...chartBlocks(charts),
  ];
  if (varied.length > 0) {
    blocks.push({
      kind: 'table',
      head: [cell(t.table.input), cell(t.table.low), cell(t.table.atLow), cell(t.table.high), cell(t.table.atHigh), cell(t.table.swing)],
      rows: varied.map((x) => [
        cell(t.inputs[x.input]),
        cell(factorText(x.low!.factor), { numeric: true }),
        cell(differenceText(x.low, perMonth, ctx), { numeric: true }),
        cell(factorText(x.high!.factor), { numeric: true }),
        cell(differenceText(x.high, perMonth, ctx), { numeric: true }),
        cell(f.usd((x.swing ?? 0) * perMonth), { numeric: true }),
      ]),
    });
  }
  if (skipped.length > 0) blocks.push({ kind: 'list', items: skipped.map((x) => [t.notVaried(t.inputs[x.input], t.reasons[x.reason ?? 'all-zero'])]) });
  if (s.breakEven.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: t.breakEvenHeading },
      { kind: 'paragraph', content: [t.breakEvenIntro] },
      {
        kind: 'table',
        head: [cell(t.table.input), cell(t.table.breakEven), cell(t.table.interval), cell(t.table.value)],
        rows: s.breakEven.map((b) => breakEvenRow(b, s, ctx)),
      },
    );
  }
  return blocks;
}
