import { describe, expect, it } from 'vitest';
import { throughputPoints, throughputSpec } from '../../bench/charts/throughput-spec.js';
import type { BenchRecord } from '../../bench/harness/types.js';

function rec(suite: string, opsPerSecond: number, params?: BenchRecord['params'], skipped?: string): BenchRecord {
  return {
    suite,
    name: `${suite}-${JSON.stringify(params)}`,
    unit: 'x',
    unitsPerIteration: 1,
    samples: 1,
    medianMs: 1,
    p99Ms: 1,
    rmePercent: 0,
    opsPerSecond,
    clock: 'wall',
    ...(params ? { params } : {}),
    ...(skipped ? { skipped } : {}),
  };
}

describe('throughput chart', () => {
  const records = [
    rec('kernel', 9e6, { model: 'hold', pending: 1000, variant: 'engine' }),
    rec('kernel', 5e6), // M/M/1: no params, not charted
    rec('allocator', 30e6, { warehouses: 4, variant: 'allocateLine' }),
    rec('allocator', 31e6, { warehouses: 4, variant: 'inlined' }), // reference, not charted
    rec('router', 8e6, { warehouses: 4, policy: 'nearest' }),
    rec('router', 9e6, { warehouses: 4, policy: 'floor' }), // reference, not charted
    rec('router', 0, { warehouses: 8, policy: 'nearest' }, 'crashed'),
  ];

  it('keeps the hold model by heap size and the allocator and routers by warehouses, in millions/s', () => {
    expect(throughputPoints(records)).toEqual([
      { panel: 'kernel', x: 1000, millionsPerSecond: 9, series: 'hold model, engine (events/s)' },
      { panel: 'allocation', x: 4, millionsPerSecond: 30, series: 'allocator, single-line (decisions/s)' },
      { panel: 'allocation', x: 4, millionsPerSecond: 8, series: 'router nearest, 3-line (orders/s)' },
    ]);
  });

  it('builds a two-panel spec with the data inline', () => {
    const spec = throughputSpec(throughputPoints(records), 'test machine') as unknown as {
      data: { values: unknown[] };
      hconcat: Array<{ transform: Array<{ filter: string }> }>;
    };
    expect(spec.data.values).toHaveLength(3);
    expect(spec.hconcat.map((p) => p.transform[0].filter)).toEqual(["datum.panel === 'kernel'", "datum.panel === 'allocation'"]);
  });
});
