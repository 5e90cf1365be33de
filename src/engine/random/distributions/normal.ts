import { badParameter } from '../../messages.js';
import { ppnd16 } from '../../stats/normal.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

/**
 * One standard normal draw by inversion (Wichura's AS 241), one uniform per draw. Inversion
 * keeps draws monotone in the uniform, which helps common random numbers across setups. A
 * uniform of exactly 0 (probability 2⁻³² with Alea) is redrawn rather than mapped to −∞.
 * O(1), no allocation.
 */
export function sampleStandardNormal(rng: Rng): number {
  let u = rng();
  while (u === 0) u = rng();
  return ppnd16(u);
}

/**
 * Normal with the given mean and standard deviation, by inversion (see
 * {@link sampleStandardNormal}). Mean `mean`, variance sd². For bounds, see
 * `TruncatedNormalSampler`.
 * @example new NormalSampler(10, 2).sample(rng)
 */
export class NormalSampler implements Sampler {
  readonly variance: number;

  /** @throws RangeError unless mean is finite and sd ≥ 0 is finite */
  constructor(
    readonly mean: number,
    readonly sd: number,
  ) {
    if (!Number.isFinite(mean)) throw new RangeError(badParameter('normal', 'mean', mean, 'a finite number'));
    if (!(sd >= 0 && sd < Infinity)) throw new RangeError(badParameter('normal', 'sd', sd, 'a finite number ≥ 0'));
    this.variance = sd * sd;
  }

  sample(rng: Rng): number {
    return this.mean + this.sd * sampleStandardNormal(rng);
  }
}
