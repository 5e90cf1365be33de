/**
 * Chart: the fees a merged setup pays each month, stacked by kind, with the months that paid
 * the incentive tier labelled; below, the tier's two conditions month by month (sell-through
 * and return rate) against their thresholds drawn as dashed rules, each condition named in
 * the legend (DOMAIN §5). Full months only: a partial last month is left out with a note
 * under the title (why: `../monthly-rows.ts`); its fees stay in the totals.
 */
import type { Results } from '../../results/types.js';
import { feesOf } from '../assumptions.js';
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

/** Whether a month's fee rate is the incentive rate (copied from the scenario, so exact up to rounding). */
export const isTierMonth = (feeRate: number | null, incentiveRate: number): boolean =>
  feeRate !== null && Math.abs(feeRate - incentiveRate) < 1e-9;

/**
 * The monthly fee chart for one setup, or null when it has no monthly rows or pays no fee.
 *
 * @example
 * monthlyFeesSpec(results, 'merged', ctx)?.vconcat.length; // 2
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
  const tierMarks = monthly
    .filter((r) => isTierMonth(r.feeRate, rules.incentiveRate))
    .map((r) => ({
      month: r.month,
      total: shown.reduce((a, k) => a + (r[k.key] ?? 0), 0),
      label: t.tierMark(`${(rules.incentiveRate * 100).toFixed(1)}%`),
    }));
  // Each measure is named with its tier condition in the legend, so the dashed rule of the
  // same colour needs no label of its own (a label beside the plot would not fit a phone)
  const sellLabel = t.sellThroughThreshold(`${(rules.incentiveMinSellThrough * 100).toFixed(1)}%`);
  const returnLabel = t.returnThreshold(`${(rules.incentiveMaxReturnRate * 100).toFixed(1)}%`);
  const rateRows = monthly.flatMap((r) => [
    ...(r.tierSellThrough === null ? [] : [{ month: r.month, measure: sellLabel, rate: r.tierSellThrough }]),
    ...(r.returnRate === null ? [] : [{ month: r.month, measure: returnLabel, rate: r.returnRate }]),
  ]);
  const thresholds = [
    { measure: sellLabel, rate: rules.incentiveMinSellThrough },
    { measure: returnLabel, rate: rules.incentiveMaxReturnRate },
  ];
  const month = { field: 'month', type: 'ordinal', title: ctx.m.charts.month, axis: { labelAngle: 0 } };
  const rateColour = {
    field: 'measure',
    type: 'nominal',
    title: t.rates,
    scale: { domain: [sellLabel, returnLabel], range: [SELL_COLOUR, RETURN_COLOUR] },
  };
  return {
    ...specBase(ctx, t.title, note.length === 0 ? setup : [setup, ...note]),
    vconcat: [
      {
        width: PANEL_WIDTH,
        height: 200,
        layer: [
          {
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
          {
            data: { values: tierMarks },
            mark: { type: 'text', dy: -8, fontSize: 11, fontWeight: 'bold', color: SELL_COLOUR },
            encoding: { x: month, y: { field: 'total', type: 'quantitative' }, text: { field: 'label' } },
          },
        ],
        resolve: { scale: { color: 'independent' } },
      },
      {
        width: PANEL_WIDTH,
        height: 150,
        layer: [
          {
            data: { values: rateRows },
            mark: { type: 'line', point: true, strokeWidth: 2 },
            encoding: {
              x: month,
              y: { field: 'rate', type: 'quantitative', title: t.rate, axis: { format: '.0%' } },
              color: { ...rateColour, legend: { orient: 'bottom', direction: 'vertical' } },
              tooltip: [
                { field: 'month', title: ctx.m.charts.month },
                { field: 'measure', title: t.rates },
                { field: 'rate', title: t.rate, format: '.1%' },
              ],
            },
          },
          {
            data: { values: thresholds },
            mark: { type: 'rule', strokeDash: [5, 4], strokeWidth: 1.5 },
            encoding: { y: { field: 'rate', type: 'quantitative' }, color: rateColour },
          },
        ],
      },
    ],
    resolve: { scale: { color: 'independent' } },
  } as ChartSpec;
}
