/**
 * Parameters of each distribution poolsim can sample, in the units of the quantity sampled
 * (days for durations). The scenario layer validates these at load time; samplers trust them.
 */
export type DistributionSpec =
  | { type: 'constant'; value: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'exponential'; mean: number }
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { type: 'lognormal'; mean: number; cv: number }
  | { type: 'lognormal'; median: number; sigma: number }
  | { type: 'gamma'; mean: number; cv: number }
  | { type: 'poisson'; mean: number }
  | { type: 'bernoulli'; p: number }
  | { type: 'discrete'; values: number[]; weights: number[] };
