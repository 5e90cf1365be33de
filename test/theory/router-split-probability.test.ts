/**
 * Split probabilities of the two router policies against exact formulas (model class 3,
 * scenarios/class3-routing.yaml): unlimited stock, W warehouses with distinct speeds, each SKU
 * held in n of them chosen uniformly at random, baskets of k distinct SKUs (k ∈ {1, 2, 3}
 * with probabilities 0.3 / 0.3 / 0.4), one unit per line.
 *
 * - single-first ships whole iff some warehouse holds all k SKUs. By inclusion–exclusion over
 *   the warehouses that hold every SKU: P(whole) = Σ_{j=1}^{n} (−1)^{j+1} C(W, j) q_j^k, with
 *   q_j = C(W − j, n − j) / C(W, n) the chance a random n-set contains j given warehouses.
 * - nearest sends each line to the fastest warehouse holding its SKU; the chance that this is
 *   the r-th fastest is p_r = C(W − r, n − 1) / C(W, n), independently per SKU, so
 *   P(whole) = Σ_r p_r^k.
 * - n = 1: both reduce to P(split) = 1 − W·(1/W)^k = 1 − W^{1−k}.
 *
 * The placement is redrawn every replication, so the mean split rate over replications is
 * unbiased for the formula. Repeated SKUs in a basket (which would merge lines) have
 * probability < (2/1000)^4 per line with 1,000 equally popular SKUs and 3 resamples: ignored.
 * Tolerance: R replications; pass if |mean − exact| < t(0.9995, R − 1) · s / √R.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/replication.js';
import { halfWidth, mean } from '../model/helpers/stats.js';
import { rawScenario, scenarioFrom } from '../model/helpers/scenarios.js';

const R = 10;
const W = 4;
const MIX: ReadonlyArray<[k: number, p: number]> = [
  [1, 0.3],
  [2, 0.3],
  [3, 0.4],
];

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

export function singleFirstWhole(w: number, n: number, k: number): number {
  let p = 0;
  for (let j = 1; j <= n; j++) p += (-1) ** (j + 1) * choose(w, j) * (choose(w - j, n - j) / choose(w, n)) ** k;
  return p;
}

export function nearestWhole(w: number, n: number, k: number): number {
  let p = 0;
  for (let r = 1; r <= w - n + 1; r++) p += (choose(w - r, n - 1) / choose(w, n)) ** k;
  return p;
}

const splitRate = (whole: (k: number) => number) => MIX.reduce((a, [k, p]) => a + p * (1 - whole(k)), 0);

function simulateSplits(n: number) {
  const raw = rawScenario('class3-routing.yaml');
  const scenario = scenarioFrom({ ...raw, horizon: 30, allocation: { placement: { randomPerSku: n } } });
  const outs = Array.from({ length: R }, (_, k) => runReplication(scenario, k));
  return {
    singleFirst: outs.map((o) => o.setups['single-first'].metrics.splitRate),
    nearest: outs.map((o) => o.setups.nearest.metrics.splitRate),
  };
}

describe('split-probability formulas', () => {
  it('agree with hand counts for W = 4, n = 2', () => {
    // two random 2-sets of 4 intersect unless disjoint: 1 − 1/6
    expect(singleFirstWhole(4, 2, 2)).toBeCloseTo(5 / 6, 12);
    // fastest of a random 2-set is rank 1, 2, 3 with 3/6, 2/6, 1/6: (9 + 4 + 1)/36
    expect(nearestWhole(4, 2, 2)).toBeCloseTo(14 / 36, 12);
    expect(singleFirstWhole(4, 2, 1)).toBeCloseTo(1, 12);
  });

  it('reduce to 1 − W^(1−k) splits when each SKU is in one warehouse', () => {
    for (const k of [1, 2, 3, 5]) {
      expect(1 - singleFirstWhole(W, 1, k)).toBeCloseTo(1 - W ** (1 - k), 12);
      expect(1 - nearestWhole(W, 1, k)).toBeCloseTo(1 - W ** (1 - k), 12);
    }
  });
});

describe('simulated split rates (class 3)', () => {
  it('each SKU in one random warehouse: both policies split with 1 − W^(1−k)', () => {
    const sim = simulateSplits(1);
    const want = splitRate((k) => 1 - (1 - W ** (1 - k)));
    for (const xs of [sim.singleFirst, sim.nearest]) {
      expect(Math.abs(mean(xs) - want), `${mean(xs)} vs ${want}`).toBeLessThan(halfWidth(xs));
    }
  });

  it('each SKU in two random warehouses: each policy matches its formula, single-first splits less', () => {
    const sim = simulateSplits(2);
    const wantSingle = splitRate((k) => singleFirstWhole(W, 2, k));
    const wantNearest = splitRate((k) => nearestWhole(W, 2, k));
    expect(Math.abs(mean(sim.singleFirst) - wantSingle)).toBeLessThan(halfWidth(sim.singleFirst));
    expect(Math.abs(mean(sim.nearest) - wantNearest)).toBeLessThan(halfWidth(sim.nearest));
    // same orders, same placement: single-first splits less in every replication
    sim.singleFirst.forEach((x, i) => expect(x).toBeLessThan(sim.nearest[i]));
  });
});
