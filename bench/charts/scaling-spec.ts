import type { TopLevelSpec } from 'vega-lite';
import type { BenchRecord } from '../harness/types.js';

/** One point of the large-seller scaling chart. */
export interface ScalingPoint {
  panel: 'skus' | 'ordersPerDay';
  /** SKUs (panel `skus`) or orders a day (panel `ordersPerDay`). */
  x: number;
  /** Seconds per replication (all setups) in the phase. */
  seconds: number;
  phase: 'setup' | 'run';
}

/**
 * The chart's points from a run's records: the large suite's series (`params.series`), the
 * setup and run time of each point. Records without them are ignored. O(n).
 */
export function scalingPoints(records: readonly BenchRecord[]): ScalingPoint[] {
  const points: ScalingPoint[] = [];
  for (const r of records) {
    const p = r.params;
    if (r.suite !== 'large' || r.skipped || !p || (p.series !== 'skus' && p.series !== 'ordersPerDay')) continue;
    const panel = p.series;
    const x = Number(panel === 'skus' ? p.skus : p.ordersPerDay);
    points.push({ panel, x, seconds: Number(p.setupMs) / 1000, phase: 'setup' });
    points.push({ panel, x, seconds: Number(p.runMs) / 1000, phase: 'run' });
  }
  return points;
}

/**
 * The Vega-Lite spec of `docs/performance/large-seller-scaling.vl.json`: the cost of one
 * replication of the large-seller study (3 setups) in setup and run time, against SKUs at
 * 5,000 orders a day and against orders a day at 10⁵ SKUs; log–log, data inline, with a grey
 * slope-1 guide (cost ∝ size) through the last point of setup against SKUs and of run against
 * orders a day.
 * @example const spec = scalingSpec(scalingPoints(results.records), 'AMD EPYC × 2, node v20.20.2');
 */
export function scalingSpec(points: readonly ScalingPoint[], subtitle: string): TopLevelSpec {
  // a slope-1 line through the last point of the two costs that should be linear: setup in
  // the SKUs, run in the orders (the other two have a part that does not grow with the size)
  const guides: Array<{ panel: string; phase: string; x: number; seconds: number }> = [];
  for (const [panel, phase] of [
    ['skus', 'setup'],
    ['ordersPerDay', 'run'],
  ] as const) {
    {
      const own = points.filter((p) => p.panel === panel && p.phase === phase).sort((a, b) => a.x - b.x);
      if (own.length < 2) continue;
      const last = own[own.length - 1];
      for (const q of [own[0], last]) guides.push({ panel, phase, x: q.x, seconds: (last.seconds * q.x) / last.x });
    }
  }
  const panel = (which: ScalingPoint['panel'], title: string, xTitle: string, ticks: number[]) => ({
    title,
    width: 300,
    height: 240,
    layer: [
      {
        data: { values: guides },
        transform: [{ filter: `datum.panel === '${which}'` }],
        mark: { type: 'line' as const, strokeDash: [4, 3], color: '#bbbbbb', strokeWidth: 1 },
        encoding: {
          x: { field: 'x', type: 'quantitative' as const },
          y: { field: 'seconds', type: 'quantitative' as const },
          detail: { field: 'phase', type: 'nominal' as const },
        },
      },
      {
        transform: [{ filter: `datum.panel === '${which}'` }],
        mark: { type: 'line' as const, point: true },
        encoding: {
          x: { field: 'x', type: 'quantitative' as const, scale: { type: 'log' as const, nice: false, padding: 12 }, title: xTitle, axis: { format: '~s', values: ticks } },
          y: { field: 'seconds', type: 'quantitative' as const, scale: { type: 'log' as const }, title: 'seconds per replication (3 setups)' },
          color: {
            field: 'phase',
            type: 'nominal' as const,
            title: null,
            scale: { domain: ['setup', 'run'], range: ['#d95f02', '#1b9e77'] },
            legend: { orient: 'bottom' as const, labelExpr: "datum.label === 'setup' ? 'setup (catalogue, model, run initialisation)' : 'run (events, results)'", labelLimit: 400 },
          },
          tooltip: [
            { field: 'phase', type: 'nominal' as const },
            { field: 'x', type: 'quantitative' as const },
            { field: 'seconds', type: 'quantitative' as const, format: '.3~f' },
          ],
        },
      },
    ],
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Large seller: cost of one replication (dashed: cost ∝ size)', subtitle },
    data: { values: points.map((p) => ({ ...p })) },
    hconcat: [
      panel('skus', 'Against SKUs (5,000 orders a day, 8 warehouses)', 'SKUs', [1e3, 1e4, 1e5, 1e6]),
      panel('ordersPerDay', 'Against orders a day (100,000 SKUs)', 'orders a day', [500, 1000, 2000, 5000, 10000, 20000]),
    ],
    config: { font: 'DejaVu Sans' },
  };
}
