import { badParameter } from '../../messages.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

/**
 * Exponential with the given mean, by inversion: `−mean·ln(1 − u)` (1 − u is in (0, 1], so
 * a generator that returns 0 cannot produce an infinite draw). Mean `mean`, variance mean².
 * @example new ExponentialSampler(0.5).sample(rng) // ≥ 0, mean 0.5
 */
export class ExponentialSampler implements Sampler {
  readonly variance: number;

  /** @throws RangeError unless mean > 0 and finite */
  constructor(readonly mean: number) {
    if (!(mean > 0 && mean < Infinity)) throw new RangeError(badParameter('exponential', 'mean', mean, 'a finite number > 0'));
    this.variance = mean * mean;
  }

  sample(rng: Rng): number {
    return -this.mean * Math.log(1 - rng());
  }
}
