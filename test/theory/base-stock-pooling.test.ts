/**
 * Risk pooling against the exact Poisson base-stock formulas (model class 1,
 * scenarios/class1-base-stock.yaml): one SKU, shops with Poisson unit demand λ_i, continuous
 * base-stock S with a deterministic lead time L, backorders. With D ~ Poisson(λL):
 * fill rate = P(D ≤ S − 1), E[on hand] = Σ_{d<S}(S − d)P(d), E[backorders] = Σ_{d>S}(d − S)P(d)
 * (Zipkin 2000, §6.2). Unmerged: each shop its own S_i against Poisson(λ_i L); merged: one
 * pool against Poisson(Σλ_i L).
 *
 * Tolerance: R replications; pass if |mean − exact| < t(0.9995, R − 1) · s / √R.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/replication.js';
import {
  minBaseStockForFillRate,
  poissonExpectedBackorders,
  poissonExpectedOnHand,
  poissonFillRate,
} from '../../src/model/inventory/base-stock.js';
import { halfWidth, mean } from '../model/helpers/stats.js';
import { rawScenario, scenarioFrom } from '../model/helpers/scenarios.js';

const R = 10;
const LEAD = 5;
const TARGET = 0.95;
const RATES = [2, 3, 5];

/** Poisson pmf by the textbook product form, independent of the model's implementation. */
function pmf(m: number, d: number): number {
  let p = Math.exp(-m);
  for (let i = 1; i <= d; i++) p *= m / i;
  return p;
}

function exact(rate: number) {
  const m = rate * LEAD;
  const S = minBaseStockForFillRate(m, TARGET);
  return { S, fill: poissonFillRate(S, m), onHand: poissonExpectedOnHand(S, m), backorders: poissonExpectedBackorders(S, m) };
}

function simulate(raw: Record<string, unknown>) {
  const scenario = scenarioFrom(raw);
  const outs = Array.from({ length: R }, (_, k) => runReplication(scenario, k));
  const pick = (setup: string, metric: 'fillRate' | 'avgOnHandUnits' | 'avgBackorderUnits') =>
    outs.map((o) => o.setups[setup].metrics[metric]);
  return { pick };
}

describe('Poisson base-stock formulas', () => {
  it('match a direct summation (S from the textbook pmf)', () => {
    for (const m of [0.3, 4, 10, 50]) {
      for (const S of [1, 3, Math.ceil(m), Math.ceil(m + 2 * Math.sqrt(m))]) {
        let fill = 0;
        let onHand = 0;
        let back = 0;
        for (let d = 0; d < 400; d++) {
          const p = pmf(m, d);
          if (d <= S - 1) fill += p;
          if (d < S) onHand += (S - d) * p;
          if (d > S) back += (d - S) * p;
        }
        expect(poissonFillRate(S, m)).toBeCloseTo(fill, 12);
        expect(poissonExpectedOnHand(S, m)).toBeCloseTo(onHand, 10);
        expect(poissonExpectedBackorders(S, m)).toBeCloseTo(back, 10);
      }
    }
  });

  it('give the smallest S reaching the fill-rate target', () => {
    for (const m of [0.05, 1, 10, 15, 25, 50, 400]) {
      const S = minBaseStockForFillRate(m, TARGET);
      expect(poissonFillRate(S, m)).toBeGreaterThanOrEqual(TARGET);
      if (S > 0) expect(poissonFillRate(S - 1, m)).toBeLessThan(TARGET);
    }
    // P(D ≤ 15) = 0.9513 ≥ 0.95 > P(D ≤ 14) = 0.9165 for D ~ Poisson(10) (direct sum)
    expect(minBaseStockForFillRate(10, TARGET)).toBe(16);
    expect(minBaseStockForFillRate(0, TARGET)).toBe(0);
  });
});

describe('simulated base-stock vs the exact formulas (class 1)', () => {
  const raw = rawScenario('class1-base-stock.yaml');
  const both = simulate(raw);

  it('unmerged: every shop at its own S_i, fill rate, on hand and backorders', () => {
    const shops = RATES.map(exact);
    const total = RATES.reduce((a, b) => a + b, 0);
    const fill = shops.reduce((a, s, i) => a + (RATES[i] / total) * s.fill, 0);
    const onHand = shops.reduce((a, s) => a + s.onHand, 0);
    const backorders = shops.reduce((a, s) => a + s.backorders, 0);
    for (const [metric, want] of [
      ['fillRate', fill],
      ['avgOnHandUnits', onHand],
      ['avgBackorderUnits', backorders],
    ] as const) {
      const xs = both.pick('unmerged', metric);
      expect(Math.abs(mean(xs) - want), `${metric}: ${mean(xs)} vs ${want}`).toBeLessThan(halfWidth(xs));
    }
  });

  it('merged: one pool at S against Poisson(Σλ L)', () => {
    const pool = exact(RATES.reduce((a, b) => a + b, 0));
    expect(pool.S).toBe(63);
    for (const [metric, want] of [
      ['fillRate', pool.fill],
      ['avgOnHandUnits', pool.onHand],
      ['avgBackorderUnits', pool.backorders],
    ] as const) {
      const xs = both.pick('merged', metric);
      expect(Math.abs(mean(xs) - want), `${metric}: ${mean(xs)} vs ${want}`).toBeLessThan(halfWidth(xs));
    }
  });

  it('per shop: a shop on its own matches its own formula', () => {
    const one = { ...raw, shops: [(raw.shops as object[])[0]] };
    const sim = simulate(one);
    const shop = exact(RATES[0]);
    expect(shop.S).toBe(16);
    for (const [metric, want] of [
      ['fillRate', shop.fill],
      ['avgOnHandUnits', shop.onHand],
      ['avgBackorderUnits', shop.backorders],
    ] as const) {
      const xs = sim.pick('unmerged', metric);
      expect(Math.abs(mean(xs) - want), `${metric}: ${mean(xs)} vs ${want}`).toBeLessThan(halfWidth(xs));
    }
  });
});

describe('square-root law', () => {
  // Safety stock SS = S − λL for a fill-rate target. For Poisson lead-time demand m, the
  // Cornish–Fisher expansion gives the (S−1) quantile ≈ m + z√m + (z² − 1)/6, so
  // SS(m) = z√m + (z² − 1)/6 + 1 + ε with |ε| ≤ 1 (integer rounding) + O(1/√m). Pooling N equal
  // shops: Σ SS_i ≈ N z√m, pooled SS ≈ z√(N m): the ratio tends to √N as m grows.
  const z = 1.6448536269514722; // Φ⁻¹(0.95)

  it('safety stock tracks z√m within the rounding bound', () => {
    for (const m of [100, 400, 1600, 6400]) {
      const ss = minBaseStockForFillRate(m, TARGET) - m;
      expect(Math.abs(ss - (z * Math.sqrt(m) + (z * z - 1) / 6 + 1))).toBeLessThanOrEqual(1.5);
    }
  });

  it('N shops need √N times the pooled safety stock', () => {
    for (const N of [4, 9]) {
      const m = 400;
      const separate = N * (minBaseStockForFillRate(m, TARGET) - m);
      const pooled = minBaseStockForFillRate(N * m, TARGET) - N * m;
      // each SS has an additive error ≤ 1.5 plus the constant (z²−1)/6 + 1 ≈ 1.28 not scaling
      // with √m; bound the ratio by propagating ±(1.5 + 1.28) on each side
      const c = 1.5 + (z * z - 1) / 6 + 1;
      const lo = (N * (z * Math.sqrt(m) - c)) / (z * Math.sqrt(N * m) + c);
      const hi = (N * (z * Math.sqrt(m) + c)) / (z * Math.sqrt(N * m) - c);
      expect(separate / pooled).toBeGreaterThan(lo);
      expect(separate / pooled).toBeLessThan(hi);
      expect(lo).toBeGreaterThan(Math.sqrt(N) * 0.8);
    }
  });
});
