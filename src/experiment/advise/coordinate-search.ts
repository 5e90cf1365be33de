/**
 * The search without a target (`--objective cost` or `netMargin`): coordinate descent on the
 * rungs, coarse to fine, with paired comparisons (docs/advise.md, Method).
 *
 * Assumption: the score is separable by class (each class's holding, backorders, lost sales
 * and — nearly — margin depend on its own stock) and unimodal along each class's ladder (the
 * base-stock cost is convex in the level). A coordinate-wise minimum of a separable function
 * is then its minimum, so one pass per step size finds it; the passes repeat until one
 * changes nothing.
 *
 *   step s = the ladder's coarse step; x = start
 *   repeat: for each class c: while x ± s·e_c has a lower mean paired score than x, move
 *           there and keep going the same way with the step doubled (2s, 4s, … — back to s
 *           when the longer step does not improve); a pass without a move halves s
 *   stop:   a pass at s = 1 without a move (every one-rung neighbour has a paired mean score
 *           ≥ the recommendation's), or the budget of candidates
 */
import type { Evaluation } from './evaluator.js';
import { scoreDiff, type Judge } from './paired-judge.js';
import { BudgetSpent, moveLabel, SearchSpace, type SearchResult } from './search-space.js';

export interface CoordinateSearchOptions {
  space: SearchSpace;
  judge: Judge;
  start: number[];
  coarseStep: number;
  names: readonly string[];
}

/** Runs the search (see the module comment). */
export async function coordinateSearch(o: CoordinateSearchOptions): Promise<SearchResult> {
  const { space, judge, names } = o;
  let best: Evaluation = await space.run(o.start, 'start');
  space.note(best, 'start', true);
  let stoppedBecause: SearchResult['stoppedBecause'] = 'converged';
  try {
    for (let s = Math.max(1, o.coarseStep); ; ) {
      let moved = false;
      for (let c = 0; c < space.classes; c++) {
        let dirs: Array<1 | -1> = [1, -1];
        let mult = 1;
        for (;;) {
          const tried: Array<{ e: Evaluation; d: 1 | -1; diff: number; label: string }> = [];
          for (const d of dirs) {
            const y = space.shift(best.x, c, d * s * mult);
            if (!y) continue;
            const label = moveLabel(names, c, d * s * mult);
            const e = await space.run(y, label);
            tried.push({ e, d, diff: scoreDiff(judge, e, best).mean, label });
          }
          const pick = tried.filter((t) => t.diff < 0).sort((a, b) => a.diff - b.diff)[0];
          for (const t of tried) space.note(t.e, t.label, t === pick);
          if (!pick) {
            if (mult === 1) break;
            mult = 1; // the expanded step went too far: go on from here at the pass's step
            continue;
          }
          best = pick.e;
          dirs = [pick.d];
          mult *= 2;
          moved = true;
        }
      }
      if (!moved) {
        if (s === 1) break;
        s = Math.max(1, Math.floor(s / 2));
      }
    }
  } catch (e) {
    if (!(e instanceof BudgetSpent)) throw e;
    stoppedBecause = 'budget';
  }
  return { x: best.x, best, stoppedBecause, trail: space.trail, neighbours: await space.neighbours(judge, best) };
}
