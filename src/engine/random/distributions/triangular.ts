import { badParameter } from '../../messages.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

/**
 * Triangular on [min, max] with peak at `mode`, by inversion of its distribution function
 * (one uniform, one square root). Mean (a + b + c)/3, variance
 * (a² + b² + c² − ab − ac − bc)/18 (a = min, b = max, c = mode; Evans, Hastings & Peacock,
 * "Statistical Distributions", ch. 40).
 * @example new TriangularSampler(1, 2, 5).sample(rng) // in [1, 5]
 */
export class TriangularSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  private readonly split: number;
  private readonly left: number;
  private readonly right: number;

  /** @throws RangeError unless min ≤ mode ≤ max and min < max, all finite */
  constructor(
    readonly min: number,
    readonly mode: number,
    readonly max: number,
  ) {
    if (!(Number.isFinite(min) && Number.isFinite(max) && min <= mode && mode <= max && min < max)) {
      throw new RangeError(badParameter('triangular', 'mode', mode, `within [min, max] = [${min}, ${max}] with min < max`));
    }
    const width = max - min;
    this.split = (mode - min) / width;
    this.left = width * (mode - min);
    this.right = width * (max - mode);
    this.mean = (min + mode + max) / 3;
    this.variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
  }

  sample(rng: Rng): number {
    const u = rng();
    return u < this.split ? this.min + Math.sqrt(u * this.left) : this.max - Math.sqrt((1 - u) * this.right);
  }
}
