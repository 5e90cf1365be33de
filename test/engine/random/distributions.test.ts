import { describe, expect, it } from 'vitest';
import {
  AliasTable,
  ConstantSampler,
  DiscreteSampler,
  GammaSampler,
  LognormalSampler,
  NormalSampler,
  PoissonSampler,
  TruncatedNormalSampler,
  engineMessages,
  logGamma,
  makeSampler,
  normalQuantile,
  substream,
} from '../../../src/engine/index.js';
import type { DistributionSpec, Sampler } from '../../../src/engine/index.js';

// Every draw comes from a fixed seed; the tolerances below come from the sample size, never
// from the seed.
const SEED = 2024;
const N = 200_000;

/** A distribution under test, with its theoretical 4th central moment μ4 (for the variance check). */
interface Case {
  name: string;
  spec: DistributionSpec;
  mu4: (s: Sampler) => number;
  bounds?: [number, number];
}

const kurtosisTimesVar2 = (kurtosis: number) => (s: Sampler) => kurtosis * s.variance * s.variance;

/** μ4 of a lognormal with log-scale σ: σ_X⁴·(e^{4σ²} + 2e^{3σ²} + 3e^{2σ²} − 3) (JKB vol. 1, ch. 14). */
const lognormalMu4 = (sigma: number) => {
  const w = Math.exp(sigma * sigma);
  return kurtosisTimesVar2(w ** 4 + 2 * w ** 3 + 3 * w ** 2 - 3);
};

/** Moments of a discrete law by direct summation. */
function discreteMu4(values: number[], weights: number[]): (s: Sampler) => number {
  const total = weights.reduce((a, b) => a + b, 0);
  return (s) => values.reduce((acc, v, i) => acc + (weights[i] / total) * (v - s.mean) ** 4, 0);
}

/**
 * Moments of N(mu, sd²) truncated to [lo, hi] by composite Simpson quadrature of the density
 * (independent of the sampler's closed forms). The density is taken relative to its value at
 * the point of the interval nearest 0, so far tails do not underflow; the integration range is
 * cut where the density has fallen below e^-60.
 */
function truncatedNormalQuadrature(mu: number, sd: number, lo: number, hi: number) {
  const a = (lo - mu) / sd;
  const b = (hi - mu) / sd;
  const ref = a > 0 ? a : b < 0 ? b : 0;
  const reach = Math.sqrt(ref * ref + 120);
  const from = Math.max(a, -reach);
  const to = Math.min(b, reach);
  const steps = 200_000;
  const h = (to - from) / steps;
  const moment = (k: number, c: number) => {
    let sum = 0;
    for (let i = 0; i <= steps; i++) {
      const z = from + i * h;
      const w = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
      sum += w * Math.exp(-0.5 * (z - ref) * (z + ref)) * (z - c) ** k;
    }
    return (sum * h) / 3;
  };
  const mass = moment(0, 0);
  const m = moment(1, 0) / mass;
  const v = moment(2, m) / mass;
  const m4 = moment(4, m) / mass;
  return { mean: mu + sd * m, variance: sd * sd * v, mu4: sd ** 4 * m4 };
}

function truncatedCase(name: string, mean: number, sd: number, min?: number, max?: number): Case {
  const q = truncatedNormalQuadrature(mean, sd, min ?? -Infinity, max ?? Infinity);
  return { name, spec: { type: 'normal', mean, sd, min, max }, mu4: () => q.mu4, bounds: [min ?? -Infinity, max ?? Infinity] };
}

const CASES: Case[] = [
  // Uniform: μ4 = w⁴/80.
  { name: 'uniform', spec: { type: 'uniform', min: 1, max: 4 }, mu4: () => 3 ** 4 / 80, bounds: [1, 4] },
  // Triangular: excess kurtosis −3/5, so μ4 = 2.4σ⁴.
  { name: 'triangular', spec: { type: 'triangular', min: 1, mode: 2, max: 5 }, mu4: kurtosisTimesVar2(2.4), bounds: [1, 5] },
  { name: 'triangular (mode at min)', spec: { type: 'triangular', min: 0, mode: 0, max: 1 }, mu4: kurtosisTimesVar2(2.4), bounds: [0, 1] },
  // Exponential: kurtosis 9.
  { name: 'exponential', spec: { type: 'exponential', mean: 0.5 }, mu4: kurtosisTimesVar2(9), bounds: [0, Infinity] },
  // Normal: kurtosis 3.
  { name: 'normal', spec: { type: 'normal', mean: 10, sd: 2 }, mu4: kurtosisTimesVar2(3) },
  truncatedCase('truncated normal, both sides', 0, 1, -1, 2),
  truncatedCase('truncated normal, at zero', 1, 0.5, 0),
  truncatedCase('truncated normal, upper tail', 0, 1, 3),
  truncatedCase('truncated normal, lower tail (mirrored)', 5, 2, undefined, -3),
  truncatedCase('truncated normal, narrow tail window', 0, 1, 5, 5.5),
  truncatedCase('truncated normal, far tail (exponential rejection)', 0, 1, 35),
  truncatedCase('truncated normal, far narrow window (uniform rejection)', 0, 1, 40, 40.01),
  { name: 'lognormal (mean, cv)', spec: { type: 'lognormal', mean: 5, cv: 0.4 }, mu4: lognormalMu4(Math.sqrt(Math.log1p(0.16))), bounds: [0, Infinity] },
  { name: 'lognormal (median, sigma)', spec: { type: 'lognormal', median: 2, sigma: 0.5 }, mu4: lognormalMu4(0.5), bounds: [0, Infinity] },
  // Gamma with shape k: kurtosis 3 + 6/k.
  { name: 'gamma, shape 4', spec: { type: 'gamma', mean: 2, cv: 0.5 }, mu4: kurtosisTimesVar2(3 + 6 / 4), bounds: [0, Infinity] },
  { name: 'gamma, shape 1', spec: { type: 'gamma', mean: 3, cv: 1 }, mu4: kurtosisTimesVar2(9), bounds: [0, Infinity] },
  { name: 'gamma, shape 0.25', spec: { type: 'gamma', mean: 1, cv: 2 }, mu4: kurtosisTimesVar2(3 + 6 / 0.25), bounds: [0, Infinity] },
  // Poisson: μ4 = λ(1 + 3λ).
  { name: 'poisson 3.5 (inversion)', spec: { type: 'poisson', mean: 3.5 }, mu4: (s) => s.mean * (1 + 3 * s.mean), bounds: [0, Infinity] },
  { name: 'poisson 9.99 (inversion)', spec: { type: 'poisson', mean: 9.99 }, mu4: (s) => s.mean * (1 + 3 * s.mean), bounds: [0, Infinity] },
  { name: 'poisson 10 (PTRS)', spec: { type: 'poisson', mean: 10 }, mu4: (s) => s.mean * (1 + 3 * s.mean), bounds: [0, Infinity] },
  { name: 'poisson 250 (PTRS)', spec: { type: 'poisson', mean: 250 }, mu4: (s) => s.mean * (1 + 3 * s.mean), bounds: [0, Infinity] },
  { name: 'poisson 1e6 (PTRS)', spec: { type: 'poisson', mean: 1e6 }, mu4: (s) => s.mean * (1 + 3 * s.mean), bounds: [0, Infinity] },
  // Bernoulli: μ4 = pq(1 − 3pq).
  { name: 'bernoulli', spec: { type: 'bernoulli', p: 0.2 }, mu4: () => 0.16 * (1 - 3 * 0.16), bounds: [0, 1] },
  {
    name: 'discrete',
    spec: { type: 'discrete', values: [0, 1, 2, 7], weights: [0.5, 0, 0.3, 0.2] },
    mu4: discreteMu4([0, 1, 2, 7], [0.5, 0, 0.3, 0.2]),
    bounds: [0, 7],
  },
];

// Family-wise false-alarm rate 0.1% over all mean and variance checks (Bonferroni):
// each check is two-sided at level 0.001/m, so z = Φ⁻¹(1 − 0.001/(2m)) with m = 2·cases.
const CHECKS = 2 * CASES.length;
const Z = normalQuantile(1 - 0.001 / (2 * CHECKS));

describe('distribution moments', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: sample mean and variance match theory', (_name, c) => {
    const sampler = makeSampler(c.spec);
    const rng = substream(SEED, 0, `moments/${c.name}`);
    // Shifted sums (by the theoretical mean) keep the variance free of cancellation.
    let s1 = 0;
    let s2 = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < N; i++) {
      const x = sampler.sample(rng);
      const d = x - sampler.mean;
      s1 += d;
      s2 += d * d;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const mean = sampler.mean + s1 / N;
    const variance = (s2 - (s1 * s1) / N) / (N - 1);
    // Mean: |x̄ − μ| < z·√(σ²/n). Variance: the sample variance is asymptotically normal with
    // sd √((μ4 − σ⁴)/n), so |s² − σ²| < z·√((μ4 − σ⁴)/n), with the theoretical μ4 above.
    const meanTol = Z * Math.sqrt(sampler.variance / N);
    const varTol = Z * Math.sqrt((c.mu4(sampler) - sampler.variance ** 2) / N);
    expect(Math.abs(mean - sampler.mean)).toBeLessThan(meanTol);
    expect(Math.abs(variance - sampler.variance)).toBeLessThan(varTol);
    if (c.bounds) {
      expect(lo).toBeGreaterThanOrEqual(c.bounds[0]);
      expect(hi).toBeLessThanOrEqual(c.bounds[1]);
    }
  });

  it('constant: every draw is the value, variance 0', () => {
    const s = makeSampler({ type: 'constant', value: 2.5 });
    const rng = substream(SEED, 0, 'constant');
    for (let i = 0; i < 100; i++) expect(s.sample(rng)).toBe(2.5);
    expect([s.mean, s.variance]).toEqual([2.5, 0]);
  });

  it('bernoulli with p = 0 and p = 1 never draws the other value', () => {
    const zero = makeSampler({ type: 'bernoulli', p: 0 });
    const one = makeSampler({ type: 'bernoulli', p: 1 });
    const rng = substream(SEED, 0, 'bernoulli-edges');
    let sum0 = 0;
    let sum1 = 0;
    for (let i = 0; i < 10_000; i++) {
      sum0 += zero.sample(rng);
      sum1 += one.sample(rng);
    }
    expect([sum0, sum1]).toEqual([0, 10_000]);
  });
});

describe('truncated normal', () => {
  // The sampler's moments (closed form or Gauss–Legendre) agree with independent quadrature
  // (Simpson, 200 000 steps; its error is far below 1e-9 for these smooth integrands).
  it.each([
    [0, 1, -1, 2],
    [1, 0.5, 0, Infinity],
    [0, 1, 3, Infinity],
    [5, 2, -Infinity, -3],
    [0, 1, 5, 5.5],
    [0, 1, 35, Infinity],
    [0, 1, 40, 40.01],
    [0, 1, -Infinity, 0.5],
    [0, 1, -1e-3, 2e-3],
    [3, 2, 19, 19 + 2e-6],
  ])('N(%d, %d²) on [%d, %d]: exact mean and variance agree with quadrature', (mu, sd, lo, hi) => {
    const s = new TruncatedNormalSampler(mu, sd, lo === -Infinity ? undefined : lo, hi === Infinity ? undefined : hi);
    const q = truncatedNormalQuadrature(mu, sd, lo, hi);
    expect(Math.abs(s.mean - q.mean)).toBeLessThan(1e-9 * Math.max(1, Math.abs(q.mean)));
    expect(Math.abs(s.variance - q.variance)).toBeLessThan(1e-9 * q.variance);
  });

  it('stays within its bounds for every draw, including far tails and tiny windows', () => {
    const rng = substream(SEED, 0, 'truncated-bounds');
    const windows: Array<[number, number]> = [
      [-0.001, 0.001],
      [8, 8 + 1e-9],
      [-50, -49.999],
      [12, 40],
      [-3, 1e300],
    ];
    for (const [lo, hi] of windows) {
      const s = new TruncatedNormalSampler(0, 1, lo, hi);
      const outside: number[] = [];
      for (let i = 0; i < 20_000; i++) {
        const x = s.sample(rng);
        if (!(x >= lo && x <= hi)) outside.push(x);
      }
      expect(outside, `draws outside [${lo}, ${hi}]`).toEqual([]);
    }
  });

  it('with sd = 0 is the mean clamped into the bounds', () => {
    const s = makeSampler({ type: 'normal', mean: 5, sd: 0, min: 0, max: 3 });
    expect([s.sample(substream(SEED, 0, 'x')), s.mean, s.variance]).toEqual([3, 3, 0]);
  });
});

/**
 * Pearson's chi-square statistic against expected counts, pooling the cells with expected
 * count < 5 into one; returns the statistic and the degrees of freedom (cells − 1).
 */
function chiSquare(observed: ArrayLike<number>, expected: ArrayLike<number>): { stat: number; df: number } {
  let stat = 0;
  let cells = 0;
  let poolO = 0;
  let poolE = 0;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] < 5) {
      poolO += observed[i];
      poolE += expected[i];
      continue;
    }
    stat += (observed[i] - expected[i]) ** 2 / expected[i];
    cells++;
  }
  if (poolE > 0) {
    stat += (poolO - poolE) ** 2 / poolE;
    cells++;
  }
  return { stat, df: cells - 1 };
}

/**
 * Upper α quantile of chi-square(df), by the Wilson–Hilferty cube-root approximation
 * (Abramowitz & Stegun 26.4.17): df·(1 − 2/(9df) + z√(2/(9df)))³; relative error well under 1%
 * for df ≥ 3 at these levels, which moves the false-alarm rate only within the same order.
 */
function chiSquareQuantile(alpha: number, df: number): number {
  const z = normalQuantile(1 - alpha);
  const c = 2 / (9 * df);
  return df * (1 - c + z * Math.sqrt(c)) ** 3;
}

// Each goodness-of-fit test below is at level 0.001.
const GOF_ALPHA = 0.001;

describe('alias table', () => {
  it.each([
    ['four outcomes with a zero weight', [4, 0, 3, 2, 1]],
    ['Zipf(1) over 1000 SKUs', Array.from({ length: 1000 }, (_, i) => 1 / (i + 1))],
    ['one dominant outcome', [1e6, 1, 1, 1]],
  ])('%s: frequencies fit the weights (chi-square)', (_name, weights) => {
    const table = new AliasTable(weights);
    const rng = substream(SEED, 0, `alias/${_name}`);
    const n = 500_000;
    const counts = new Float64Array(weights.length);
    for (let i = 0; i < n; i++) counts[table.sample(rng)]++;
    const total = weights.reduce((a, b) => a + b, 0);
    const expected = weights.map((w) => (n * w) / total);
    const { stat, df } = chiSquare(counts, expected);
    expect(stat).toBeLessThan(chiSquareQuantile(GOF_ALPHA, df));
    weights.forEach((w, i) => {
      if (w === 0) expect(counts[i]).toBe(0);
    });
  });

  it('normalises its probabilities', () => {
    const t = new AliasTable([2, 6]);
    expect(Array.from(t.probabilities)).toEqual([0.25, 0.75]);
  });

  it('rejects empty, negative and all-zero weights with catalogue messages', () => {
    expect(() => new AliasTable([])).toThrow(engineMessages.badWeights('expected at least one weight'));
    expect(() => new AliasTable([0, 0])).toThrow(engineMessages.badWeights('expected at least one positive weight'));
    expect(() => new AliasTable([1, -1])).toThrow(engineMessages.badWeights('weight 1 must be a finite number ≥ 0 (got -1)'));
  });
});

describe('poisson law', () => {
  // Moments cannot see a wrong shape, so the probability mass function is checked too, on
  // both sides of the inversion/PTRS switch at mean 10.
  it.each([3.5, 10, 37.5, 1000])('mean %d: frequencies fit the pmf (chi-square)', (mean) => {
    const s = new PoissonSampler(mean);
    const rng = substream(SEED, 0, `poisson-pmf/${mean}`);
    const n = 400_000;
    const top = Math.ceil(mean + 12 * Math.sqrt(mean) + 12);
    const counts = new Float64Array(top + 1);
    for (let i = 0; i < n; i++) counts[Math.min(s.sample(rng), top)]++;
    const expected = new Float64Array(top + 1);
    let below = 0;
    for (let k = 0; k < top; k++) {
      expected[k] = n * Math.exp(-mean + k * Math.log(mean) - logGamma(k + 1));
      below += expected[k];
    }
    expected[top] = Math.max(0, n - below);
    const { stat, df } = chiSquare(counts, expected);
    expect(stat).toBeLessThan(chiSquareQuantile(GOF_ALPHA, df));
  });
});

describe('makeSampler', () => {
  it('builds the sampler class each spec names', () => {
    expect(makeSampler({ type: 'constant', value: 1 })).toBeInstanceOf(ConstantSampler);
    expect(makeSampler({ type: 'normal', mean: 0, sd: 1 })).toBeInstanceOf(NormalSampler);
    expect(makeSampler({ type: 'normal', mean: 0, sd: 1, min: 0 })).toBeInstanceOf(TruncatedNormalSampler);
    expect(makeSampler({ type: 'lognormal', median: 1, sigma: 1 })).toBeInstanceOf(LognormalSampler);
    expect(makeSampler({ type: 'gamma', mean: 1, cv: 1 })).toBeInstanceOf(GammaSampler);
    expect(makeSampler({ type: 'discrete', values: [1], weights: [1] })).toBeInstanceOf(DiscreteSampler);
  });

  it('gives the parameterisations their documented moments', () => {
    const ln = makeSampler({ type: 'lognormal', mean: 7, cv: 0.3 });
    expect(ln.mean).toBeCloseTo(7, 12);
    expect(Math.sqrt(ln.variance) / ln.mean).toBeCloseTo(0.3, 12);
    const ln2 = makeSampler({ type: 'lognormal', median: 2, sigma: 0.5 });
    expect(ln2.mean).toBeCloseTo(2 * Math.exp(0.125), 12);
    const g = makeSampler({ type: 'gamma', mean: 4, cv: 0.5 }) as GammaSampler;
    expect([g.shape, g.scale, g.variance]).toEqual([4, 1, 4]);
    const t = makeSampler({ type: 'triangular', min: 0, mode: 1, max: 2 });
    expect([t.mean, t.variance]).toEqual([1, 1 / 6]);
  });

  it('rejects bad parameters and unknown types with catalogue messages', () => {
    expect(() => makeSampler({ type: 'exponential', mean: 0 })).toThrow(
      engineMessages.badParameter('exponential', 'mean', 0, 'a finite number > 0'),
    );
    expect(() => makeSampler({ type: 'bernoulli', p: 1.5 })).toThrow(engineMessages.badParameter('bernoulli', 'p', 1.5, 'in [0, 1]'));
    expect(() => makeSampler({ type: 'normal', mean: 0, sd: 1, min: 2, max: 1 })).toThrow(
      engineMessages.badParameter('normal', 'max', 1, 'greater than min (2)'),
    );
    // a cv whose square overflows names the cv, not the log-mean it would make −∞
    expect(() => makeSampler({ type: 'lognormal', mean: 7, cv: 1e300 })).toThrow(
      engineMessages.badParameter('lognormal', 'cv', 1e300, 'a finite number ≥ 0 whose square is finite'),
    );
    expect(() => makeSampler({ type: 'weibull' } as unknown as DistributionSpec)).toThrow(
      engineMessages.unknownDistribution('weibull'),
    );
  });
});
