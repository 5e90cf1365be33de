import type { DistributionSpec } from '../../engine/index.js';

/**
 * The distribution of f·X for X of `spec`, f > 0: every location and scale parameter times
 * f, shape parameters (cv, sigma, weights) kept, so the mean is f times the mean and the
 * coefficient of variation is unchanged. Poisson (a count) has its mean scaled, which keeps
 * the mean but not the shape; Bernoulli (a yes/no) is returned unchanged. O(values).
 *
 * @example scaleDistribution({ type: 'lognormal', mean: 7, cv: 0.3 }, 1.5) // { type: 'lognormal', mean: 10.5, cv: 0.3 }
 */
export function scaleDistribution(spec: DistributionSpec, f: number): DistributionSpec {
  switch (spec.type) {
    case 'constant':
      return { ...spec, value: spec.value * f };
    case 'uniform':
      return { ...spec, min: spec.min * f, max: spec.max * f };
    case 'triangular':
      return { ...spec, min: spec.min * f, mode: spec.mode * f, max: spec.max * f };
    case 'exponential':
    case 'gamma':
    case 'poisson':
      return { ...spec, mean: spec.mean * f };
    case 'normal':
      return {
        ...spec,
        mean: spec.mean * f,
        sd: spec.sd * f,
        ...(spec.min !== undefined ? { min: spec.min * f } : {}),
        ...(spec.max !== undefined ? { max: spec.max * f } : {}),
      };
    case 'lognormal':
      return 'mean' in spec ? { ...spec, mean: spec.mean * f } : { ...spec, median: spec.median * f };
    case 'discrete':
      return { ...spec, values: spec.values.map((v) => v * f) };
    case 'bernoulli':
      return spec;
  }
}
