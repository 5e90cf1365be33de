/**
 * The two searches on known lines: candidates evaluated by exact Poisson base-stock formulas
 * instead of the simulation (every "replication" the same, so comparisons are exact), for
 * three SKU classes with different demand and unit cost. The cost search must land on each
 * class's critical-fractile level; the target search on the cheapest lattice point that
 * reaches the fill-rate target, found by enumerating the whole lattice.
 */
import { describe, expect, it } from 'vitest';
import { candidateCosts, type CostRates } from '../../../src/experiment/advise/costing.js';
import { coordinateSearch } from '../../../src/experiment/advise/coordinate-search.js';
import type { Evaluate, Evaluation } from '../../../src/experiment/advise/evaluator.js';
import type { Judge } from '../../../src/experiment/advise/paired-judge.js';
import { SearchSpace } from '../../../src/experiment/advise/search-space.js';
import { targetSearch, TargetUnreachableError } from '../../../src/experiment/advise/target-search.js';
import { poissonExpectedBackorders, poissonExpectedOnHand, poissonFillRate } from '../../../src/model/inventory/base-stock.js';

/** Lead-time demand means and unit costs of three classes (one SKU each). */
const MEANS = [24, 7, 1.5];
const COSTS = [4, 9, 30];
const RATES: CostRates = { holdingRate: 0.3, backorderCostPerUnitDay: 0.05, lostSaleCostPerUnit: 0, horizonDays: 365 };
const names = ['A', 'B', 'C'];

function formulaEvaluate(counter: { n: number }): Evaluate {
  return async (x) => {
    const total = MEANS.reduce((a, b) => a + b, 0);
    const fill = x.reduce((s, S, i) => s + (MEANS[i] / total) * poissonFillRate(S, MEANS[i]), 0);
    const value = x.reduce((s, S, i) => s + COSTS[i] * poissonExpectedOnHand(S, MEANS[i]), 0);
    const units = x.reduce((s, S, i) => s + poissonExpectedOnHand(S, MEANS[i]), 0);
    const back = x.reduce((s, S, i) => s + poissonExpectedBackorders(S, MEANS[i]), 0);
    const two = (v: number) => [v, v];
    const e: Evaluation = {
      x: [...x],
      order: ++counter.n,
      figures: { fillRate: two(fill), onTimeRate: two(fill), avgOnHandValue: two(value), avgOnHandUnits: two(units), avgBackorderUnits: two(back), lostSalesUnits: two(0), netMargin: two(0) },
    };
    return e;
  };
}

const cost = (x: number[]) => {
  const h = RATES.holdingRate / 365;
  return x.reduce((s, S, i) => s + h * COSTS[i] * poissonExpectedOnHand(S, MEANS[i]) + RATES.backorderCostPerUnitDay * poissonExpectedBackorders(S, MEANS[i]), 0);
};

describe('coordinate search (no target)', () => {
  it('finds each class’s critical-fractile level from a start far off', async () => {
    const judge: Judge = { score: (e) => candidateCosts(e, { kind: 'cost' }, RATES).score };
    const counter = { n: 0 };
    const space = new SearchSpace(formulaEvaluate(counter), 200, 3, 500);
    const r = await coordinateSearch({ space, judge, start: [60, 0, 40], coarseStep: 8, names });
    // per class: the smallest S with P(D ≤ S) ≥ b/(b + h_i), h_i = h_y c_i/365
    const expected = MEANS.map((m, i) => {
      const h = (RATES.holdingRate * COSTS[i]) / 365;
      const f = RATES.backorderCostPerUnitDay / (RATES.backorderCostPerUnitDay + h);
      let S = 0;
      while (poissonFillRate(S + 1, m) < f) S++;
      return S;
    });
    expect(r.x).toEqual(expected);
    expect(r.stoppedBecause).toBe('converged');
    expect(r.neighbours.every((n) => n.scoreDiff.mean >= 0)).toBe(true);
    expect(counter.n).toBeLessThan(80);
  });

  it('stops at the budget with its best candidate so far', async () => {
    const judge: Judge = { score: (e) => candidateCosts(e, { kind: 'cost' }, RATES).score };
    const space = new SearchSpace(formulaEvaluate({ n: 0 }), 200, 3, 5);
    const r = await coordinateSearch({ space, judge, start: [60, 0, 40], coarseStep: 8, names });
    expect(r.stoppedBecause).toBe('budget');
    expect(cost(r.x)).toBeLessThan(cost([60, 0, 40]));
  });
});

describe('target search', () => {
  const judgeFor = (target: number): Judge => ({
    score: (e) => candidateCosts(e, { kind: 'target', metric: 'fillRate', value: target }, RATES).score,
    metric: (e) => e.figures.fillRate,
    target,
  });

  it.each([0.9, 0.95, 0.98])('reaches fill rate %s at the least cost of the whole lattice', async (target) => {
    let best = { cost: Infinity, x: [] as number[] };
    const total = MEANS.reduce((a, b) => a + b, 0);
    for (let a = 0; a <= 50; a++)
      for (let b = 0; b <= 25; b++)
        for (let c = 0; c <= 12; c++) {
          const x = [a, b, c];
          const fill = x.reduce((s, S, i) => s + (MEANS[i] / total) * poissonFillRate(S, MEANS[i]), 0);
          if (fill >= target && cost(x) < best.cost) best = { cost: cost(x), x };
        }
    const counter = { n: 0 };
    const space = new SearchSpace(formulaEvaluate(counter), 200, 3, 500);
    const r = await targetSearch({ space, judge: judgeFor(target), start: [24, 7, 2], coarseStep: 8, names });
    expect(r.stoppedBecause).toBe('converged');
    expect(cost(r.x)).toBeCloseTo(best.cost, 10);
    expect(counter.n).toBeLessThan(150);
  });

  it('with one class, the bisection gives the fewest rungs that reach the target', async () => {
    const space = new SearchSpace(async (x) => ({ ...(await formulaEvaluate({ n: 0 })([x[0], 0, 0])), x: [x[0]] }), 200, 1, 100);
    const judge = judgeFor(0.5);
    const r = await targetSearch({ space, judge, start: [3], coarseStep: 4, names: ['A'] });
    const total = MEANS.reduce((a, b) => a + b, 0);
    let S = 0;
    while ((MEANS[0] / total) * poissonFillRate(S, MEANS[0]) < 0.5) S++;
    expect(r.x).toEqual([S]);
  });

  it('says so when even the top of the ladder misses the target', async () => {
    const space = new SearchSpace(formulaEvaluate({ n: 0 }), 10, 3, 100);
    await expect(targetSearch({ space, judge: judgeFor(0.99), start: [2, 2, 2], coarseStep: 4, names })).rejects.toBeInstanceOf(TargetUnreachableError);
  });
});
