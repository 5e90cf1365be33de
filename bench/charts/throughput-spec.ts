import type { TopLevelSpec } from 'vega-lite';
import type { BenchRecord } from '../harness/types.js';

/** One point of the throughput chart. */
export interface ThroughputPoint {
  panel: 'kernel' | 'allocation';
  /** Pending events (kernel) or pool warehouses (allocation). */
  x: number;
  /** Millions of units per second. */
  millionsPerSecond: number;
  series: string;
}

/**
 * Extracts the chart's points from a run's records: the kernel hold model by heap size (a
 * series per variant: engine, engine + cancel, bare heap) and the allocator and routers by
 * number of warehouses. Uses the records' `params`; records without them are ignored. O(n).
 */
export function throughputPoints(records: readonly BenchRecord[]): ThroughputPoint[] {
  const points: ThroughputPoint[] = [];
  for (const r of records) {
    const p = r.params;
    if (!p || r.skipped || r.opsPerSecond <= 0) continue;
    const y = r.opsPerSecond / 1e6;
    if (r.suite === 'kernel' && p.model === 'hold') {
      points.push({ panel: 'kernel', x: Number(p.pending), millionsPerSecond: y, series: `hold model, ${p.variant} (events/s)` });
    } else if (r.suite === 'allocator' && p.variant === 'allocateLine') {
      points.push({ panel: 'allocation', x: Number(p.warehouses), millionsPerSecond: y, series: 'allocator, single-line (decisions/s)' });
    } else if (r.suite === 'router' && p.policy !== 'floor') {
      points.push({ panel: 'allocation', x: Number(p.warehouses), millionsPerSecond: y, series: `router ${p.policy}, 3-line (orders/s)` });
    }
  }
  return points;
}

/**
 * The Vega-Lite spec of `docs/performance/throughput.vl.json`: two panels side by side,
 * throughput against the event heap size (log x) and against the number of pool warehouses
 * (log₂ x), log y, data inline so the spec renders on its own.
 * @example const spec = throughputSpec(throughputPoints(results.records), 'AMD EPYC × 2, node v20.20.2');
 */
export function throughputSpec(points: readonly ThroughputPoint[], subtitle: string): TopLevelSpec {
  const panel = (which: ThroughputPoint['panel'], title: string, xTitle: string, base: number, ticks: number[]) => ({
    title,
    width: 300,
    height: 220,
    transform: [{ filter: `datum.panel === '${which}'` }],
    mark: { type: 'line' as const, point: true },
    encoding: {
      x: { field: 'x', type: 'quantitative' as const, scale: { type: 'log' as const, base }, title: xTitle, axis: { format: '~s', values: ticks } },
      y: { field: 'millionsPerSecond', type: 'quantitative' as const, scale: { type: 'log' as const }, title: 'million per second' },
      color: { field: 'series', type: 'nominal' as const, title: null, legend: { orient: 'bottom' as const, direction: 'vertical' as const, labelLimit: 400 } },
      tooltip: [
        { field: 'series', type: 'nominal' as const },
        { field: 'x', type: 'quantitative' as const },
        { field: 'millionsPerSecond', type: 'quantitative' as const, format: '.3~f' },
      ],
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'poolsim throughput', subtitle },
    data: { values: points.map((p) => ({ ...p })) },
    hconcat: [
      panel('kernel', 'Event kernel vs heap size', 'pending events', 10, [1e3, 1e4, 1e5, 1e6]),
      panel('allocation', 'Allocation vs pool warehouses (10,000 SKUs)', 'pool warehouses', 2, [1, 2, 4, 8, 16]),
    ],
    resolve: { scale: { color: 'independent' } },
    config: { font: 'DejaVu Sans' },
  };
}
