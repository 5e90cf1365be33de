/**
 * Chart: which months earn the incentive fee tier and why (DOMAIN §5), in four rows sharing
 * the month axis:
 * 1. the tier strip: each month green with the incentive rate (4.2 %) when every replication
 *    earned the tier, pale green with k/n when k of n did, grey with the base rate (5.5 %)
 *    when none did;
 * 2. the fees paid, stacked by kind;
 * 3. the sell-through the tier tests (`fees.sellThroughDefinition`: SKU or unit share) and
 * 4. the return rate, each against its threshold (dashed rule) on its own scale, so a month a
 *    few tenths of a point on the wrong side shows; a dot meets the condition in every
 *    replication, a diamond in some, a cross in none.
 * The table under the chart says why month by month (`../sections/fee-tier-table.ts`). Full
 * months only: a partial last month is left out with a note under the title (why:
 * `../monthly-rows.ts`); its fees stay in the totals, and the table lists it.
 */
import type { Results } from '../../results/types.js';
import { feesOf } from '../assumptions.js';
import { conditionOutcome, tierStatus, type ConditionOutcome } from '../fee-tier.js';
import { fullMonths } from '../monthly-rows.js';
import { partialMonthNote } from './partial-month-note.js';
import { specBase, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';

export interface FeeRow {
  month: number;
  kind: string;
  amount: number;
}

const KIND_COLOURS = ['#4c78a8', '#f58518', '#b279a2'];
const SELL_COLOUR = '#54a24b';
const RETURN_COLOUR = '#e45756';
/** The tier strip: earned in every replication, in some, in none; no service fee. */
const TIER_COLOURS = { met: '#8cc97e', some: '#dcefd6', none: '#e4e4e4', unmerged: '#ffffff' } as const;

/**
 * The monthly fee chart for one setup, or null when it has no monthly rows or pays no fee.
 *
 * @example
 * monthlyFeesSpec(results, 'merged', ctx)?.vconcat.length; // 4
 */
export function monthlyFeesSpec(results: Results, setup: string, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.charts.monthlyFees;
  const monthly = fullMonths(results, setup);
  if (monthly.length === 0) return null;
  const note = partialMonthNote(results, [setup], ctx);
  const rules = feesOf(results, setup);
  const kinds = [
    { key: 'serviceFee', label: t.serviceFee },
    { key: 'splitFee', label: t.splitFee },
    { key: 'commissionFee', label: t.commissionFee },
  ] as const;
  // A kind that is zero every month (commission when merged) would only add a legend entry
  const shown = kinds.filter((k) => monthly.some((r) => (r[k.key] ?? 0) !== 0));
  // No fee at all (a study that does not model fees): nothing to stack
  if (shown.length === 0) return null;
  const feeRows: FeeRow[] = monthly.flatMap((r) => shown.map((k) => ({ month: r.month, kind: k.label, amount: r[k.key] ?? 0 })));

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const tierLabels = {
    met: t.tierEarned(pct(rules.incentiveRate)),
    some: t.tierEarnedSome,
    none: t.tierNotEarned(pct(rules.serviceRate)),
    unmerged: t.tierNoFee,
  };
  const tierRows = monthly.map((r) => {
    const status = tierStatus(r, results.replications);
    const some = status.kind === 'missed' && status.replications > 0;
    const key = status.kind === 'met' || status.kind === 'unmerged' ? status.kind : some ? 'some' : 'none';
    const text =
      status.kind === 'met'
        ? pct(rules.incentiveRate)
        : status.kind === 'missed' && some
          ? t.tierMarkSome(status.replications, status.of)
          : status.kind === 'unmerged'
            ? ''
            : pct(rules.serviceRate);
    return { month: r.month, tier: tierLabels[key], key, text };
  });
  const tierKeys = (['met', 'some', 'none', 'unmerged'] as const).filter((k) => tierRows.some((x) => x.key === k));

  // Each condition's panel is titled with its threshold, so neither its line nor the dashed
  // rule needs a label of its own (a label beside the plot would not fit a phone)
  const sellLabel = t.sellThroughThreshold(rules.sellThroughDefinition, pct(rules.incentiveMinSellThrough));
  const returnLabel = t.returnThreshold(pct(rules.incentiveMaxReturnRate));
  const outcomeLabel: Record<ConditionOutcome, string> = { met: t.conditionMet, some: t.conditionSome, missed: t.conditionMissed };
  const condition = (share: number | null) => outcomeLabel[conditionOutcome(share, results.replications)];
  const sellRows = monthly.flatMap((r) =>
    r.tierSellThrough === null ? [] : [{ month: r.month, rate: r.tierSellThrough, condition: condition(r.tierSellThroughMet) }],
  );
  const returnRows = monthly.flatMap((r) =>
    r.returnRate === null ? [] : [{ month: r.month, rate: r.returnRate, condition: condition(r.tierReturnRateMet) }],
  );
  const month = { field: 'month', type: 'ordinal', title: ctx.m.charts.month, axis: { labelAngle: 0 } };
  const monthNoAxis = { ...month, axis: null };
  const conditionPanel = (title: string, rows: typeof sellRows, threshold: number, colour: string, legend: boolean, format: string) => ({
    width: PANEL_WIDTH,
    height: 110,
    title: { text: title, anchor: 'start', fontSize: 12, fontWeight: 'normal' },
    layer: [
      {
        data: { values: rows },
        mark: { type: 'line', strokeWidth: 2, color: colour },
        encoding: {
          x: legend ? month : monthNoAxis,
          y: { field: 'rate', type: 'quantitative', title: t.rate, scale: { zero: false, nice: true }, axis: { format, tickCount: 4 } },
        },
      },
      {
        // a dot where the month meets the condition in every replication, a diamond in some, a cross in none
        data: { values: rows },
        mark: { type: 'point', filled: true, size: 70, opacity: 1, color: colour },
        encoding: {
          x: legend ? month : monthNoAxis,
          y: { field: 'rate', type: 'quantitative' },
          shape: {
            field: 'condition',
            type: 'nominal',
            title: t.condition,
            scale: { domain: [t.conditionMet, t.conditionSome, t.conditionMissed], range: ['circle', 'diamond', 'cross'] },
            legend: legend ? { orient: 'bottom', direction: 'horizontal' } : null,
          },
          tooltip: [
            { field: 'month', title: ctx.m.charts.month },
            { field: 'rate', title: title, format: '.1%' },
            { field: 'condition', title: t.condition },
          ],
        },
      },
      {
        // the threshold is data too, so the scale always reaches it
        data: { values: [{ rate: threshold }] },
        mark: { type: 'rule', strokeDash: [5, 4], strokeWidth: 1.5, color: colour },
        encoding: { y: { field: 'rate', type: 'quantitative' } },
      },
    ],
  });
  return {
    ...specBase(ctx, t.title, note.length === 0 ? setup : [setup, ...note]),
    vconcat: [
      {
        width: PANEL_WIDTH,
        height: 24,
        data: { values: tierRows },
        layer: [
          {
            mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2 },
            encoding: {
              x: monthNoAxis,
              color: {
                field: 'tier',
                type: 'nominal',
                title: t.tier,
                scale: { domain: tierKeys.map((k) => tierLabels[k]), range: tierKeys.map((k) => TIER_COLOURS[k]) },
                legend: { orient: 'top', direction: 'horizontal' },
              },
              tooltip: [
                { field: 'month', title: ctx.m.charts.month },
                { field: 'tier', title: t.tier },
              ],
            },
          },
          {
            mark: { type: 'text', fontSize: 11, fontWeight: 'bold', color: '#333333' },
            encoding: { x: monthNoAxis, text: { field: 'text' } },
          },
        ],
      },
      {
        width: PANEL_WIDTH,
        height: 180,
        data: { values: feeRows },
        mark: { type: 'bar' },
        encoding: {
          x: month,
          y: { field: 'amount', type: 'quantitative', stack: 'zero', title: t.fees, axis: { format: '$,.0f' } },
          color: {
            field: 'kind',
            type: 'nominal',
            title: t.kind,
            scale: { domain: shown.map((k) => k.label), range: KIND_COLOURS.slice(0, shown.length) },
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
          tooltip: [
            { field: 'month', title: ctx.m.charts.month },
            { field: 'kind', title: t.kind },
            { field: 'amount', title: t.fees, format: '$,.0f' },
          ],
        },
      },
      conditionPanel(sellLabel, sellRows, rules.incentiveMinSellThrough, SELL_COLOUR, false, '.0%'),
      conditionPanel(returnLabel, returnRows, rules.incentiveMaxReturnRate, RETURN_COLOUR, true, '.1%'),
    ],
    resolve: { scale: { color: 'independent', shape: 'independent', y: 'independent' } },
  } as ChartSpec;
}
