/**
 * `minBaseStockForFillRate` sums the fill rate upwards from e^−m and falls back to the exact
 * search over `poissonPmf`'s window only near a tie; it must return exactly what the search
 * over `poissonPmf` returns (the stock targets, and so every result, depend on it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSearches, FAST_MAX_MEAN, minBaseStockForFillRate, poissonPmf } from '../../../src/model/inventory/base-stock.js';

/** The search as it was: the smallest S with Σ_{d<S} poissonPmf(m, upTo)[d] ≥ target. */
function reference(mean: number, target: number): number {
  if (mean <= 0) return 0;
  const upTo = Math.ceil(mean + 40 * Math.sqrt(mean) + 40);
  const p = poissonPmf(mean, upTo);
  let cdf = 0;
  for (let s = 1; s <= upTo + 1; s++) {
    cdf += p[s - 1];
    if (cdf >= target) return s;
  }
  return upTo + 1;
}

/** The fill rates the reference compares with the target, so a target can sit exactly on one. */
function cdfs(mean: number): number[] {
  const upTo = Math.ceil(mean + 40 * Math.sqrt(mean) + 40);
  const p = poissonPmf(mean, upTo);
  const out: number[] = [];
  let cdf = 0;
  for (let s = 1; s <= upTo + 1; s++) out.push((cdf += p[s - 1]));
  return out;
}

describe('minBaseStockForFillRate', () => {
  it('agrees with the search over poissonPmf for means from 10⁻⁸ to 5,000 and any target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -8, max: Math.log10(5000), noNaN: true }),
        fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
        (logMean, target) => {
          const mean = 10 ** logMean;
          expect(minBaseStockForFillRate(mean, target)).toBe(reference(mean, target));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees on targets exactly at, just below and just above a fill rate (the exact search decides)', () => {
    for (const mean of [0.001, 0.37, 1, 2.5, 9.99, 48, 310, FAST_MAX_MEAN, 777]) {
      const c = cdfs(mean);
      for (const s of [0, 1, 2, Math.floor(c.length / 3), Math.floor(c.length / 2)]) {
        const x = c[s];
        if (!(x > 0 && x < 1)) continue;
        for (const target of [x, x - 1e-15, x + 1e-15, x - 1e-10, x + 1e-10, x * (1 - 1e-12)]) {
          expect(minBaseStockForFillRate(mean, target), `mean ${mean} target ${target}`).toBe(reference(mean, target));
        }
      }
    }
  });

  it('agrees at the edges: mean 0, targets 0, 1 and NaN', () => {
    for (const mean of [0, 1e-300, 0.5, 30, 900]) {
      for (const target of [0, 1, 1 - 1e-17, Number.NaN, 0.9]) expect(minBaseStockForFillRate(mean, target)).toBe(reference(mean, target));
    }
  });

  it('runs the exact search only near a tie: none for 10⁴ typical stock points', () => {
    const before = exactSearches;
    for (let k = 1; k <= 10_000; k++) minBaseStockForFillRate(40 * k ** -0.8, 0.9);
    expect(exactSearches - before).toBe(0);
  });
});
