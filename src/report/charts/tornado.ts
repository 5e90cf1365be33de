/**
 * Chart: what flips the verdict — a tornado of the compared setup's net-margin difference a
 * month against the baseline, each input at its low and its high factor (one at a time, common
 * random numbers), widest swing on top; the dashed rule is the study's own difference, the
 * solid one zero (below it merging stops paying).
 */
import type { SensitivityResults } from '../../results/types.js';
import { specBase, PANEL_WIDTH, type ChartContext, type ChartSpec } from './theme.js';

const LOW = '#4c78a8';
const HIGH = '#f58518';

/** Inputs that were varied, widest swing first. */
export function rankedInputs(s: SensitivityResults): SensitivityResults['inputs'] {
  return s.inputs.filter((x) => x.applicable && x.low !== null && x.high !== null).sort((a, b) => (b.swing ?? 0) - (a.swing ?? 0));
}

/** A factor as `×1.5`. */
export const factorText = (x: number): string => `×${Number(x.toPrecision(3))}`;

/**
 * The tornado, or null without a varied input.
 * @param perMonth turns a difference over the horizon into one a month
 * @example tornadoSpec(results.sensitivity, 30 / 365, ctx)?.layer.length // 5
 */
export function tornadoSpec(s: SensitivityResults, perMonth: number, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.sensitivity.chart;
  const inputs = rankedInputs(s);
  if (inputs.length === 0 || !Number.isFinite(s.base.mean)) return null;
  const base = s.base.mean * perMonth;
  const labels = inputs.map((x) => ctx.m.sensitivity.inputs[x.input]);
  const rows = inputs.flatMap((x, i) =>
    (['low', 'high'] as const).map((end) => {
      const d = x[end]!;
      const value = d.mean * perMonth;
      return { input: labels[i], end: end === 'low' ? t.low : t.high, base, value, label: factorText(d.factor), right: value >= base };
    }),
  );
  const y = { field: 'input', type: 'nominal', title: null, sort: labels, axis: { labelLimit: 240 } };
  const x = { type: 'quantitative', title: t.x, axis: { format: '$,.0f' } };
  const colour = {
    field: 'end',
    type: 'nominal',
    title: t.end,
    scale: { domain: [t.low, t.high], range: [LOW, HIGH] },
    legend: { orient: 'bottom', direction: 'horizontal' },
  };
  return {
    ...specBase(ctx, t.title, t.subtitle(ctx.m.sensitivity.replications(s.replications))),
    width: PANEL_WIDTH,
    height: Math.max(120, 34 * inputs.length),
    layer: [
      {
        data: { values: rows },
        mark: { type: 'bar', height: 14, opacity: 0.9 },
        encoding: {
          y,
          x: { field: 'base', ...x },
          x2: { field: 'value' },
          color: colour,
          tooltip: [
            { field: 'input', title: t.input },
            { field: 'end', title: t.end },
            { field: 'label', title: t.factor },
            { field: 'value', title: t.x, format: '$,.0f' },
          ],
        },
      },
      {
        data: { values: rows },
        transform: [{ filter: 'datum.right' }],
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#333333' },
        encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
      },
      {
        data: { values: rows },
        transform: [{ filter: '!datum.right' }],
        mark: { type: 'text', align: 'right', dx: -4, fontSize: 11, color: '#333333' },
        encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
      },
      { data: { values: [{ x: base }] }, mark: { type: 'rule', strokeDash: [5, 4], color: '#555555' }, encoding: { x: { field: 'x', type: 'quantitative' } } },
      { data: { values: [{ x: 0 }] }, mark: { type: 'rule', color: '#b00020', strokeWidth: 1.5 }, encoding: { x: { field: 'x', type: 'quantitative' } } },
    ],
  } as ChartSpec;
}
