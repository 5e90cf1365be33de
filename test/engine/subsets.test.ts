import { describe, expect, it } from 'vitest';
import { randomPermutation, randomSubset } from '../../src/engine/random/subsets.js';
import { substream } from '../../src/engine/random/stream.js';

// Frequencies are Binomial(R, p): each is checked within 5 standard deviations,
// sqrt(R·p·(1 − p)), a false alarm about once in 1.7 million per count.
const R = 40_000;
const within5Sd = (count: number, p: number) => Math.abs(count - R * p) <= 5 * Math.sqrt(R * p * (1 - p));

describe('randomSubset', () => {
  it('puts k distinct indices of 0..n−1 first, each included with probability k/n', () => {
    const rng = substream(1, 0, 'subset');
    const idx = new Int32Array(6);
    const counts = new Array<number>(6).fill(0);
    for (let r = 0; r < R; r++) {
      randomSubset(idx, 2, rng);
      expect(new Set(idx).size).toBe(6); // still a permutation of 0..5
      counts[idx[0]]++;
      counts[idx[1]]++;
    }
    for (const c of counts) expect(within5Sd(c, 2 / 6)).toBe(true);
  });

  it('depends only on the stream', () => {
    const a = new Int32Array(9);
    const b = new Int32Array(9).fill(7); // its old content does not matter
    randomSubset(a, 4, substream('s', 3, 'x'));
    randomSubset(b, 4, substream('s', 3, 'x'));
    expect([...a]).toEqual([...b]);
  });
});

describe('randomPermutation', () => {
  it('is a permutation with every element equally likely in every place', () => {
    const rng = substream(2, 0, 'perm');
    const firstPlace = new Array<number>(5).fill(0);
    for (let r = 0; r < R; r++) {
      const p = randomPermutation(5, rng);
      expect([...p].sort()).toEqual([0, 1, 2, 3, 4]);
      firstPlace[p[0]]++;
    }
    for (const c of firstPlace) expect(within5Sd(c, 1 / 5)).toBe(true);
  });
});
