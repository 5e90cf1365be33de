import { sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../../src/engine/stats/student-t.js';
import { pairedComparison } from '../../../src/experiment/statistics/paired.js';
import { syntheticReplicate, syntheticScenario } from '../fixtures/synthetic.js';

/** Unpaired (two independent samples, pooled variance) 95% half-width, for comparison. */
function unpairedHalfWidth(a: number[], b: number[]): number {
  const n = a.length;
  const pooledVar = (sampleStandardDeviation(a) ** 2 + sampleStandardDeviation(b) ** 2) / 2;
  return tQuantile(0.975, 2 * n - 2) * Math.sqrt(pooledVar * (2 / n));
}

describe('pairedComparison', () => {
  it('matches hand-computed values', () => {
    // d = [5−7, 6−8, 7−10] = [−2, −2, −3]; mean −7/3; scipy st.t.interval(0.95, 2, loc=-7/3,
    // scale=st.sem(d)) → (−3.767550909916488, −0.8991157567501793); relative −7/3 ÷ 25/3 = −0.28
    const p = pairedComparison([5, 6, 7], [7, 8, 10]);
    expect(p.meanDiff).toBeCloseTo(-7 / 3, 12);
    expect(p.ci95![0]).toBeCloseTo(-3.767550909916488, 10);
    expect(p.ci95![1]).toBeCloseTo(-0.8991157567501793, 10);
    expect(p.relativeChange).toBeCloseTo(-0.28, 12);
    expect(p.n).toBe(3);
  });

  it('pairs only replications where both values exist', () => {
    expect(pairedComparison([5, NaN, 6, 7], [7, 1, 8, 10])).toEqual(pairedComparison([5, 6, 7], [7, 8, 10]));
  });

  it('reports no relative change against a zero baseline, no interval from one pair', () => {
    expect(pairedComparison([1, 2], [0, 0]).relativeChange).toBeNull();
    expect(pairedComparison([1], [2])).toEqual({ meanDiff: -1, ci95: null, relativeChange: -0.5, n: 1 });
  });

  it('throws on samples of different lengths', () => {
    expect(() => pairedComparison([1], [1, 2])).toThrow(RangeError);
  });

  it('is narrower than the unpaired interval on positively correlated replications', () => {
    // Synthetic study: each replication shares common ~ N(0,1) between setups, own ~ N(0, 0.1²),
    // so Var(d) = 2·0.01 against Var(a) + Var(b) ≈ 2.02 unpaired: about ten times narrower.
    const scenario = syntheticScenario();
    const outs = Array.from({ length: 20 }, (_, k) => syntheticReplicate(scenario, k));
    const a = outs.map((o) => o.setups.merged.metrics.fulfilmentDaysMean);
    const b = outs.map((o) => o.setups.unmerged.metrics.fulfilmentDaysMean);
    const p = pairedComparison(a, b);
    const paired = (p.ci95![1] - p.ci95![0]) / 2;
    expect(paired).toBeLessThan(unpairedHalfWidth(a, b));
  });
});
