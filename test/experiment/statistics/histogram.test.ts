import { describe, expect, it } from 'vitest';
import { histogramQuantile, sumHistograms } from '../../../src/experiment/statistics/histogram.js';

describe('sumHistograms', () => {
  it('adds bin by bin, padding shorter histograms', () => {
    expect(sumHistograms([{ binWidthDays: 1, counts: [1, 2] }, { binWidthDays: 1, counts: [0, 1, 4] }])).toEqual({
      binWidthDays: 1,
      counts: [1, 3, 4],
    });
  });
  it('refuses different bin widths', () => {
    expect(() => sumHistograms([{ binWidthDays: 1, counts: [] }, { binWidthDays: 2, counts: [] }])).toThrow(RangeError);
  });
});

describe('histogramQuantile', () => {
  const h = { binWidthDays: 0.5, counts: [0, 4, 4, 2] };
  it('interpolates inside the bin where the cumulative count reaches p·N', () => {
    // N = 10. p = 0.5: target 5; bins [0.5,1) holds 4 (cum 4), [1,1.5) holds 4 → 1 + (5−4)/4 · 0.5 = 1.125
    expect(histogramQuantile(h, 0.5)).toBeCloseTo(1.125, 12);
    // p = 0.2: target 2 inside bin 1: 0.5 + 2/4 · 0.5 = 0.75
    expect(histogramQuantile(h, 0.2)).toBeCloseTo(0.75, 12);
  });
  it('returns the lower edge of the open last bin', () => {
    // p = 0.95: target 9.5 > cum 8 → open bin [1.5, ∞) → 1.5
    expect(histogramQuantile(h, 0.95)).toBe(1.5);
  });
  it('is null for an empty histogram', () => {
    expect(histogramQuantile({ binWidthDays: 1, counts: [0, 0] }, 0.5)).toBeNull();
  });
});
