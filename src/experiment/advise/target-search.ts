/**
 * The search with a target (`--target fillRate=0.95`): the cheapest candidate whose metric
 * reaches the target (docs/advise.md, Method).
 *
 * Assumptions: the metric is non-decreasing along every class's ladder (more stock never
 * fills less), and metric and cost are (nearly) separable by class — the fill rate exactly
 * so: it is the demand-weighted mean of the classes' fill rates.
 *
 * 1. **Common rung, bisection.** Every class moves together from its start, x(t)_c = start_c
 *    + t. From t = 0, steps of the coarse step, doubling, bracket the smallest feasible t
 *    (one infeasible t below, one feasible above); bisection closes the bracket to one rung.
 *    With one class this is the answer: the fewest rungs that reach the target.
 * 2. **Marginal exchange, coarse to fine** (two or more classes), at step s from the coarse
 *    step down to 1, at the feasible x:
 *    - single moves: x ± s·e_c that stays feasible and costs less (paired mean) — the best is
 *      taken, and single moves are tried again;
 *    - exchanges: per class the ratio of metric to cost of one step down (metric lost per US$
 *      saved) and up (metric gained per US$ spent); for the pairs (c down, d up) where d's
 *      ratio beats c's, in order of the gap, x − s·e_c is repaired by raising d by k·s, the
 *      smallest k ≥ 1 that reaches the target (doubling, then bisection, k ≤ 64); the first
 *      repair that costs less than x (paired mean) is taken.
 *    A step with no move halves s.
 * 3. **Stop**: at s = 1 no single move and no exchange lowers the cost while reaching the
 *    target, or the budget of candidates is spent.
 */
import type { Evaluation } from './evaluator.js';
import { feasible, meanMetric, scoreDiff, type Judge } from './paired-judge.js';
import { BudgetSpent, moveLabel, SearchSpace, type SearchResult } from './search-space.js';

/** Raises in an exchange repair: at most this many steps. */
export const MAX_REPAIR_STEPS = 64;

export interface TargetSearchOptions {
  space: SearchSpace;
  judge: Judge;
  start: number[];
  coarseStep: number;
  names: readonly string[];
}

/** The target is out of reach at the top of every ladder. */
export class TargetUnreachableError extends Error {
  override readonly name = 'TargetUnreachableError';
  constructor(readonly best: number) {
    super(`target unreachable (${best})`);
  }
}

/** Runs the search (see the module comment). @throws {TargetUnreachableError} */
export async function targetSearch(o: TargetSearchOptions): Promise<SearchResult> {
  const { space, judge, names } = o;
  const top = space.size - 1;
  const at = (t: number) => o.start.map((v) => Math.max(0, Math.min(top, v + t)));
  const tMin = -Math.max(...o.start);
  const tMax = top - Math.min(...o.start);
  const common = async (t: number) => {
    const label = `common ${t >= 0 ? '+' : '−'}${Math.abs(t)}`;
    const e = await space.run(at(t), label);
    return { e, ok: feasible(judge, e), label };
  };

  let best: Evaluation | null = null;
  let stoppedBecause: SearchResult['stoppedBecause'] = 'converged';
  try {
    // 1. bracket and bisect on the common rung
    const step = Math.max(1, o.coarseStep);
    const first = await common(0);
    space.note(first.e, first.label, first.ok);
    let lo: number;
    let hi: number;
    if (first.ok) {
      best = first.e;
      hi = 0;
      lo = tMin - 1;
      for (let d = step; hi > tMin; d *= 2) {
        const t = Math.max(tMin, hi - d);
        const r = await common(t);
        space.note(r.e, r.label, r.ok);
        if (!r.ok) {
          lo = t;
          break;
        }
        hi = t;
        best = r.e;
      }
    } else {
      lo = 0;
      hi = NaN;
      for (let d = step; ; d *= 2) {
        const t = Math.min(tMax, lo + d);
        const r = await common(t);
        space.note(r.e, r.label, r.ok);
        if (r.ok) {
          hi = t;
          best = r.e;
          break;
        }
        if (t >= tMax) throw new TargetUnreachableError(meanMetric(judge, r.e));
        lo = t;
      }
    }
    while (hi - lo > 1 && lo >= tMin) {
      const mid = Math.floor((lo + hi) / 2);
      const r = await common(mid);
      space.note(r.e, r.label, r.ok);
      if (r.ok) {
        hi = mid;
        best = r.e;
      } else lo = mid;
    }
    if (best === null) throw new TargetUnreachableError(NaN);

    // 2. marginal exchange, coarse to fine
    if (space.classes > 1) {
      for (let s = step; ; ) {
        const x: Evaluation = best;
        const next = (await singleMove(space, judge, names, x, s)) ?? (await exchange(space, judge, names, x, s));
        if (next) {
          best = next;
          continue;
        }
        if (s === 1) break;
        s = Math.max(1, Math.floor(s / 2));
      }
    }
  } catch (e) {
    if (!(e instanceof BudgetSpent) || best === null) throw e;
    stoppedBecause = 'budget';
  }
  return { x: best.x, best, stoppedBecause, trail: space.trail, neighbours: await space.neighbours(judge, best) };
}

/** The cheapest feasible x ± s·e_c that costs less than x, or null. */
async function singleMove(space: SearchSpace, judge: Judge, names: readonly string[], x: Evaluation, s: number): Promise<Evaluation | null> {
  const tried: Array<{ e: Evaluation; label: string; gain: number }> = [];
  for (let c = 0; c < space.classes; c++) {
    for (const d of [-1, 1]) {
      const y = space.shift(x.x, c, d * s);
      if (!y) continue;
      const label = moveLabel(names, c, d * s);
      const e = await space.run(y, label);
      const diff = scoreDiff(judge, e, x).mean;
      tried.push({ e, label, gain: feasible(judge, e) && diff < 0 ? -diff : 0 });
    }
  }
  const pick = tried.filter((t) => t.gain > 0).sort((a, b) => b.gain - a.gain)[0];
  for (const t of tried) space.note(t.e, t.label, t === pick);
  return pick?.e ?? null;
}

/** The first ratio-ordered exchange (c down by s, d up by k·s) that reaches the target for less, or null. */
async function exchange(space: SearchSpace, judge: Judge, names: readonly string[], x: Evaluation, s: number): Promise<Evaluation | null> {
  // ratios from the single moves just run (cached)
  const down: number[] = [];
  const up: number[] = [];
  const m0 = meanMetric(judge, x);
  for (let c = 0; c < space.classes; c++) {
    const dy = space.shift(x.x, c, -s);
    const uy = space.shift(x.x, c, s);
    down[c] = NaN;
    up[c] = NaN;
    if (dy) {
      const e = await space.run(dy, moveLabel(names, c, -s));
      const saved = -scoreDiff(judge, e, x).mean;
      if (saved > 0) down[c] = Math.max(0, m0 - meanMetric(judge, e)) / saved;
    }
    if (uy) {
      const e = await space.run(uy, moveLabel(names, c, s));
      const spent = scoreDiff(judge, e, x).mean;
      if (spent > 0) up[c] = Math.max(0, meanMetric(judge, e) - m0) / spent;
    }
  }
  const pairs: Array<{ c: number; d: number; gap: number }> = [];
  for (let c = 0; c < space.classes; c++) {
    for (let d = 0; d < space.classes; d++) {
      if (c !== d && up[d] > down[c]) pairs.push({ c, d, gap: up[d] - down[c] });
    }
  }
  pairs.sort((a, b) => b.gap - a.gap || a.c - b.c || a.d - b.d);
  for (const { c, d } of pairs) {
    const lowered = space.shift(x.x, c, -s)!;
    const repaired = await repair(space, judge, names, lowered, c, d, s);
    if (!repaired) continue;
    const cheaper = scoreDiff(judge, repaired.e, x).mean < 0;
    space.note(repaired.e, repaired.label, cheaper);
    if (cheaper) return repaired.e;
  }
  return null;
}

/** The smallest k ≥ 1 with `y` + k·s·e_d feasible (doubling, then bisection), or null. */
async function repair(
  space: SearchSpace,
  judge: Judge,
  names: readonly string[],
  y: number[],
  c: number,
  d: number,
  s: number,
): Promise<{ e: Evaluation; label: string } | null> {
  const label = (k: number) => `${moveLabel(names, c, -s)} ${moveLabel(names, d, k * s)}`;
  const tryK = async (k: number) => {
    const z = space.shift(y, d, k * s);
    if (!z) return null;
    const e = await space.run(z, label(k));
    return { e, ok: feasible(judge, e) };
  };
  let lo = 0;
  let hi = 0;
  let found: Evaluation | null = null;
  for (let k = 1; k <= MAX_REPAIR_STEPS; k *= 2) {
    const r = await tryK(k);
    if (!r) break;
    if (r.ok) {
      hi = k;
      found = r.e;
      break;
    }
    lo = k;
  }
  if (!found) return null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const r = (await tryK(mid))!;
    if (r.ok) {
      hi = mid;
      found = r.e;
    } else lo = mid;
  }
  return { e: found, label: label(hi) };
}
