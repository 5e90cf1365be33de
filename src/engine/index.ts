// The engine layer's public surface: the kernel, random streams, distributions, statistics.
export { Simulation } from './simulation.js';
export { grown } from './grown.js';
export { substream } from './random/stream.js';
export { AliasTable } from './random/alias-table.js';
export { randomPermutation, randomSubset } from './random/subsets.js';
export { makeSampler } from './random/make-sampler.js';
export { ConstantSampler } from './random/distributions/constant.js';
export { UniformSampler } from './random/distributions/uniform.js';
export { TriangularSampler } from './random/distributions/triangular.js';
export { ExponentialSampler } from './random/distributions/exponential.js';
export { NormalSampler, sampleStandardNormal } from './random/distributions/normal.js';
export { TruncatedNormalSampler } from './random/distributions/truncated-normal.js';
export { LognormalSampler } from './random/distributions/lognormal.js';
export { GammaSampler } from './random/distributions/gamma.js';
export { PoissonSampler } from './random/distributions/poisson.js';
export { BernoulliSampler } from './random/distributions/bernoulli.js';
export { DiscreteSampler } from './random/distributions/discrete.js';
export { normalPdf, normalCdf, normalSf, normalQuantile, millsRatio } from './stats/normal.js';
export { tPdf, tCdf, tSf, tQuantile } from './stats/student-t.js';
export { logGamma, logBeta } from './stats/log-gamma.js';
export { regularizedBeta } from './stats/incomplete-beta.js';
export * as engineMessages from './messages.js';

export type { Handler, HandlerId, EventHandle } from './simulation.js';
export type { GrowableArray } from './grown.js';
export type { Rng } from './random/stream.js';
export type { Sampler } from './random/sampler.js';
export type { DistributionSpec } from './random/spec.js';
