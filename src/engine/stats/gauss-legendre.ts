/**
 * Gauss–Legendre quadrature, for set-up computations that must be exact to double precision
 * where closed forms cancel (e.g. moments of a narrow or far-tail truncated normal).
 */

/** Nodes and weights of an n-point Gauss–Legendre rule on [−1, 1]. */
export interface QuadratureRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

/**
 * The n-point Gauss–Legendre rule, by Newton's method on the Legendre polynomial Pₙ
 * (Press et al., "Numerical Recipes", 3rd ed., §4.6, `gauleg`). Exact for polynomials of
 * degree ≤ 2n − 1. O(n²).
 * @example gaussLegendre(2).nodes // [−1/√3, 1/√3]
 */
export function gaussLegendre(n: number): QuadratureRule {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const half = Math.floor((n + 1) / 2);
  for (let i = 0; i < half; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      derivative = (n * (z * p1 - p2)) / (z * z - 1);
      const step = p1 / derivative;
      z -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes[i] = -z;
    nodes[n - 1 - i] = z;
    weights[i] = weights[n - 1 - i] = 2 / ((1 - z * z) * derivative * derivative);
  }
  return { nodes, weights };
}

/**
 * ∫ₐᵇ f(x) dx by the composite rule: `panels` equal panels, `rule` on each. Choose panels so
 * that f is well approximated by a polynomial of degree 2n − 1 on each.
 * @example integrate((x) => x * x, 0, 1, 1, gaussLegendre(2)) // 1/3
 */
export function integrate(f: (x: number) => number, a: number, b: number, panels: number, rule: QuadratureRule): number {
  const h = (b - a) / panels;
  let sum = 0;
  for (let p = 0; p < panels; p++) {
    const mid = a + (p + 0.5) * h;
    for (let i = 0; i < rule.nodes.length; i++) sum += rule.weights[i] * f(mid + 0.5 * h * rule.nodes[i]);
  }
  return 0.5 * h * sum;
}
