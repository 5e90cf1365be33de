import { describe, expect, it } from 'vitest';
import { breakEvenDay, medianInterval, wilsonInterval } from '../../../src/experiment/statistics/break-even.js';

describe('breakEvenDay', () => {
  it('is the first day after which the running sum stays above zero', () => {
    // −100 on day 1, +10 a day after: the sum is −90 … 0 at the end of day 11, +10 at day 12
    expect(breakEvenDay([-100, ...Array(20).fill(10)])).toBe(12);
    expect(breakEvenDay([5, 5, 5])).toBe(1);
    // a dip below zero after a first crossing moves break-even past the dip
    expect(breakEvenDay([10, -20, 5, 10, 1])).toBe(4);
  });
  it('is null when the sum is not above zero at the end', () => {
    expect(breakEvenDay([-1, 1])).toBeNull();
    expect(breakEvenDay([-5, 1, 1])).toBeNull();
    expect(breakEvenDay([])).toBeNull();
  });
});

describe('medianInterval', () => {
  it('takes the order statistics of Binomial(n, ½)', () => {
    // n = 10: P(B ≤ 1) = 11/1024 ≤ 0.025 < P(B ≤ 2) = 56/1024 → [x(2), x(9)]
    const xs = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(medianInterval(xs)).toEqual({ median: 5.5, ci95: [2, 9] });
  });
  it('sorts censored values last and reports bounds beyond the horizon as null', () => {
    expect(medianInterval([3, 1, 2, null, 5, 4, 6, 7])).toEqual({ median: 4.5, ci95: [1, null] });
    expect(medianInterval([null, null, null, 1, 2, 3, 4, null, null, null]).median).toBeNull();
  });
  it('gives no interval below six values', () => {
    expect(medianInterval([1, 2, 3, 4, 5]).ci95).toBeNull();
  });
});

describe('wilsonInterval', () => {
  it('matches the closed form', () => {
    const [lo, hi] = wilsonInterval(9, 10)!;
    expect(lo).toBeCloseTo(0.5958, 4);
    expect(hi).toBeCloseTo(0.9821, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
