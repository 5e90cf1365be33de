import { describe, expect, it } from 'vitest';
import { engineMessages, tCdf, tPdf, tQuantile, tSf } from '../../../src/engine/index.js';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('tQuantile', () => {
  // Printed critical values, NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2
  // "Critical values of the Student's t distribution" (3 decimals): |error| ≤ 0.0005.
  it.each([
    [0.975, 1, 12.706],
    [0.995, 1, 63.657],
    [0.95, 5, 2.015],
    [0.975, 5, 2.571],
    [0.975, 10, 2.228],
    [0.99, 10, 2.764],
    [0.999, 10, 4.144],
    [0.95, 30, 1.697],
    [0.975, 30, 2.042],
    [0.999, 30, 3.385],
    [0.975, 100, 1.984],
  ])('p = %d, df = %d matches the NIST table value %d', (p, df, want) => {
    expect(Math.abs(tQuantile(p, df) - want)).toBeLessThanOrEqual(0.0005);
  });

  // 16-digit values from SciPy 1.17.1 (`scipy.stats.t.ppf`), each confirmed to ≥ 16 digits by
  // solving ½·I_{df/(df+t²)}(df/2, ½) = 1 − p with mpmath 1.3.0 at 40 digits.
  it.each([
    [0.975, 3, 3.1824463052837078],
    [0.975, 10, 2.228138851986274],
    [0.999, 9, 4.296805662729918],
    [0.999, 29, 3.3962402883568026],
    [0.995, 4, 4.604094871349992],
    [0.9, 7.5, 1.4052118464159533],
    [1e-10, 5, -156.82559270889433],
    [0.99, 1000, 2.330082674755513],
    [0.6, 20, 0.2567427538545021],
  ])('p = %d, df = %d is %d to 1e-12', (p, df, want) => {
    expect(rel(tQuantile(p, df), want)).toBeLessThan(1e-12);
  });

  it('is accurate to 1e-10 for df = 1e6 (SciPy/mpmath value 1.959966356814107)', () => {
    expect(rel(tQuantile(0.975, 1e6), 1.959966356814107)).toBeLessThan(1e-10);
  });

  // Closed forms (Hill, "Algorithm 396", CACM 13(10), 1970; Shaw, "Sampling Student's T
  // distribution", J. Comp. Finance 9(4), 2006): df = 1 is Cauchy, df = 4 has a cubic root.
  it('matches the closed forms for df = 1, 2 and 4', () => {
    for (const p of [1e-8, 0.01, 0.2, 0.7, 0.975, 0.999999]) {
      // tan(π(p − ½)), written as ∓cot(π·tail) so the reference itself keeps full precision.
      const cauchy = p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
      expect(rel(tQuantile(p, 1), cauchy)).toBeLessThan(1e-12);
      expect(rel(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeLessThan(1e-12);
      const a = 4 * p * (1 - p);
      const q = Math.cos(Math.acos(Math.sqrt(a)) / 3) / Math.sqrt(a);
      expect(rel(tQuantile(p, 4), Math.sign(p - 0.5) * 2 * Math.sqrt(q - 1))).toBeLessThan(1e-11);
    }
  });

  it('is the normal quantile for df = ∞ and odd-symmetric', () => {
    expect(rel(tQuantile(0.975, Infinity), 1.959963984540054)).toBeLessThan(1e-15);
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tQuantile(0.25, 7)).toBe(-tQuantile(0.75, 7));
    expect([tQuantile(0, 3), tQuantile(1, 3)]).toEqual([-Infinity, Infinity]);
  });

  it('inverts tCdf', () => {
    for (const df of [1.5, 3, 12, 250]) {
      for (const p of [1e-9, 0.05, 0.3, 0.8, 0.9999]) expect(rel(tCdf(tQuantile(p, df), df), p)).toBeLessThan(1e-12);
    }
  });

  it('rejects p outside [0, 1] and df ≤ 0 with catalogue messages', () => {
    expect(() => tQuantile(1.2, 3)).toThrow(engineMessages.probabilityOutOfRange('tQuantile', 1.2, '[0, 1]'));
    expect(() => tQuantile(0.5, 0)).toThrow(engineMessages.badDegreesOfFreedom('tQuantile', 0));
    expect(() => tQuantile(NaN, 3)).toThrow(RangeError);
  });
});

describe('tSf and tPdf', () => {
  // SciPy 1.17.1 `scipy.stats.t.sf` / `.pdf`.
  it('match reference values', () => {
    expect(rel(tSf(2.228138851986274, 10), 0.025)).toBeLessThan(1e-13);
    expect(rel(tSf(30, 100000), 3.68926843611138e-197)).toBeLessThan(1e-11);
    expect(rel(tPdf(2.228138851986274, 10), 0.042384984669436784)).toBeLessThan(1e-13);
    expect(rel(tPdf(0, 1), 1 / Math.PI)).toBeLessThan(1e-15);
    expect(tSf(-1, 3) + tSf(1, 3)).toBeCloseTo(1, 15);
  });
});
