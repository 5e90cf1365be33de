import { badParameter } from '../../messages.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

/**
 * Bernoulli: 1 with probability p, else 0; one uniform per draw. Mean p, variance p(1 − p).
 * @example new BernoulliSampler(0.2).sample(rng) // 0 or 1
 */
export class BernoulliSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;

  /** @throws RangeError unless 0 ≤ p ≤ 1 */
  constructor(readonly p: number) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(badParameter('bernoulli', 'p', p, 'in [0, 1]'));
    this.mean = p;
    this.variance = p * (1 - p);
  }

  sample(rng: Rng): number {
    return rng() < this.p ? 1 : 0;
  }
}
