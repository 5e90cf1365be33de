import { badWeights } from '../messages.js';
import type { Rng } from './stream.js';

/**
 * Walker's alias method as built by Vose ("A linear algorithm for generating random numbers
 * with a given distribution", IEEE Trans. Softw. Eng. 17(9), 1991): draws an index with
 * probability proportional to its weight in O(1), after an O(n) build. Use it for any fixed
 * discrete law: SKU popularity, market mixes, empirical distributions.
 *
 * Each draw uses two uniforms (one for the column, one for the coin), so the coin keeps the
 * generator's full resolution however many columns there are. Frequencies are checked by
 * `test/engine/random/distributions.test.ts` (chi-square).
 *
 * @example
 * const mix = new AliasTable([0.5, 0.3, 0.2]);
 * const market = mix.sample(rng); // 0, 1 or 2
 */
export class AliasTable {
  /** Number of outcomes. */
  readonly size: number;
  /** Normalised probabilities, by index (sum 1). */
  readonly probabilities: Float64Array;
  private readonly cut: Float64Array;
  private readonly alias: Int32Array;

  /**
   * Builds the table. O(n) time and memory.
   * @throws RangeError when the weights are empty, negative, not finite, or all zero
   */
  constructor(given: ArrayLike<number>) {
    // One array kind whatever the caller passes (arrays of small integers, of doubles, typed
    // arrays), so V8 compiles the loops below once rather than once per kind.
    const weights = Float64Array.from(given);
    const n = weights.length;
    if (n === 0) throw new RangeError(badWeights('expected at least one weight'));
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (!(w >= 0 && w < Infinity)) throw new RangeError(badWeights(`weight ${i} must be a finite number ≥ 0 (got ${w})`));
      total += w;
    }
    if (!(total > 0)) throw new RangeError(badWeights('expected at least one positive weight'));
    this.size = n;
    this.probabilities = new Float64Array(n);
    this.cut = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = new Float64Array(n);
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    let nSmall = 0;
    let nLarge = 0;
    for (let i = 0; i < n; i++) {
      this.probabilities[i] = weights[i] / total;
      scaled[i] = this.probabilities[i] * n;
      this.alias[i] = i;
      if (scaled[i] < 1) small[nSmall++] = i;
      else large[nLarge++] = i;
    }
    while (nSmall > 0 && nLarge > 0) {
      const less = small[--nSmall];
      const more = large[--nLarge];
      this.cut[less] = scaled[less];
      this.alias[less] = more;
      // Vose's order of operations: the donor's leftover is computed as (a + b) − 1, which
      // keeps the rounding error from drifting across many donations.
      scaled[more] = scaled[more] + scaled[less] - 1;
      if (scaled[more] < 1) small[nSmall++] = more;
      else large[nLarge++] = more;
    }
    // Whatever is left is 1 up to rounding; a zero weight left over (possible only through
    // rounding) must still never be drawn.
    while (nLarge > 0) this.cut[large[--nLarge]] = 1;
    let heaviest = 0;
    for (let i = 1; i < n; i++) if (weights[i] > weights[heaviest]) heaviest = i;
    while (nSmall > 0) {
      const i = small[--nSmall];
      this.cut[i] = this.probabilities[i] > 0 ? 1 : 0;
      this.alias[i] = heaviest;
    }
  }

  /** Draws an index in [0, size) with probability `probabilities[i]`. O(1), no allocation. */
  sample(rng: Rng): number {
    const column = Math.floor(rng() * this.size);
    return rng() < this.cut[column] ? column : this.alias[column];
  }
}
