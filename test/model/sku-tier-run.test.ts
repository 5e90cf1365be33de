/**
 * The incentive tier in a run of the default study: the merged setup pays 4.2 % in exactly
 * the months whose SKU sell-through ≥ 82 % and return rate ≤ 18.5 % (the expectation comes
 * from the run's own monthly figures, not a count fixed here), and with
 * `fees.sellThroughDefinition: unit-share` in exactly those whose unit sell-through and return
 * rate meet the bounds. 120 days (four months) keep the test fast.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/replication.js';
import type { MonthlyRow, SetupReplication } from '../../src/model/result.js';
import { rawScenario, scenarioFrom } from './helpers/scenarios.js';

const SKUS = 400; // scenarios/default.yaml, catalogue.skus

function run(fees: Record<string, unknown> = {}) {
  const raw = rawScenario('default.yaml');
  const scenario = scenarioFrom({ ...raw, horizon: 120, fees: { ...(raw.fees as object), ...fees } });
  const onlyTwo = { ...scenario, setups: scenario.setups.filter((s) => s.name === 'unmerged' || s.name === 'merged') };
  return runReplication(onlyTwo, 0).setups;
}

const earns = (sellThrough: number, r: MonthlyRow) => sellThrough >= 0.82 && r.returnRate <= 0.185;

function checkCounts(s: SetupReplication): void {
  for (const r of s.monthly) {
    expect(r.skusSold).toBeLessThanOrEqual(r.skusInStock);
    expect(r.skusInStock).toBeLessThanOrEqual(SKUS);
    expect(r.skuSellThrough).toBe(r.skusSold / r.skusInStock);
  }
  expect(s.metrics.skuSellThroughRate).toBeGreaterThanOrEqual(Math.max(...s.monthly.map((r) => r.skusSold)) / SKUS);
  expect(s.metrics.skuSellThroughRate).toBeLessThanOrEqual(1);
}

describe('the incentive tier in the default study', () => {
  it('sku-share (default): 4.2 % in the months whose SKU share and return rate meet the bounds', () => {
    const { merged, unmerged } = run();
    expect(merged.monthly).toHaveLength(4);
    for (const r of merged.monthly) {
      const tier = earns(r.skuSellThrough, r);
      expect(r.tierSellThrough, `month ${r.month}`).toBe(r.skuSellThrough);
      expect(r.feeRate, `month ${r.month}`).toBe(tier ? 0.042 : 0.055);
      expect(r.tierEarned).toBe(tier ? 1 : 0);
      expect(r.tierSellThroughMet).toBe(r.skuSellThrough >= 0.82 ? 1 : 0);
      expect(r.tierReturnRateMet).toBe(r.returnRate <= 0.185 ? 1 : 0);
      expect(r.serviceFee).toBeCloseTo(r.feeRate * r.gmv, 6);
    }
    // the point of the change: the default pool sells nearly every SKU every month, so it reaches the tier
    expect(merged.monthly.some((r) => r.tierEarned === 1)).toBe(true);
    expect(merged.metrics.serviceFees).toBeCloseTo(merged.monthly.reduce((a, r) => a + r.serviceFee, 0), 6);
    for (const r of unmerged.monthly) expect([r.feeRate, r.tierEarned]).toEqual([0, 0]);
    checkCounts(merged);
    checkCounts(unmerged);
  });

  it('unit-share: the tier follows the unit share, and the SKU figures are still reported', () => {
    const { merged } = run({ sellThroughDefinition: 'unit-share' });
    for (const r of merged.monthly) {
      const tier = earns(r.unitSellThrough, r);
      expect(r.tierSellThrough).toBe(r.unitSellThrough);
      expect(r.feeRate, `month ${r.month}`).toBe(tier ? 0.042 : 0.055);
      expect(r.tierEarned).toBe(tier ? 1 : 0);
    }
    checkCounts(merged);
  });
});
