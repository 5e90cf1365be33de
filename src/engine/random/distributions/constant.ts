import { badParameter } from '../../messages.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

/**
 * A constant: every draw is `value`; uses no uniforms. Mean `value`, variance 0.
 * @example new ConstantSampler(2).sample(rng) // 2
 */
export class ConstantSampler implements Sampler {
  readonly mean: number;
  readonly variance = 0;

  /** @throws RangeError when `value` is not finite */
  constructor(readonly value: number) {
    if (!Number.isFinite(value)) throw new RangeError(badParameter('constant', 'value', value, 'a finite number'));
    this.mean = value;
  }

  sample(_rng: Rng): number {
    return this.value;
  }
}
