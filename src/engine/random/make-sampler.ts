import { unknownDistribution } from '../messages.js';
import { BernoulliSampler } from './distributions/bernoulli.js';
import { ConstantSampler } from './distributions/constant.js';
import { DiscreteSampler } from './distributions/discrete.js';
import { ExponentialSampler } from './distributions/exponential.js';
import { GammaSampler } from './distributions/gamma.js';
import { LognormalSampler } from './distributions/lognormal.js';
import { NormalSampler } from './distributions/normal.js';
import { PoissonSampler } from './distributions/poisson.js';
import { TriangularSampler } from './distributions/triangular.js';
import { TruncatedNormalSampler } from './distributions/truncated-normal.js';
import { UniformSampler } from './distributions/uniform.js';
import type { Sampler } from './sampler.js';
import type { DistributionSpec } from './spec.js';

/**
 * Builds the sampler for a distribution spec (as validated by the scenario layer). Call it
 * once per spec at model build time, not per draw. O(1), except `discrete`: O(n).
 * A `normal` with `min` and/or `max` becomes a {@link TruncatedNormalSampler}.
 * @throws RangeError when a parameter is out of its domain (the scenario schema should have
 *   caught it first) or the type is unknown
 * @example
 * const transit = makeSampler({ type: 'lognormal', mean: 7, cv: 0.3 });
 * transit.mean; // 7
 * const days = transit.sample(substream(42, 0, 'transit'));
 */
export function makeSampler(spec: DistributionSpec): Sampler {
  switch (spec.type) {
    case 'constant':
      return new ConstantSampler(spec.value);
    case 'uniform':
      return new UniformSampler(spec.min, spec.max);
    case 'triangular':
      return new TriangularSampler(spec.min, spec.mode, spec.max);
    case 'exponential':
      return new ExponentialSampler(spec.mean);
    case 'normal':
      return spec.min === undefined && spec.max === undefined
        ? new NormalSampler(spec.mean, spec.sd)
        : new TruncatedNormalSampler(spec.mean, spec.sd, spec.min, spec.max);
    case 'lognormal':
      return 'median' in spec
        ? LognormalSampler.fromMedianSigma(spec.median, spec.sigma)
        : LognormalSampler.fromMeanCv(spec.mean, spec.cv);
    case 'gamma':
      return new GammaSampler(spec.mean, spec.cv);
    case 'poisson':
      return new PoissonSampler(spec.mean);
    case 'bernoulli':
      return new BernoulliSampler(spec.p);
    case 'discrete':
      return new DiscreteSampler(spec.values, spec.weights);
    default:
      throw new RangeError(unknownDistribution((spec as { type: unknown }).type));
  }
}
