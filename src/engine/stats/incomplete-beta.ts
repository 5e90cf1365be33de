/**
 * The regularized incomplete beta function I_x(a, b), the distribution function of the
 * Beta(a, b) law; the Student t distribution is built on it. Set-up and statistics code only.
 */
import { logBeta } from './log-gamma.js';

// A few ulps: |delta − 1| cannot reliably get below one ulp of 1 (2.2e-16).
const EPS = 4e-16;
const TINY = 1e-300;
const MAX_TERMS = 100_000;

/**
 * I_x(a, b) for 0 ≤ x ≤ 1 and a, b > 0. Pass `y = 1 − x` when it is known more accurately than
 * `1 − x` (as it is for the t distribution), so the upper tail keeps full relative accuracy.
 * Continued fraction (Press et al., "Numerical Recipes", 3rd ed., §6.4, modified Lentz),
 * using I_x(a, b) = 1 − I_{1−x}(b, a) on the side where the fraction converges fast.
 * O(√max(a, b)) terms.
 * @example regularizedBeta(0.5, 2, 2) // 0.5
 */
export function regularizedBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  return regularizedBetaLog(x, y, Math.log(x), Math.log(y), a, b);
}

/**
 * {@link regularizedBeta} with ln x and ln(1 − x) supplied by the caller. With a large `a`,
 * the factor x^a needs ln x to better than one ulp of x (e.g. ln x = −log1p(t²/df) for the t
 * distribution, where rounding x first would cost a·1e-16 of relative accuracy).
 */
export function regularizedBetaLog(x: number, y: number, lnX: number, lnY: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * lnX + b * lnY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(y, b, a)) / b;
}

/** The continued fraction of I_x(a, b) (Numerical Recipes `betacf`). */
function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}
