import type { Rng } from './stream.js';

/**
 * A random variate generator with its theoretical moments. Built once (at model build time)
 * by {@link makeSampler} or a distribution's constructor; `sample` is on the hot path and
 * allocates nothing. A sampler holds no random state of its own: every draw comes from the
 * stream passed in, so one sampler can serve many streams without coupling them.
 *
 * @example
 * const pick = makeSampler({ type: 'gamma', mean: 0.002, cv: 0.5 });
 * const days = pick.sample(substream(42, 0, 'picker'));
 */
export interface Sampler {
  /** One draw, using as many uniforms from `rng` as the method needs. O(1) expected. */
  sample(rng: Rng): number;
  /** Theoretical mean, in the unit of the samples. */
  readonly mean: number;
  /** Theoretical variance, in the unit of the samples squared. */
  readonly variance: number;
}
