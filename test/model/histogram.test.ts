/** The fixed-bin histogram's quantiles are within one bin width of the exact sample quantile. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binnedQuantile, FixedHistogram } from '../../src/model/metrics/histogram.js';

describe('FixedHistogram', () => {
  it('quantiles within one bin of the exact order statistic (property, numRuns 100)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 99, noNaN: true }), { minLength: 1, maxLength: 500 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (xs, p) => {
        const h = new FixedHistogram(0.5, 200);
        xs.forEach((x) => h.add(x));
        const sorted = [...xs].sort((a, b) => a - b);
        // the histogram's p-quantile lies between the order statistics around rank p·n, ± a bin
        const lo = sorted[Math.max(0, Math.ceil(p * xs.length) - 1)];
        const q = h.quantile(p);
        expect(q).toBeGreaterThanOrEqual(lo - 0.5 - 1e-9);
        expect(q).toBeLessThanOrEqual(lo + 0.5 + 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('counts overflow in the open last bin and is NaN when empty', () => {
    const h = new FixedHistogram(1, 3);
    expect(h.quantile(0.5)).toBeNaN();
    h.add(10);
    h.add(-1);
    expect(Array.from(h.counts)).toEqual([1, 0, 1]);
    expect(h.quantile(1)).toBe(2);
  });

  it('answers as binnedQuantile over its counts, with or without the total passed', () => {
    const h = new FixedHistogram(0.5, 4);
    [0.6, 0.7, 0.8, 0.9, 1.1, 1.2, 1.3, 1.4, 1.6, 9].forEach((x) => h.add(x));
    // counts [0, 4, 4, 2]; p = 0.5: rank 5, one into bin 2 of 4 → (2 + 1/4) · 0.5 = 1.125
    expect(h.quantile(0.5)).toBeCloseTo(1.125, 12);
    for (const p of [0, 0.2, 0.5, 0.9, 1]) expect(binnedQuantile(h.counts, 0.5, p)).toBe(h.quantile(p));
    expect(binnedQuantile([], 1, 0.5)).toBeNaN();
  });
});
