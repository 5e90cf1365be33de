import { badParameter } from '../../messages.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

/**
 * Uniform on [min, max): `min + (max − min)·u`, one uniform per draw.
 * Mean (min + max)/2, variance (max − min)²/12.
 * @example new UniformSampler(1, 3).sample(rng) // in [1, 3)
 */
export class UniformSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;

  /** @throws RangeError unless min ≤ max, both finite */
  constructor(
    readonly min: number,
    readonly max: number,
  ) {
    if (!(Number.isFinite(min) && Number.isFinite(max) && min <= max)) {
      throw new RangeError(badParameter('uniform', 'max', max, `finite and ≥ min (${min})`));
    }
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(rng: Rng): number {
    return this.min + this.width * rng();
  }
}
