import { describe, expect, it } from 'vitest';
import { normalQuantile, substream } from '../../../src/engine/index.js';

const N = 100_000;
// Two-sided checks at level 0.001 each: z = Φ⁻¹(0.9995) ≈ 3.29.
const Z = normalQuantile(1 - 0.001 / 2);

function draws(rng: () => number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng();
  return out;
}

/** Pearson correlation of two equal-length samples. */
function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('substream', () => {
  it('same key gives the identical sequence', () => {
    expect(draws(substream(42, 3, 'orders'), 1000)).toEqual(draws(substream(42, 3, 'orders'), 1000));
    expect(draws(substream('42', 3, 'orders'), 10)).toEqual(draws(substream(42, 3, 'orders'), 10));
  });

  it('does not depend on which other streams exist or their creation order', () => {
    const a1 = substream(7, 0, 'a');
    const b1 = substream(7, 0, 'b');
    const b2 = substream(7, 0, 'b');
    const a2 = substream(7, 0, 'a');
    // Interleave draws differently: each stream only sees its own key.
    const seqA1: number[] = [];
    const seqB1: number[] = [];
    for (let i = 0; i < 100; i++) {
      seqA1.push(a1());
      seqB1.push(b1(), b1());
    }
    expect(draws(a2, 100)).toEqual(Float64Array.from(seqA1));
    expect(draws(b2, 200)).toEqual(Float64Array.from(seqB1));
  });

  // The key scheme is part of the results contract (a results file records the seed and must
  // be reproducible): these are the first draws of substream(42, 0, 'arrivals') as first
  // recorded with seedrandom 3.0.5; a change here changes every published result.
  it('keeps the recorded sequence for a fixed key', () => {
    const rng = substream(42, 0, 'arrivals');
    expect(Array.from(draws(rng, 3))).toEqual(GOLDEN);
  });

  it('draws uniforms in [0, 1) with mean ½ (|x̄ − ½| < z·√(1/12/n))', () => {
    const x = draws(substream(1, 0, 'uniformity'), N);
    let sum = 0;
    let outside = 0;
    for (const v of x) {
      if (!(v >= 0 && v < 1)) outside++;
      sum += v;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / N - 0.5)).toBeLessThan(Z * Math.sqrt(1 / 12 / N));
  });

  // Under independence the sample correlation of n pairs is ≈ N(0, 1/n), so each check
  // passes when |r| < z/√n; four checks at 0.001 each.
  it.each([
    ['different names', [1, 0, 'arrivals'], [1, 0, 'service']],
    ['different replications', [1, 0, 'arrivals'], [1, 1, 'arrivals']],
    ['different seeds', [1, 0, 'arrivals'], [2, 0, 'arrivals']],
    ['names that differ in one character', [1, 0, 'shop:1'], [1, 0, 'shop:2']],
  ] as const)('%s are uncorrelated (|r| < z/√n)', (_name, [s1, r1, n1], [s2, r2, n2]) => {
    const x = draws(substream(s1, r1, n1), N);
    const y = draws(substream(s2, r2, n2), N);
    expect(Math.abs(correlation(x, y))).toBeLessThan(Z / Math.sqrt(N));
  });
});

const GOLDEN = [0.6045405622571707, 0.47846134123392403, 0.014847171492874622];
