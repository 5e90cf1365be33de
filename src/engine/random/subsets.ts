/**
 * Random permutations and subsets of 0..n−1 by Fisher–Yates, drawing from a stream. The
 * order of the draws is part of the contract: same stream, same result.
 */
import type { Rng } from './stream.js';

/**
 * A uniformly random permutation of 0..n−1 (Fisher–Yates from the end: n − 1 draws). O(n).
 * @example randomPermutation(5, rng) // e.g. Int32Array [3, 0, 4, 1, 2]
 */
export function randomPermutation(n: number, rng: Rng): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/**
 * Fills `idx` with 0..idx.length−1 and draws a uniformly random k-subset of it into
 * `idx[0..k)` (partial Fisher–Yates: k draws). O(idx.length), allocation-free.
 * @example randomSubset(scratch, 2, rng); // scratch[0], scratch[1]: two distinct indices
 */
export function randomSubset(idx: Int32Array, k: number, rng: Rng): void {
  const n = idx.length;
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let j = 0; j < k; j++) {
    const r = j + Math.floor(rng() * (n - j));
    const t = idx[j];
    idx[j] = idx[r];
    idx[r] = t;
  }
}
