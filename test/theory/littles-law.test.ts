import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/engine/index.js';
import { mean, sampleSd } from '../model/helpers/stats.js';
import { erlangC, runMmc } from './mmc-queue.js';

// M/M/2 with λ = 1.5, μ = 1 (utilisation 0.75), measured over [100, 1100) days.
const PARAMS = { lambda: 1.5, mu: 1, servers: 2, warmupDays: 100, horizonDays: 1100 };
const WINDOW = PARAMS.horizonDays - PARAMS.warmupDays;
const R = 30;
const SEED = 5;

describe("Little's law L = λW on sample paths", () => {
  const runs = Array.from({ length: R }, (_, k) => runMmc(PARAMS, SEED, k));

  // On one path, with L̂ = ∫N dt / T (time-average number in system over the window of length
  // T), λ̂ = arrivals in the window / T and Ŵ = their mean sojourn,
  //   L̂ − λ̂Ŵ = (E₀ − E₁)/T,
  // where E₀ is the in-window time of the customers already present at the window's start and
  // E₁ the after-window time of window arrivals still present at its end (Stidham's
  // sample-path proof of L = λW, Oper. Res. 22(2), 1974). This identity is exact, so it is
  // checked to rounding (1e-9 relative), per path.
  it('holds on every path up to the two edge terms, exactly', () => {
    for (const r of runs) {
      expect(Math.abs(r.area - (r.sumSojourn + r.edgeStart - r.edgeEnd))).toBeLessThan(1e-9 * r.area);
    }
  });

  // In steady state E₀ and E₁ have the same expectation (the mean remaining time in system of
  // those present at a fixed instant), so D = L̂ − λ̂Ŵ has mean 0. Over R independent paths,
  // pass when |mean(D)| < t(0.999, R − 1)·s_D/√R (two-sided level 0.002).
  it('L̂ − λ̂Ŵ averages to zero across replications (t interval)', () => {
    const d = runs.map((r) => r.area / WINDOW - (r.customers / WINDOW) * (r.sumSojourn / r.customers));
    const halfWidth = (tQuantile(0.999, R - 1) * sampleSd(d)) / Math.sqrt(R);
    expect(Math.abs(mean(d))).toBeLessThan(halfWidth);
  });

  // And the time-average L̂ agrees with λW from Erlang C (same t-interval rule).
  it('L̂ matches λ·W from Erlang C (t interval)', () => {
    const l = runs.map((r) => r.area / WINDOW);
    const want = PARAMS.lambda * erlangC(PARAMS.lambda, PARAMS.mu, PARAMS.servers).w;
    const halfWidth = (tQuantile(0.999, R - 1) * sampleSd(l)) / Math.sqrt(R);
    expect(Math.abs(mean(l) - want)).toBeLessThan(halfWidth);
  });
});
