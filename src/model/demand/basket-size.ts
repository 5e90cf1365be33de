/**
 * Counts drawn from a scenario distribution — lines per basket, units per line — are
 * rounded to the nearest integer and kept ≥ 1 (and ≤ a cap for lines, so an order fits its
 * pooled record). This file draws them and computes their exact or estimated mean for the
 * demand forecast.
 */
import { substream } from '../../engine/index.js';
import type { Rng, Sampler } from '../../engine/index.js';
import type { DistributionSpec } from '../../engine/random/spec.js';
import { poissonPmf } from '../inventory/base-stock.js';

/** Upper limit on lines per basket (a record-size limit, far above any realistic basket). */
export const MAX_LINES_PER_BASKET = 256;

/** Draws used to estimate a rounded mean when no closed form applies. */
const MONTE_CARLO_DRAWS = 20_000;

/**
 * min(cap, max(1, round(x))) for a draw x of `sampler`. O(1).
 * @example drawCount(linesSampler, rng, 12)
 */
export function drawCount(sampler: Sampler, rng: Rng, cap: number): number {
  const n = Math.round(sampler.sample(rng));
  return n < 1 ? 1 : n > cap ? cap : n;
}

/**
 * The most lines a basket can have for this lines-per-basket distribution: its largest
 * value for constant/discrete/bernoulli/uniform/triangular (and a truncated normal), else
 * ⌈mean + 10·sd⌉ (a Poisson(2) exceeds it with probability < 1e−9); at most
 * `MAX_LINES_PER_BASKET`.
 * @example lineCap({ type: 'constant', value: 1 }, sampler) // 1
 */
export function lineCap(spec: DistributionSpec, sampler: Sampler): number {
  let hi: number;
  switch (spec.type) {
    case 'constant':
      hi = spec.value;
      break;
    case 'discrete':
      hi = Math.max(...spec.values);
      break;
    case 'bernoulli':
      hi = 1;
      break;
    case 'uniform':
    case 'triangular':
      hi = spec.max;
      break;
    case 'normal':
      hi = spec.max ?? sampler.mean + 10 * Math.sqrt(sampler.variance);
      break;
    default:
      hi = sampler.mean + 10 * Math.sqrt(sampler.variance);
  }
  return Math.max(1, Math.min(MAX_LINES_PER_BASKET, Math.round(hi) + (spec.type === 'constant' ? 0 : 1)));
}

/**
 * E[min(cap, max(1, round(X)))]: exact for constant, discrete, bernoulli and Poisson; for
 * other distributions estimated from 20,000 draws of the fixed substream
 * `forecast/<label>` of replication 0 (so every replication plans with the same forecast).
 * @example expectedCount({ type: 'poisson', mean: 2 }, sampler, 10, seed, 'lines') // 2.135
 */
export function expectedCount(
  spec: DistributionSpec,
  sampler: Sampler,
  cap: number,
  seed: number | string,
  label: string,
): number {
  const clamp = (x: number) => Math.min(cap, Math.max(1, Math.round(x)));
  switch (spec.type) {
    case 'constant':
      return clamp(spec.value);
    case 'discrete': {
      let sw = 0;
      let s = 0;
      for (let i = 0; i < spec.values.length; i++) {
        sw += spec.weights[i];
        s += spec.weights[i] * clamp(spec.values[i]);
      }
      return s / sw;
    }
    case 'bernoulli':
      return 1;
    case 'poisson': {
      const upTo = Math.min(cap, Math.ceil(spec.mean + 40 * Math.sqrt(spec.mean) + 40));
      const p = poissonPmf(spec.mean, upTo);
      let s = 0;
      let mass = 0;
      for (let d = 0; d < upTo; d++) {
        s += p[d] * clamp(d);
        mass += p[d];
      }
      return s + (1 - mass) * clamp(upTo);
    }
    default: {
      const rng = substream(seed, 0, `forecast/${label}`);
      let s = 0;
      for (let i = 0; i < MONTE_CARLO_DRAWS; i++) s += drawCount(sampler, rng, cap);
      return s / MONTE_CARLO_DRAWS;
    }
  }
}
