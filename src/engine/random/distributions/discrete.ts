import { badParameter } from '../../messages.js';
import { AliasTable } from '../alias-table.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

/**
 * A discrete (empirical) law: `values[i]` with probability ∝ `weights[i]`, by Vose's alias
 * method ({@link AliasTable}): O(1) per draw (two uniforms), O(n) to build.
 * Mean Σ pᵢvᵢ, variance Σ pᵢ(vᵢ − mean)².
 * @example new DiscreteSampler([1, 2, 3], [0.5, 0.3, 0.2]).sample(rng) // 1, 2 or 3
 */
export class DiscreteSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  readonly table: AliasTable;
  private readonly values: Float64Array;

  /** @throws RangeError unless values and weights have the same, non-zero length and the weights are valid */
  constructor(values: ArrayLike<number>, weights: ArrayLike<number>) {
    if (values.length !== weights.length) {
      throw new RangeError(badParameter('discrete', 'weights', `${weights.length} weights`, `one per value (${values.length})`));
    }
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) throw new RangeError(badParameter('discrete', `values[${i}]`, values[i], 'a finite number'));
    }
    this.table = new AliasTable(weights);
    this.values = Float64Array.from(values);
    let mean = 0;
    for (let i = 0; i < this.values.length; i++) mean += this.table.probabilities[i] * this.values[i];
    let variance = 0;
    for (let i = 0; i < this.values.length; i++) variance += this.table.probabilities[i] * (this.values[i] - mean) ** 2;
    this.mean = mean;
    this.variance = variance;
  }

  sample(rng: Rng): number {
    return this.values[this.table.sample(rng)];
  }
}
