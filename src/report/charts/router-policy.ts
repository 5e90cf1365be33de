/**
 * Chart: split-order rate and parcels per order of each merged setup, labelled with its router
 * policy; dots are means, whiskers 95% intervals. Drawn only when merged setups use at least
 * two different router policies.
 */
import type { MetricName, Results } from '../../results/types.js';
import { specBase, setupColour, type ChartContext, type ChartSpec } from './theme.js';

export interface RouterRow {
  setup: string;
  label: string;
  router: string;
  metric: 'splitRate' | 'parcelsPerOrder';
  mean: number;
  lo: number | null;
  hi: number | null;
}

/** Merged setups that name a router policy, in setup order. */
export function routedSetups(results: Results, setups: readonly string[]): Array<{ setup: string; router: string }> {
  return setups.flatMap((setup) => {
    const s = results.setups[setup];
    return s && s.mode === 'merged' && typeof s.router === 'string' ? [{ setup, router: s.router }] : [];
  });
}

/**
 * Axis label of each routed setup: its router policy, with the setup name added when two
 * setups share a policy.
 */
export function routerLabels(routed: ReadonlyArray<{ setup: string; router: string }>): Map<string, string> {
  const count = new Map<string, number>();
  for (const r of routed) count.set(r.router, (count.get(r.router) ?? 0) + 1);
  return new Map(routed.map((r) => [r.setup, (count.get(r.router) ?? 0) > 1 ? `${r.router} (${r.setup})` : r.router]));
}

/** Rows for both panels. */
export function routerRows(results: Results, setups: readonly string[]): RouterRow[] {
  const routed = routedSetups(results, setups);
  const labels = routerLabels(routed);
  return routed.flatMap(({ setup, router }) =>
    (['splitRate', 'parcelsPerOrder'] as const satisfies readonly MetricName[]).flatMap((metric) => {
      const s = results.setups[setup].summary[metric];
      if (!s || s.mean === null) return [];
      return [{ setup, label: labels.get(setup) ?? router, router, metric, mean: s.mean, lo: s.ci95?.[0] ?? null, hi: s.ci95?.[1] ?? null }];
    }),
  );
}

/**
 * The router-policy chart, or null unless merged setups differ in router policy.
 *
 * @example
 * routerPolicySpec(results, ctx)?.hconcat.length; // 2
 */
export function routerPolicySpec(results: Results, ctx: ChartContext): ChartSpec | null {
  const t = ctx.m.charts.routerPolicy;
  const routed = routedSetups(results, ctx.setups);
  if (new Set(routed.map((r) => r.router)).size < 2) return null;
  const rows = routerRows(results, ctx.setups);
  const labelMap = routerLabels(routed);
  const labels = routed.map((r) => labelMap.get(r.setup) ?? r.router);
  const colour = setupColour(ctx, { only: routed.map((r) => r.setup) });
  const panel = (metric: RouterRow['metric'], title: string, format: string, showY: boolean) => ({
    width: 230,
    height: Math.max(80, labels.length * 36),
    transform: [{ filter: { field: 'metric', equal: metric } }],
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: labels,
        title: showY ? t.router : null,
        axis: showY ? { labelLimit: 200 } : { labels: false, ticks: false },
      },
    },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x: { field: 'lo', type: 'quantitative', title, axis: { format, tickCount: 5 }, scale: { zero: metric === 'splitRate' } },
          x2: { field: 'hi' },
          color: colour,
        },
      },
      {
        mark: { type: 'point', filled: true, size: 90, opacity: 1 },
        encoding: {
          x: { field: 'mean', type: 'quantitative' },
          color: colour,
          tooltip: [
            { field: 'setup', title: ctx.m.charts.setup },
            { field: 'router', title: t.router },
            { field: 'mean', title, format: format === '.0%' ? '.2%' : '.3f' },
          ],
        },
      },
    ],
  });
  return {
    ...specBase(ctx, t.title),
    data: { values: rows },
    hconcat: [panel('splitRate', t.splitRate, '.0%', true), panel('parcelsPerOrder', t.parcelsPerOrder, '.2f', false)],
  } as ChartSpec;
}
