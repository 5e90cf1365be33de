import { describe, expect, it } from 'vitest';
import { summarize, tHalfWidth } from '../../../src/experiment/statistics/summary.js';

describe('summarize', () => {
  it('matches a hand-computed t interval', () => {
    // Reference: scipy 1.x, st.t.interval(0.95, 3, loc=2.5, scale=st.sem([1,2,3,4]))
    // → (0.4457397432394794, 4.554260256760521); np.std([1,2,3,4], ddof=1) = 1.2909944487358056
    const s = summarize([1, 2, 3, 4]);
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(1.2909944487358056, 12);
    expect(s.ci95![0]).toBeCloseTo(0.4457397432394794, 10);
    expect(s.ci95![1]).toBeCloseTo(4.554260256760521, 10);
    expect(s.n).toBe(4);
  });

  it('gives null spread for one value and null mean for none', () => {
    expect(summarize([3])).toEqual({ mean: 3, sd: null, ci95: null, n: 1 });
    expect(summarize([])).toEqual({ mean: null, sd: null, ci95: null, n: 0 });
  });

  it('leaves out values the model could not compute', () => {
    expect(summarize([1, NaN, 2, 3, 4, Infinity])).toEqual(summarize([1, 2, 3, 4]));
  });

  it('tHalfWidth is t(0.975, n−1)·sd/√n', () => {
    // t(0.975, 3) = 3.182446305284263 (scipy st.t.ppf(0.975, 3)); 3.182446305284263 · 1 / 2
    expect(tHalfWidth(1, 4)).toBeCloseTo(1.5912231526421315, 12);
    expect(tHalfWidth(1, 1)).toBeNull();
  });
});
