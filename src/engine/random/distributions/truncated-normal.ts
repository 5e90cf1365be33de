import { badParameter } from '../../messages.js';
import { millsRatio, normalCdf, normalPdf, normalSf, ppnd16 } from '../../stats/normal.js';
import type { Sampler } from '../sampler.js';
import type { Rng } from '../stream.js';

// Inversion through the upper tail stays exact while Q(α) is far from underflow
// (Q(30) ≈ 5e-198); beyond, rejection from an exponential or uniform proposal takes over.
const INVERSION_LIMIT = 30;

const enum Method {
  /** Inversion with Φ: the interval contains 0. */
  Central,
  /** Inversion through the upper tail Q, on [α, β] with α ≥ 0. */
  Tail,
  /** Robert's exponential-proposal rejection, on [α, β] with α > 30. */
  Exponential,
  /** Uniform-proposal rejection on a narrow [α, β] with α > 30. */
  Uniform,
  /** Zero sd: every draw is the clamped mean. */
  Degenerate,
}

/**
 * Normal(mean, sd) truncated to [min, max] (either bound may be omitted), sampled exactly, with
 * O(1) expected cost for any bounds, even far in a tail:
 * - when the standardized bounds α = (min − mean)/sd, β = (max − mean)/sd straddle 0: inversion,
 *   x = Φ⁻¹(Φ(α) + u·(Φ(β) − Φ(α)));
 * - when both lie on one side (mirrored to α ≥ 0) and α ≤ 30: inversion through the upper tail,
 *   x = −Φ⁻¹(Q(α) − u·(Q(α) − Q(β))), which keeps full accuracy where Φ(α) would round to 1;
 * - when α > 30: rejection (Robert, "Simulation of truncated normal variables", Statistics and
 *   Computing 5, 1995): an exponential proposal of rate α when the interval is wide
 *   (α(β − α) ≥ 1), a uniform one when narrow; acceptance ≥ 1 − e⁻¹ either way.
 * Draws are clamped to [min, max] against the last ulp of rounding.
 *
 * Mean and variance are exact (Johnson, Kotz & Balakrishnan, vol. 1, §10.1), computed with
 * Mills ratios on one-sided intervals so that they stay accurate in far tails:
 * mean = μ + σ(φ(α) − φ(β))/Z, variance = σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²],
 * Z = Φ(β) − Φ(α).
 * @example new TruncatedNormalSampler(1, 0.5, 0, undefined).sample(rng) // ≥ 0
 */
export class TruncatedNormalSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  /** Lower bound (−∞ when absent). */
  readonly min: number;
  /** Upper bound (+∞ when absent). */
  readonly max: number;
  private readonly method: Method;
  /** +1, or −1 when the interval was mirrored to the upper side. */
  private readonly sign: number;
  private readonly lo: number;
  private readonly hi: number;
  /** Central: Φ(lo), Φ(hi) − Φ(lo). Tail: Q(lo), Q(lo) − Q(hi). */
  private readonly base: number;
  private readonly span: number;

  /**
   * @throws RangeError unless mean is finite, sd ≥ 0 is finite, and min < max
   */
  constructor(
    readonly mu: number,
    readonly sd: number,
    min: number | undefined,
    max: number | undefined,
  ) {
    const lower = min ?? -Infinity;
    const upper = max ?? Infinity;
    if (!Number.isFinite(mu)) throw new RangeError(badParameter('normal', 'mean', mu, 'a finite number'));
    if (!(sd >= 0 && sd < Infinity)) throw new RangeError(badParameter('normal', 'sd', sd, 'a finite number ≥ 0'));
    if (!(lower < upper)) throw new RangeError(badParameter('normal', 'max', upper, `greater than min (${lower})`));
    this.min = lower;
    this.max = upper;
    if (sd === 0) {
      this.method = Method.Degenerate;
      this.sign = 1;
      this.lo = this.hi = this.base = this.span = 0;
      this.mean = Math.min(Math.max(mu, lower), upper);
      this.variance = 0;
      return;
    }
    const alpha = (lower - mu) / sd;
    const beta = (upper - mu) / sd;
    let z: { mean: number; variance: number };
    if (alpha < 0 && beta > 0) {
      this.method = Method.Central;
      this.sign = 1;
      this.lo = alpha;
      this.hi = beta;
      this.base = normalCdf(alpha);
      this.span = normalCdf(beta) - this.base;
      z = centralMoments(alpha, beta, this.span);
    } else {
      // Mirror a lower-side interval to the upper side: N(0,1) is symmetric.
      this.sign = alpha >= 0 ? 1 : -1;
      this.lo = alpha >= 0 ? alpha : -beta;
      this.hi = alpha >= 0 ? beta : -alpha;
      if (this.lo <= INVERSION_LIMIT) {
        this.method = Method.Tail;
        this.base = normalSf(this.lo);
        this.span = this.base - normalSf(this.hi);
      } else {
        this.method = (this.hi - this.lo) * this.lo < 1 ? Method.Uniform : Method.Exponential;
        this.base = 0;
        this.span = this.hi - this.lo;
      }
      z = tailMoments(this.lo, this.hi);
      z.mean *= this.sign;
    }
    this.mean = mu + sd * z.mean;
    this.variance = sd * sd * z.variance;
  }

  sample(rng: Rng): number {
    let x: number;
    switch (this.method) {
      case Method.Central: {
        let p = this.base + this.span * rng();
        // p = 0 or 1 only when a bound is infinite and the uniform hits its end: redraw.
        while (p <= 0 || p >= 1) p = this.base + this.span * rng();
        x = ppnd16(p);
        break;
      }
      case Method.Tail:
        x = this.sign * -ppnd16(this.base - this.span * rng());
        break;
      case Method.Exponential:
        x = this.sign * this.exponentialRejection(rng);
        break;
      case Method.Uniform:
        x = this.sign * this.uniformRejection(rng);
        break;
      default:
        return this.mean;
    }
    const y = this.mu + this.sd * x;
    return y < this.min ? this.min : y > this.max ? this.max : y;
  }

  /** Robert (1995): proposal lo + Exp(rate lo), accepted with probability exp(−(z − lo)²/2). */
  private exponentialRejection(rng: Rng): number {
    const lo = this.lo;
    for (;;) {
      const z = lo - Math.log(1 - rng()) / lo;
      if (z > this.hi) continue;
      const d = z - lo;
      if (rng() <= Math.exp(-0.5 * d * d)) return z;
    }
  }

  /** Uniform proposal on [lo, hi], accepted with probability φ(z)/φ(lo) = exp(−(z − lo)(z + lo)/2). */
  private uniformRejection(rng: Rng): number {
    const lo = this.lo;
    for (;;) {
      const z = lo + this.span * rng();
      if (rng() <= Math.exp(-0.5 * (z - lo) * (z + lo))) return z;
    }
  }
}

/** Moments of N(0, 1) truncated to [α, β] with α < 0 < β; `mass` = Φ(β) − Φ(α). */
function centralMoments(alpha: number, beta: number, mass: number): { mean: number; variance: number } {
  const pa = normalPdf(alpha);
  const pb = normalPdf(beta);
  const m = (pa - pb) / mass;
  const xa = Number.isFinite(alpha) ? alpha * pa : 0;
  const xb = Number.isFinite(beta) ? beta * pb : 0;
  return { mean: m, variance: 1 + (xa - xb) / mass - m * m };
}

/**
 * Moments of N(0, 1) truncated to [α, β] with 0 ≤ α < β, all divided through by φ(α) so
 * nothing underflows: with e = φ(β)/φ(α) and R the Mills ratio, Z/φ(α) = R(α) − e·R(β).
 */
function tailMoments(alpha: number, beta: number): { mean: number; variance: number } {
  const e = Number.isFinite(beta) ? Math.exp(-0.5 * (beta - alpha) * (beta + alpha)) : 0;
  const mass = millsRatio(alpha) - (e > 0 ? e * millsRatio(beta) : 0);
  const m = (1 - e) / mass;
  const xb = e > 0 ? beta * e : 0;
  return { mean: m, variance: 1 + (alpha - xb) / mass - m * m };
}
