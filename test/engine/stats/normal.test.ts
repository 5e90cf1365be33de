import { describe, expect, it } from 'vitest';
import { engineMessages, millsRatio, normalCdf, normalQuantile, normalSf } from '../../../src/engine/index.js';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('normal quantile (AS 241)', () => {
  // Reference values: SciPy 1.17.1 `scipy.stats.norm.ppf`, confirmed with mpmath 1.3.0
  // (√2·erfinv(2p − 1) at 40 digits); 1.959964 etc. are also in every printed z table.
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.999, 3.090232306167813],
    [0.3, -0.5244005127080409],
    [1e-10, -6.361340902404056],
    [1e-300, -37.0470962993612],
  ])('Φ⁻¹(%d) = %d', (p, want) => {
    expect(rel(normalQuantile(p), want)).toBeLessThan(1e-14);
  });

  it('maps 0 and 1 to ∓∞ and rejects p outside [0, 1]', () => {
    expect([normalQuantile(0), normalQuantile(1), normalQuantile(0.5)]).toEqual([-Infinity, Infinity, 0]);
    expect(() => normalQuantile(-0.1)).toThrow(engineMessages.probabilityOutOfRange('normalQuantile', -0.1, '[0, 1]'));
  });
});

describe('normal distribution function', () => {
  // mpmath 1.3.0 `ncdf` at 40 digits.
  it.each([
    [-3, 0.9986501019683699],
    [0.5, 0.3085375387259869],
    [2.5, 0.006209665325776135],
    [6, 9.86587645037698e-10],
    [30, 4.906713927148187e-198],
  ])('Q(%d) = %d', (x, want) => {
    expect(rel(normalSf(x), want)).toBeLessThan(1e-14);
    expect(rel(normalCdf(-x), want)).toBeLessThan(1e-14);
  });

  it('Mills ratio is √(π/2) at 0 and ~1/x far out, without underflow', () => {
    expect(rel(millsRatio(0), Math.sqrt(Math.PI / 2))).toBeLessThan(1e-15);
    // R(x) = 1/x − 1/x³ + 3/x⁵ − … (A&S 26.2.12); at x = 1000 the fourth term is below 1e-16.
    const x = 1000;
    expect(rel(millsRatio(x), 1 / x - 1 / x ** 3 + 3 / x ** 5)).toBeLessThan(1e-15);
  });

  it('is continuous where the series hands over to the continued fraction (2.5)', () => {
    expect(rel(normalSf(2.5 - 1e-12), normalSf(2.5))).toBeLessThan(1e-10);
  });
});
