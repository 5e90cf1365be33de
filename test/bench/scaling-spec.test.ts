import { describe, expect, it } from 'vitest';
import { scalingPoints, scalingSpec } from '../../bench/charts/scaling-spec.js';
import type { BenchRecord } from '../../bench/harness/types.js';
import { seriesRecord } from '../../bench/large.bench.js';
import type { LargeChildReport } from '../../bench/large-child.js';

const times = (wallMs: number) => ({ wallMs, cpuMs: wallMs / 2 });
const report = (skus: number, ordersPerDay: number, setupMs: number, runMs: number): LargeChildReport => ({
  skus,
  ordersPerDay,
  stockPoints: skus * 18,
  setups: 3,
  orders: ordersPerDay * 100,
  setup: times(setupMs),
  run: times(runMs),
  inputs: times(setupMs * 0.7),
  init: times(setupMs * 0.3),
  assembly: times(10),
  rssBeforeMB: 70,
  maxRssMB: 200,
});

describe('large-seller scaling chart', () => {
  const records: BenchRecord[] = [
    seriesRecord('skus', report(1000, 5000, 100, 2000), 'wall'),
    seriesRecord('skus', report(100_000, 5000, 1000, 6000), 'wall'),
    seriesRecord('ordersPerDay', report(100_000, 500, 1000, 1500), 'cpu'),
    seriesRecord('ordersPerDay', report(100_000, 20_000, 1000, 24_000), 'cpu'),
  ];

  it('names the points and keeps setup and run time in params, by the clock asked for', () => {
    expect(records.map((r) => r.name)).toEqual(['cost at 1e3 SKUs', 'cost at 1e5 SKUs', 'cost at 500 orders/day', 'cost at 20000 orders/day']);
    expect(records[1]).toMatchObject({ suite: 'large', unit: 'replications', medianMs: 7000, peakRssMB: 200, params: { series: 'skus', setupMs: 1000, runMs: 6000 } });
    expect(records[3]).toMatchObject({ medianMs: 12_500, clock: 'cpu', params: { series: 'ordersPerDay', setupMs: 500, runMs: 12_000 } });
  });

  it('charts setup and run seconds by SKUs and by orders a day, nothing else', () => {
    const other = { ...records[0], suite: 'e2e' };
    expect(scalingPoints([...records, other])).toEqual([
      { panel: 'skus', x: 1000, seconds: 0.1, phase: 'setup' },
      { panel: 'skus', x: 1000, seconds: 2, phase: 'run' },
      { panel: 'skus', x: 100_000, seconds: 1, phase: 'setup' },
      { panel: 'skus', x: 100_000, seconds: 6, phase: 'run' },
      { panel: 'ordersPerDay', x: 500, seconds: 0.5, phase: 'setup' },
      { panel: 'ordersPerDay', x: 500, seconds: 0.75, phase: 'run' },
      { panel: 'ordersPerDay', x: 20_000, seconds: 0.5, phase: 'setup' },
      { panel: 'ordersPerDay', x: 20_000, seconds: 12, phase: 'run' },
    ]);
  });

  it('draws log-log panels with slope-1 guides through the last point of setup by SKUs and run by orders', () => {
    const spec = scalingSpec(scalingPoints(records), 'test machine') as unknown as {
      hconcat: Array<{ layer: Array<{ data?: { values: Array<{ panel: string; phase: string; x: number; seconds: number }> }; encoding: Record<string, { scale?: { type: string } }> }> }>;
    };
    expect(spec.hconcat).toHaveLength(2);
    for (const panel of spec.hconcat) {
      expect(panel.layer[1].encoding.x.scale?.type).toBe('log');
      expect(panel.layer[1].encoding.y.scale?.type).toBe('log');
    }
    expect(spec.hconcat[0].layer[0].data?.values).toEqual([
      { panel: 'skus', phase: 'setup', x: 1000, seconds: 0.01 },
      { panel: 'skus', phase: 'setup', x: 100_000, seconds: 1 },
      { panel: 'ordersPerDay', phase: 'run', x: 500, seconds: 0.3 },
      { panel: 'ordersPerDay', phase: 'run', x: 20_000, seconds: 12 },
    ]);
  });
});
