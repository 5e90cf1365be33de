/**
 * The advisor against the Poisson base-stock newsvendor, whose optimum is known.
 *
 * Model (newsvendor.ts): Poisson orders of one unit at λ a day, constant lead time L,
 * continuous review, base-stock S (order one unit at each demand), full backordering; the
 * merged setup's pool starts at S (the shop's S migrates). After t ≥ L the net inventory is
 * N(t) = S − D(t − L, t], D(t − L, t] ~ Poisson(λL) =: D.
 *
 * Cost the advisor minimises (costing.ts), over the window of T days:
 *   J(S) = h_y × avgOnHandValue × T/365 + b × avgBackorderUnits × T
 *        = T × [h × avg (N)⁺ + b × avg (N)⁻],   h = h_y × unit cost / 365 per unit-day,
 * so its expectation per day is C(S) = h E(S − D)⁺ + b E(D − S)⁺ (b per unit-day a unit is
 * owed). C(S + 1) − C(S) = h P(D ≤ S) − b P(D > S) = (h + b) P(D ≤ S) − b, increasing in S:
 * C is convex and its minimum is the smallest S with P(D ≤ S) ≥ b/(b + h) — the critical
 * fractile f. We take λ = 2, L = 5 (E D = 10), h_y = 0.365 and unit cost 5 (h = 0.005) and
 * b = h f/(1 − f) with f = 0.83, which lies between P(D ≤ 12) = 0.7916 and P(D ≤ 13) =
 * 0.8645: S* = 13.
 *
 * Tolerance. The search compares S and S + 1 by the paired mean of J over n replications of
 * the same orders. On one sample path N_{S+1}(t) = N_S(t) + 1 at every t (orders and arrivals
 * do not depend on S), so J(S + 1) − J(S) = T [(h + b) p̂(S) − b] exactly, p̂(S) the share of
 * the window with D(t − L, t] ≤ S. The search therefore lands on S* iff p̄(S* − 1) < f ≤
 * p̄(S*), p̄ the mean over replications. Windows further apart than L are independent and
 * |Cov| ≤ p(1 − p), so Var p̂ ≤ 2 L p(1 − p)/T and SE(p̄) ≤ √(2 L p(1 − p)/(T n)). With T =
 * 3,650 (the longest horizon) and n = 22 that is ≤ 0.0045, and the fractile is ≥ 7 such standard errors from both
 * cdf values (the test checks ≥ 4): the recommendation must be S* exactly, not within a
 * tolerance. The same bound checks the p̄ read back from the paired differences against the
 * exact cdf (within 4 SE).
 *
 * Target: fill rate (units from stock at order time ÷ units ordered) = P(D ≤ S − 1) by PASTA;
 * the smallest S with P(D ≤ S − 1) ≥ 0.83 is 14. The estimate is a mean over ≈ λT demands,
 * each correlated with the ≈ 2λL others within L of it: SE ≤ √(p(1 − p)(1 + 2λL)/(λ T n)).
 */
import { describe, expect, it } from 'vitest';
import { classTargetsOf, withClassTargets } from '../../../src/experiment/advise/candidate.js';
import { SimulationEvaluator } from '../../../src/experiment/advise/evaluator.js';
import { ladderOf } from '../../../src/experiment/advise/ladder.js';
import { runAdvice } from '../../../src/experiment/advise/run-advice.js';
import { skuClasses } from '../../../src/experiment/advise/sku-classes.js';
import { createRunner } from '../../../src/experiment/run/create-runner.js';
import { Interrupt } from '../../../src/experiment/run/interrupt.js';
import { pairedComparison } from '../../../src/experiment/statistics/paired.js';
import { loadStudyScenario } from '../../../src/experiment/load-study-scenario.js';
import { runReplication } from '../../../src/model/replication.js';
import { poissonPmf } from '../../../src/model/inventory/base-stock.js';
import { newsvendorFile } from './newsvendor.js';

const LAMBDA = 2;
const L = 5;
const T = 3650; // the longest horizon a scenario may set
const N = 22;
const UNIT_COST = 5;
const H_YEAR = 0.365;
const H = (H_YEAR * UNIT_COST) / 365;
const F = 0.83;
const B = (H * F) / (1 - F);

const cdf = (mean: number, s: number) => {
  const p = poissonPmf(mean, s);
  let c = 0;
  for (let d = 0; d <= s; d++) c += p[d];
  return c;
};
/** Smallest S with P(D ≤ S + shift) ≥ f. */
const smallest = (mean: number, f: number, shift = 0) => {
  let s = 0;
  while (cdf(mean, s + shift) < f) s++;
  return s;
};
const seTime = (p: number, t = T, n = N) => Math.sqrt((2 * L * p * (1 - p)) / (t * n));
const seFill = (p: number, rate: number) => Math.sqrt((p * (1 - p) * (1 + 2 * rate * L)) / (rate * T * N));
const ONE = { kind: 'bands' as const, bands: [{ name: 'all', share: 1 }] };

describe('the advisor on the Poisson base-stock newsvendor', () => {
  const file = newsvendorFile({ rate: LAMBDA, leadTime: L, horizon: T, costRatio: UNIT_COST / 10 });
  const mean = LAMBDA * L;

  it('recommends S*, the smallest S with P(D ≤ S) ≥ b/(b + h)', async () => {
    const sStar = smallest(mean, F);
    expect(sStar).toBe(13);
    // the design leaves ≥ 4 standard errors between the fractile and both cdf values
    for (const s of [sStar - 1, sStar]) expect(Math.abs(cdf(mean, s) - F) / seTime(cdf(mean, s))).toBeGreaterThan(4);

    const { advice } = await runAdvice({
      file,
      knob: 'units',
      objective: { kind: 'cost' },
      classes: ONE,
      rates: { holdingRate: H_YEAR, backorderCostPerUnitDay: B },
      reps: N,
      workers: 1,
      compare: false,
    });
    expect(advice.classes.map((c) => c.value)).toEqual([sStar]);
    expect(advice.method.stoppedBecause).toBe('converged');

    // p̄ read back from the paired differences: J(S*+1) − J(S*) = T[(h+b)p̄(S*) − b], J(S*−1) − J(S*) = −T[(h+b)p̄(S*−1) − b]
    const up = advice.neighbours.find((n) => n.direction === 'up')!;
    const down = advice.neighbours.find((n) => n.direction === 'down')!;
    const pAt = (up.scoreDiff.mean / T + B) / (H + B);
    const pBelow = (B - down.scoreDiff.mean / T) / (H + B);
    expect(Math.abs(pAt - cdf(mean, sStar))).toBeLessThan(4 * seTime(cdf(mean, sStar)));
    expect(Math.abs(pBelow - cdf(mean, sStar - 1))).toBeLessThan(4 * seTime(cdf(mean, sStar - 1)));
    // both neighbours cost more, beyond their paired 95% intervals
    expect(up.scoreDiff.ci95![0]).toBeGreaterThan(0);
    expect(down.scoreDiff.ci95![0]).toBeGreaterThan(0);
  }, 120_000);

  it('with a fill-rate target: the fewest units that reach it, S = 14', async () => {
    const s = smallest(mean, F, -1);
    expect(s).toBe(14);
    for (const k of [s - 1, s]) expect(Math.abs(cdf(mean, k - 1) - F) / seFill(cdf(mean, k - 1), LAMBDA)).toBeGreaterThan(4);

    const { advice } = await runAdvice({
      file,
      knob: 'units',
      objective: { kind: 'target', metric: 'fillRate', value: F },
      classes: ONE,
      rates: { holdingRate: H_YEAR, backorderCostPerUnitDay: 0 },
      reps: N,
      workers: 1,
      compare: false,
    });
    expect(advice.classes[0].value).toBe(s);
    expect(advice.achieved.fillRate.mean).toBeGreaterThanOrEqual(F);
    expect(Math.abs(advice.achieved.fillRate.mean - cdf(mean, s - 1))).toBeLessThan(4 * seFill(cdf(mean, s - 1), LAMBDA));
    // one unit fewer misses it
    expect(advice.neighbours).toEqual([expect.objectContaining({ direction: 'down', value: s - 1, reachesTarget: false })]);
  }, 120_000);

  it('per SKU: each SKU at its own critical-fractile level (the cost is separable by SKU)', async () => {
    // Zipf 1 over 2 SKUs: λ = 4/3 and 2/3 a day, E D = 6.67 and 3.33 → S* = 9 and 5
    const two = newsvendorFile({ rate: LAMBDA, leadTime: L, horizon: T, costRatio: UNIT_COST / 10, skus: 2, zipf: 1 });
    const means = [(LAMBDA * L * 2) / 3, (LAMBDA * L) / 3];
    const stars = means.map((m) => smallest(m, F));
    expect(stars).toEqual([9, 5]);
    for (const [i, m] of means.entries()) for (const s of [stars[i] - 1, stars[i]]) expect(Math.abs(cdf(m, s) - F) / seTime(cdf(m, s))).toBeGreaterThan(4);
    const { advice } = await runAdvice({
      file: two,
      knob: 'units',
      objective: { kind: 'cost' },
      classes: { kind: 'sku' },
      rates: { holdingRate: H_YEAR, backorderCostPerUnitDay: B },
      reps: N,
      workers: 1,
      compare: false,
    });
    expect(advice.classes.map((c) => [c.name, c.value])).toEqual([
      ['#1', 9],
      ['#2', 5],
    ]);
  }, 120_000);

  it('uses common random numbers: paired differences between candidates equal those of separate runs', async () => {
    const loaded = await loadStudyScenario(file);
    const short = { ...loaded.scenario, setups: loaded.scenario.setups.map((s) => ({ ...s, horizon: 400 })) };
    const merged = { ...short, setups: short.setups.filter((s) => s.name === 'merged') };
    const classes = skuClasses([1], ONE);
    const ladder = ladderOf('units');
    const indices = [0, 1, 2, 3];
    const runner = createRunner(1);
    try {
      const ev = new SimulationEvaluator({ scenario: merged, setup: 'merged', classes, ladder, indices, runner, interrupt: new Interrupt() });
      const [a, b] = [await ev.evaluate([11]), await ev.evaluate([14])];
      // separate runs of the whole study at each level, replication by replication
      const separate = (level: number) =>
        indices.map((k) => runReplication(withClassTargets(short, classTargetsOf(classes, ladder, [level])), k).setups.merged.metrics);
      const [sa, sb] = [separate(11), separate(14)];
      for (const f of ['avgOnHandValue', 'avgBackorderUnits', 'fillRate', 'netMargin'] as const) {
        expect(a.figures[f]).toEqual(sa.map((m) => m[f]));
        expect(b.figures[f]).toEqual(sb.map((m) => m[f]));
        expect(pairedComparison(b.figures[f], a.figures[f])).toEqual(pairedComparison(sb.map((m) => m[f]), sa.map((m) => m[f])));
      }
    } finally {
      await runner.close();
    }
  }, 120_000);
});
