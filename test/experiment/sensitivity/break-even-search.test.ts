/**
 * The break-even search's pieces on known curves: a bracket is two neighbours of opposite
 * sign; stepping out goes toward zero; the estimate of a linear difference with a band of
 * constant half-width is its exact root, with the interval where the band crosses zero.
 */
import { describe, expect, it } from 'vitest';
import { estimate, findBracket, secant, stepOut, type Evaluation } from '../../../src/experiment/sensitivity/break-even-search.js';

/** Δ(f) = slope·(f − root), 95% band ± half. */
const line = (root: number, slope: number, half: number) => (factor: number): Evaluation => {
  const mean = slope * (factor - root);
  return { factor, mean, ci95: [mean - half, mean + half] };
};

describe('break-even search', () => {
  it('brackets the first sign change, or nothing', () => {
    const f = line(1.3, 100, 5);
    const [a, b] = findBracket([f(1.5), f(0.5), f(1)])!;
    expect([a.factor, b.factor]).toEqual([1, 1.5]);
    expect(findBracket([f(1.5), f(2), f(3)])).toBeNull();
  });

  it('steps out toward zero: doubling above, halving below, never past the largest factor', () => {
    const rising = line(5, 10, 1);
    expect(stepOut([rising(0.5), rising(1), rising(1.5)], Infinity)).toBe(3);
    expect(stepOut([rising(0.5), rising(1), rising(1.5)], 2)).toBe(2);
    expect(stepOut([rising(0.5), rising(1), rising(2)], 2)).toBeNull();
    const falling = line(0.2, -10, 1);
    expect(stepOut([falling(0.5), falling(1), falling(1.5)], Infinity)).toBe(0.25);
  });

  it('finds the root of a linear difference exactly, with the band’s crossings as its interval', () => {
    const f = line(1.3, 100, 5); // band crosses 0 at 1.3 ± 5/100
    const points = [f(0.5), f(1), f(1.5), f(secant(f(1), f(1.5)))];
    const e = estimate(points, [f(1.3), f(1.5)]);
    expect(e.factor).toBeCloseTo(1.3, 12);
    expect(e.ci95[0]).toBeCloseTo(1.25, 12);
    expect(e.ci95[1]).toBeCloseTo(1.35, 12);
  });

  it('leaves an interval end open when the band does not cross zero inside the factors run', () => {
    const f = line(1.3, 100, 50); // the band crosses at 0.8 and 1.8; only [1, 1.5] was run
    const e = estimate([f(1), f(1.5)], [f(1), f(1.5)]);
    expect(e.factor).toBeCloseTo(1.3, 12);
    expect(e.ci95).toEqual([null, null]);
    const g = estimate([f(0.5), f(1), f(1.5)], [f(1), f(1.5)]);
    expect(g.ci95[0]).toBeCloseTo(0.8, 12);
    expect(g.ci95[1]).toBeNull();
  });
});
