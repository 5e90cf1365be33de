/**
 * The model's pick station against Erlang C (model class 2,
 * scenarios/class2-picking-station.yaml): Poisson orders at λ = 240/day, c = 3 pickers,
 * exponential pick times with mean 1/μ = 0.01 days, unlimited stock, instantaneous QC,
 * handover and transit — an M/M/3 queue at ρ = 0.8. With a = λ/μ:
 *   C(c, a) = [a^c/c! · 1/(1−ρ)] / [Σ_{k<c} a^k/k! + a^c/c! · 1/(1−ρ)],
 *   Wq = C(c, a)/(cμ − λ), W = Wq + 1/μ (Kleinrock, Queueing Systems I, 1975, §3.5).
 * The model's `warehouseWaitDaysMean` is Wq; `fulfilmentDaysMean` is W.
 *
 * Tolerance: R = 30 replications; pass if |mean − exact| < t(0.9995, R − 1) · s / √R.
 */
import { describe, expect, it } from 'vitest';
import { maxUplift, simulateSetup } from '../../src/model/replication.js';
import { halfWidth, mean } from '../model/helpers/stats.js';
import { bundled } from '../model/helpers/scenarios.js';
import { erlangC } from './mmc-queue.js';

// The mean wait of a queue at ρ = 0.8 is a right-skewed estimate (rare long busy periods),
// so the t interval needs many replications: R = 30 of 100 days each.
const R = 30;
const LAMBDA = 240;
const MU = 100;
const C = 3;

describe('pick station as an M/M/3 (class 2)', () => {
  const scenario = bundled('class2-picking-station.yaml', { horizon: 100 });
  const setup = scenario.setups.find((s) => s.name === 'unmerged')!;
  const runs = Array.from({ length: R }, (_, k) => simulateSetup(scenario, setup, k, maxUplift(scenario)));
  const theory = erlangC(LAMBDA, MU, C);
  const wq = theory.wq;

  it('Erlang C value for the parameters (hand check: C(3, 2.4) = 11.52 / 17.80)', () => {
    expect(theory.pWait).toBeCloseTo(11.52 / 17.8, 12);
  });

  it('mean queue wait matches Wq', () => {
    const xs = runs.map((r) => r.result.metrics.warehouseWaitDaysMean);
    expect(Math.abs(mean(xs) - wq), `${mean(xs)} vs ${wq}`).toBeLessThan(halfWidth(xs));
  });

  it('mean fulfilment time matches W = Wq + 1/μ', () => {
    const xs = runs.map((r) => r.result.metrics.fulfilmentDaysMean);
    expect(Math.abs(mean(xs) - theory.w)).toBeLessThan(halfWidth(xs));
  });

  it('Little for the queue: time-average queue length = λ · Wq', () => {
    // Lq over the whole run [0, T] from the exact queue integral, against λ Wq (theory)
    const xs = runs.map((r) => r.diagnostics.queueArea[0] / r.diagnostics.endTime);
    expect(Math.abs(mean(xs) - LAMBDA * wq)).toBeLessThan(halfWidth(xs));
  });
});
