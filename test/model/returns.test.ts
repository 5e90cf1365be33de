/**
 * Returns against their exact probabilities. A deterministic pipeline (instant picks, constant
 * transit, unlimited stock) makes every order's fulfilment time known, so each order of a
 * market returns with a known p (`return-decision.ts`); its `returnU` is uniform and
 * independent of everything else, so the returned count of n delivered orders is
 * Binomial(n, p). Pass if |returned − n·p| < 4.4·√(n·p·(1 − p)) (two-sided normal level 1e-5).
 */
import { describe, expect, it } from 'vitest';
import { maxUplift, simulateSetup } from '../../src/model/replication.js';
import { LOCAL_RETURN_TRANSIT_DAYS } from '../../src/model/returns/return-params.js';
import { returnProbability } from '../../src/model/returns/return-decision.js';
import { scenarioFrom } from './helpers/scenarios.js';

function lab(change: { categories?: object; returns?: object; qcCatchRate?: number; linesPerOrder?: number } = {}) {
  return scenarioFrom({
    name: 'returns-lab',
    seed: 5,
    warmup: 2,
    horizon: 60,
    markets: [
      { id: 'A', promise: 10, localReturnWarehouse: true },
      { id: 'B', promise: 4 },
    ],
    warehouses: [{ id: 'hub', pickers: 1000, pickTime: 0, transit: { A: 5, B: 8 }, qcCatchRate: change.qcCatchRate ?? 0 }],
    shops: [{ id: 's', ordersPerDay: 200, warehouse: 'hub' }],
    catalogue: { skus: 200, sharedSkuShare: 0, zipfExponent: 0, price: 10, costRatio: 0.5 },
    categories: change.categories ?? { apparel: { returnBaseRate: 0.2, defectRate: 0, turnoverNorm: 3.8 } },
    demand: { linesPerOrder: change.linesPerOrder ?? 1, unitsPerLine: 1, marketMix: { A: 1, B: 1 } },
    replenishment: { leadTime: 1, target: { units: 1000000 } },
    returns: { latenessPerDay: 0.05, latenessCap: 0.3, inspection: 1, ...change.returns },
    setups: { unmerged: { mode: 'unmerged' } },
  });
}

function byMarket(scenario: ReturnType<typeof lab>) {
  const { result } = simulateSetup(scenario, scenario.setups[0], 0, maxUplift(scenario));
  return Object.fromEntries(result.byMarket.map((r) => [r.market, r]));
}

function expectBinomial(rate: number, n: number, p: number) {
  expect(n).toBeGreaterThan(1000);
  expect(Math.abs(rate * n - n * p), `rate ${rate} vs p ${p}`).toBeLessThan(4.4 * Math.sqrt(n * p * (1 - p)));
}

describe('returns', () => {
  it('base part alone: the return rate is the category base rate', () => {
    const r = byMarket(lab({ returns: { latenessPerDay: 0 } }));
    expectBinomial(r.A.returnRate, r.A.ordersDelivered, 0.2);
    expectBinomial(r.B.returnRate, r.B.ordersDelivered, 0.2);
  });

  it('lateness part: orders 4 days late return with 0.2 + 4 × 0.05', () => {
    const r = byMarket(lab());
    expectBinomial(r.A.returnRate, r.A.ordersDelivered, 0.2); // 5 days against a 10-day promise: on time
    expectBinomial(r.B.returnRate, r.B.ordersDelivered, 0.4); // 8 days against 4: 4 days late
  });

  it('lateness part is capped', () => {
    const r = byMarket(lab({ returns: { latenessPerDay: 0.5, latenessCap: 0.1 } }));
    expectBinomial(r.B.returnRate, r.B.ordersDelivered, 0.3);
  });

  it('defect part: defects missed by inbound QC, per unit', () => {
    const categories = { apparel: { returnBaseRate: 0, defectRate: 0.1, turnoverNorm: 3.8 } };
    const one = byMarket(lab({ categories, qcCatchRate: 0.5, returns: { latenessPerDay: 0 } }));
    expectBinomial(one.A.returnRate, one.A.ordersDelivered, 0.05);
    const two = byMarket(lab({ categories, qcCatchRate: 0.5, linesPerOrder: 2, returns: { latenessPerDay: 0 } }));
    expectBinomial(two.A.returnRate, two.A.ordersDelivered, 1 - 0.95 ** 2);
  });

  it('return cycle: local return warehouse vs the line-haul back to origin', () => {
    const r = byMarket(lab());
    expect(r.A.returnCycleDaysMean).toBeCloseTo(LOCAL_RETURN_TRANSIT_DAYS + 1, 12);
    expect(r.B.returnCycleDaysMean).toBeCloseTo(8 + 1, 12);
  });

  it('return probability: parts add up and cap at 1', () => {
    const args = [Float64Array.of(0.5), Float64Array.of(0.5), Float64Array.of(0), 1, 1] as const;
    const one = (late: number) =>
      returnProbability(...args, Int32Array.of(0), Int32Array.of(1), Int32Array.of(0), Int32Array.of(0), 0, 1, late);
    expect(one(0)).toBe(1);
    expect(one(-3)).toBe(1);
    const base = returnProbability(Float64Array.of(0.1, 0.3), Float64Array.of(0, 0), Float64Array.of(0), 0, 0, Int32Array.of(0, 1), Int32Array.of(1, 3), Int32Array.of(0, 0), Int32Array.of(0), 0, 2, 0);
    expect(base).toBeCloseTo((0.1 + 3 * 0.3) / 4, 12);
  });
});
