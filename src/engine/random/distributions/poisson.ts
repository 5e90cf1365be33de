import { badParameter } from '../../messages.js';
import { logGamma } from '../../stats/log-gamma.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

// PTRS is valid for means ≥ 10 (Hörmann 1993); below, inversion costs ≤ ~ mean + 1 steps.
const PTRS_MIN_MEAN = 10;
// Inversion never needs this many steps for a mean below 10 (P(K > 200) < 1e-200); the cap
// only guards against a rounding loop.
const INVERSION_CAP = 200;

/**
 * Poisson with the given mean, exactly. Means below 10: sequential inversion (one uniform,
 * O(mean) steps; Devroye, "Non-Uniform Random Variate Generation", 1986, §X.3). Means ≥ 10:
 * Hörmann's PTRS transformed rejection with squeeze ("The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, 1993):
 * about 2.2 uniforms per draw, O(1) for any mean. Mean `mean`, variance `mean`.
 * @example new PoissonSampler(3.5).sample(rng) // 0, 1, 2, …
 */
export class PoissonSampler implements Sampler {
  readonly variance: number;
  private readonly expMinusMean: number;
  // PTRS constants (Hörmann 1993, table 1).
  private readonly b: number;
  private readonly a: number;
  private readonly vr: number;
  private readonly logInvAlpha: number;
  private readonly logMean: number;

  /** @throws RangeError unless mean > 0 and finite */
  constructor(readonly mean: number) {
    if (!(mean > 0 && mean < Infinity)) throw new RangeError(badParameter('poisson', 'mean', mean, 'a finite number > 0'));
    this.variance = mean;
    this.expMinusMean = Math.exp(-mean);
    const sqrtMean = Math.sqrt(mean);
    this.b = 0.931 + 2.53 * sqrtMean;
    this.a = -0.059 + 0.02483 * this.b;
    this.vr = 0.9277 - 3.6224 / (this.b - 2);
    this.logInvAlpha = Math.log(1.1239 + 1.1328 / (this.b - 3.4));
    this.logMean = Math.log(mean);
  }

  sample(rng: Rng): number {
    return this.mean < PTRS_MIN_MEAN ? this.inversion(rng) : this.ptrs(rng);
  }

  private inversion(rng: Rng): number {
    const u = rng();
    let p = this.expMinusMean;
    let cdf = p;
    let k = 0;
    while (u > cdf && k < INVERSION_CAP) {
      k++;
      p *= this.mean / k;
      cdf += p;
    }
    return k;
  }

  private ptrs(rng: Rng): number {
    const { a, b, vr, mean } = this;
    for (;;) {
      const u = rng() - 0.5;
      const v = rng();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      // The exact acceptance test, on the log scale: ln(v·α/(a/us² + b)) ≤ ln P(K = k) + const.
      if (Math.log(v) + this.logInvAlpha - Math.log(a / (us * us) + b) <= -mean + k * this.logMean - logGamma(k + 1)) {
        return k;
      }
    }
  }
}
