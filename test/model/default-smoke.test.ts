/**
 * A CLI-free smoke run of scenarios/default.yaml (loaded from disk by the real loader) for a
 * short horizon: every setup runs on the same orders and the output has the contract's shape.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/replication.js';
import { METRIC_NAMES } from '../../src/model/result.js';
import { HISTOGRAM_BINS } from '../../src/model/metrics/setup-metrics.js';
import { loadScenario } from '../../src/scenario/load.js';
import { SCENARIOS } from './helpers/scenarios.js';

describe('default study smoke run', () => {
  it('runs every setup for 45 days and returns well-formed output', async () => {
    const { scenario } = await loadScenario(resolve(SCENARIOS, 'default.yaml'));
    const short = {
      ...scenario,
      setups: scenario.setups.map((s) => ({ ...s, warmup: 10, horizon: 45 })),
    };
    const out = runReplication(short, 0);
    expect(out.replication).toBe(0);
    expect(Object.keys(out.setups)).toEqual(['unmerged', 'merged', 'merged-nearest-router']);
    expect(out.ordersSimulated).toBeGreaterThan(3 * 45 * 200);
    const placed = out.setups.unmerged.metrics.ordersPlaced;
    for (const [name, s] of Object.entries(out.setups)) {
      expect(Object.keys(s.metrics).sort(), name).toEqual([...METRIC_NAMES].sort());
      const m = s.metrics;
      expect(m.ordersPlaced).toBe(placed);
      expect(m.ordersDelivered).toBeLessThanOrEqual(m.ordersPlaced);
      expect(m.ordersDelivered).toBeGreaterThan(0.95 * m.ordersPlaced);
      expect(m.fulfilmentDaysMean).toBeGreaterThan(3);
      expect(m.fulfilmentDaysMean).toBeLessThan(30);
      expect(m.fulfilmentDaysP50).toBeLessThanOrEqual(m.fulfilmentDaysP90);
      expect(m.fulfilmentDaysP90).toBeLessThanOrEqual(m.fulfilmentDaysP95);
      for (const r of ['onTimeRate', 'fillRate', 'splitRate', 'unitSellThroughRate', 'skuSellThroughRate'] as const) {
        expect(m[r]).toBeGreaterThanOrEqual(0);
        expect(m[r]).toBeLessThanOrEqual(1);
      }
      expect(m.parcelsPerOrder).toBeGreaterThanOrEqual(1);
      expect(m.gmv).toBeGreaterThan(m.costOfGoods);
      expect(m.returnRate).toBeGreaterThan(0);
      expect(m.returnRate).toBeLessThan(1);
      expect(m.returnCycleDaysMean).toBeGreaterThan(0);
      for (const row of s.monthly) expect(name === 'unmerged' ? [0] : [0.055, 0.042]).toContain(row.feeRate);
      expect(s.monthly.map((r) => r.month)).toEqual([1, 2]);
      expect(s.monthly.map((r) => r.days)).toEqual([30, 15]); // 45 days: a full month and a partial one
      expect(s.monthly.reduce((a, r) => a + r.gmv, 0)).toBeCloseTo(m.gmv, 6);
      expect(s.byMarket.map((r) => r.market)).toEqual(['ES', 'FR', 'PL', 'DE', 'IT', 'BR', 'MX']);
      expect(s.byMarket.reduce((a, r) => a + r.ordersDelivered, 0)).toBe(m.ordersDelivered);
      expect(s.series.dailyBacklogOrders).toHaveLength(45);
      expect(s.series.dailyOnHandUnits).toHaveLength(45);
      expect(s.series.dailyFillRate).toHaveLength(45);
      expect(s.series.fulfilmentHistogram.counts).toHaveLength(HISTOGRAM_BINS);
      expect(s.series.fulfilmentHistogram.counts.reduce((a, b) => a + b, 0)).toBe(m.ordersDelivered);
      expect(JSON.parse(JSON.stringify(s))).toBeTruthy();
    }
    expect(out.setups.merged.metrics.migrationCost).toBeGreaterThan(0);
    expect(out.setups.merged.metrics.serviceFees).toBeGreaterThan(0);
    expect(out.setups.unmerged.metrics.serviceFees).toBe(0);
    expect(out.setups.unmerged.metrics.migrationCost).toBe(0);
  });
});
