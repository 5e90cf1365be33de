/**
 * The standard normal distribution: density, distribution function, upper tail, Mills ratio
 * and quantile, each accurate to a few units in the last place (checked against SciPy in
 * `test/engine/stats/normal.test.ts`).
 *
 * The quantile is on sampling hot paths (normal, lognormal, gamma samplers) and allocates
 * nothing; the distribution functions are for set-up (truncated-normal moments, tests).
 */
import { probabilityOutOfRange } from '../messages.js';

const INV_SQRT_2PI = 0.3989422804014327;
// Below this point the power series is used, above it Laplace's continued fraction; both
// converge to full precision there (the series loses < 2 digits to cancellation at 2.5).
const SERIES_LIMIT = 2.5;

/**
 * Standard normal density φ(x) = exp(−x²/2)/√(2π).
 * @example normalPdf(0) // 0.3989422804014327
 */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Mills ratio R(x) = Q(x)/φ(x) for x ≥ 0 (Q the upper tail), computed without underflow for
 * any x, so tail ratios such as φ(a)/Q(a) stay exact far out (truncated-normal moments).
 * Power series (Marsaglia 2004, "Evaluating the normal distribution", J. Stat. Softw. 11(4))
 * below 2.5, Laplace's continued fraction (Abramowitz & Stegun 26.2.14) above. O(1) for
 * large x; up to ~150 terms near 2.5.
 * @example millsRatio(0) // √(π/2) = 1.2533141373155003
 */
export function millsRatio(x: number): number {
  if (x < SERIES_LIMIT) return (0.5 - normalPdf(x) * seriesSum(x)) / normalPdf(x);
  return laplaceFraction(x);
}

/**
 * Upper tail Q(x) = P(Z > x) = 1 − Φ(x), with full relative accuracy in the tail (no
 * `1 − Φ` cancellation); underflows to 0 only beyond x ≈ 38.5.
 * @example normalSf(1.959963984540054) // 0.025
 */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 1 - normalSf(-x);
  if (x < SERIES_LIMIT) return 0.5 - normalPdf(x) * seriesSum(x);
  if (x > 40) return 0;
  return normalPdf(x) * laplaceFraction(x);
}

/**
 * Distribution function Φ(x) = P(Z ≤ x), with full relative accuracy in the lower tail.
 * @example normalCdf(0) // 0.5
 */
export function normalCdf(x: number): number {
  return normalSf(-x);
}

/**
 * Quantile Φ⁻¹(p): the x with Φ(x) = p. Wichura's algorithm AS 241 (PPND16, Applied
 * Statistics 37(3), 1988), relative accuracy about 1e-16 for p down to 1e-300.
 * O(1); one `log` and one `sqrt` in the tails, none in the centre.
 * @throws RangeError when p is not in [0, 1] (p = 0 gives −∞, p = 1 gives +∞)
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(probabilityOutOfRange('normalQuantile', p, '[0, 1]'));
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return ppnd16(p);
}

/**
 * AS 241 without argument checks, for samplers (p strictly inside (0, 1)). Also accepts a
 * tiny upper-tail probability q via `-ppnd16(q)`, which keeps full accuracy where `1 − q`
 * would round to 1.
 */
export function ppnd16(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) *
          r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) *
        r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) *
        r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    x =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) *
        r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) *
        r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -x : x;
}

/** Σ x^(2n+1)/(1·3·…·(2n+1)), so that Φ(x) = ½ + φ(x)·sum (Marsaglia 2004). All terms ≥ 0. */
function seriesSum(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 3; term > sum * 1e-17; k += 2) {
    term *= x2 / k;
    sum += term;
  }
  return sum;
}

/** Q(x)/φ(x) = 1/(x+ 1/(x+ 2/(x+ 3/(x+ …)))), by the modified Lentz method (x ≥ 2.5). */
function laplaceFraction(x: number): number {
  if (x === Infinity) return 0;
  const tiny = 1e-300;
  // Term j = 1 has numerator 1; term j ≥ 2 has numerator j − 1; every denominator is x.
  let f = tiny;
  let c = f;
  let d = 0;
  for (let j = 1; j < 1000; j++) {
    const a = j === 1 ? 1 : j - 1;
    d = x + a * d;
    if (d === 0) d = tiny;
    c = x + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 4e-16) break;
  }
  return f;
}
