import { badParameter } from '../../messages.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';
import { sampleStandardNormal } from './normal.js';

/**
 * Lognormal: exp(μ + σZ), one standard normal per draw. Build it from the distribution's own
 * mean and coefficient of variation ({@link LognormalSampler.fromMeanCv}) or from its median
 * and log-scale σ ({@link LognormalSampler.fromMedianSigma}). Mean exp(μ + σ²/2), variance
 * (exp(σ²) − 1)·exp(2μ + σ²) (Johnson, Kotz & Balakrishnan, "Continuous Univariate
 * Distributions" vol. 1, ch. 14).
 * @example LognormalSampler.fromMeanCv(5, 0.4).sample(rng) // > 0, mean 5
 */
export class LognormalSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;

  /**
   * From the log-scale parameters μ and σ.
   * @throws RangeError unless μ is finite and σ ≥ 0 is finite
   */
  constructor(
    readonly mu: number,
    readonly sigma: number,
  ) {
    if (!Number.isFinite(mu)) throw new RangeError(badParameter('lognormal', 'log-mean', mu, 'a finite number'));
    if (!(sigma >= 0 && sigma < Infinity)) throw new RangeError(badParameter('lognormal', 'sigma', sigma, 'a finite number ≥ 0'));
    const s2 = sigma * sigma;
    this.mean = Math.exp(mu + s2 / 2);
    this.variance = Math.expm1(s2) * Math.exp(2 * mu + s2);
  }

  /**
   * From the mean and coefficient of variation (sd/mean): σ² = ln(1 + cv²), μ = ln mean − σ²/2.
   * @throws RangeError unless mean > 0 and cv ≥ 0, both finite (and cv² too)
   */
  static fromMeanCv(mean: number, cv: number): LognormalSampler {
    if (!(mean > 0 && mean < Infinity)) throw new RangeError(badParameter('lognormal', 'mean', mean, 'a finite number > 0'));
    // cv² overflows beyond about 1.3e154, and σ with it
    if (!(cv >= 0 && cv * cv < Infinity)) throw new RangeError(badParameter('lognormal', 'cv', cv, 'a finite number ≥ 0 whose square is finite'));
    const s2 = Math.log1p(cv * cv);
    return new LognormalSampler(Math.log(mean) - s2 / 2, Math.sqrt(s2));
  }

  /**
   * From the median (= exp μ) and σ.
   * @throws RangeError unless median > 0 and sigma ≥ 0, both finite
   */
  static fromMedianSigma(median: number, sigma: number): LognormalSampler {
    if (!(median > 0 && median < Infinity)) throw new RangeError(badParameter('lognormal', 'median', median, 'a finite number > 0'));
    return new LognormalSampler(Math.log(median), sigma);
  }

  sample(rng: Rng): number {
    return Math.exp(this.mu + this.sigma * sampleStandardNormal(rng));
  }
}
