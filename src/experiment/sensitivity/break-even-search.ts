/**
 * The break-even factor of one input: where the mean paired difference Δ(f) (setup −
 * baseline net margin, common random numbers at every f) crosses zero, found on the
 * simulation itself.
 *
 * 1. Bracket: among the evaluated factors (the tornado's low, 1 and high), two neighbours
 *    whose means have opposite signs. Without one, step outward on the side where |Δ| is
 *    smaller — the factor doubled above, halved below — up to `MAX_STEPS_OUT` runs, and not
 *    past the input's largest meaningful factor.
 * 2. Refine: `REFINE_RUNS` runs of the Illinois variant of regula falsi (the secant point of
 *    the bracket, the retained end's value halved when the same end is kept twice: Dowell &
 *    Jarratt 1971), each run a full set of replications at that factor.
 * 3. Report the root of the piecewise-linear interpolation of the means in the final
 *    bracket, and a 95% interval by inverting the pointwise confidence band: the factors
 *    where the band's lower or upper bound crosses zero next to the root (interpolated
 *    linearly between evaluated factors). A bound is null when the band does not cross zero
 *    inside the factors evaluated (the interval is open on that side).
 */

/** One evaluated factor: the mean paired difference and its 95% interval. */
export interface Evaluation {
  factor: number;
  mean: number;
  ci95: [number, number] | null;
}

export const MAX_STEPS_OUT = 3;
export const REFINE_RUNS = 3;

/** A bracket [a, b] (a < b) with means of opposite sign (or a zero), or null. O(points). */
export function findBracket(points: readonly Evaluation[]): [Evaluation, Evaluation] | null {
  const sorted = [...points].sort((x, y) => x.factor - y.factor);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (a.mean === 0) return [a, a];
    if (Math.sign(a.mean) !== Math.sign(b.mean)) return [a, b];
  }
  const last = sorted[sorted.length - 1];
  return last && last.mean === 0 ? [last, last] : null;
}

/** The next factor to try outward (doubling or halving), or null past `maxFactor` or `minFactor`. */
export function stepOut(points: readonly Evaluation[], maxFactor: number, minFactor = 1 / 64): number | null {
  const sorted = [...points].sort((x, y) => x.factor - y.factor);
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  const up = Math.abs(hi.mean) <= Math.abs(lo.mean);
  const next = up ? Math.min(hi.factor * 2, maxFactor) : lo.factor / 2;
  if (up ? next <= hi.factor : next < minFactor) return null;
  return next;
}

/** The factor where the line through a and b crosses zero, `value` giving each one's ordinate. */
function cross(a: Evaluation, b: Evaluation, value: (e: Evaluation) => number): number {
  const [ya, yb] = [value(a), value(b)];
  return ya === yb ? a.factor : a.factor + ((0 - ya) * (b.factor - a.factor)) / (yb - ya);
}

/** The secant point of a bracket. */
export function secant(a: Evaluation, b: Evaluation): number {
  return cross(a, b, (e) => e.mean);
}

/**
 * The root and its interval from all evaluations and the final bracket. O(points).
 * @example estimate(points, [a, b]) // { factor: 1.73, ci95: [1.52, 1.98] }
 */
export function estimate(points: readonly Evaluation[], bracket: [Evaluation, Evaluation]): { factor: number; ci95: [number | null, number | null] } {
  const [a, b] = bracket;
  const root = a === b ? a.factor : secant(a, b);
  const sorted = [...points].sort((x, y) => x.factor - y.factor);
  const bound = (side: 0 | 1): number | null => {
    const value = (e: Evaluation) => (e.ci95 === null ? e.mean : e.ci95[side]);
    // the crossing of the band's bound nearest to the root
    let best: number | null = null;
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [p, q] = [sorted[i], sorted[i + 1]];
      const [vp, vq] = [value(p), value(q)];
      if (vp === 0 && (best === null || Math.abs(p.factor - root) < Math.abs(best - root))) best = p.factor;
      if (Math.sign(vp) === Math.sign(vq) || vp === 0) continue;
      const x = cross(p, q, value);
      if (best === null || Math.abs(x - root) < Math.abs(best - root)) best = x;
    }
    const last = sorted[sorted.length - 1];
    if (value(last) === 0 && (best === null || Math.abs(last.factor - root) < Math.abs(best - root))) best = last.factor;
    return best;
  };
  // the band contains 0 at the root; its ends are the nearest crossings on either side
  const ends = [bound(0), bound(1)].filter((x): x is number => x !== null);
  const below = ends.filter((x) => x <= root);
  const above = ends.filter((x) => x >= root);
  return { factor: root, ci95: [below.length > 0 ? Math.max(...below) : null, above.length > 0 ? Math.min(...above) : null] };
}
