/**
 * What both searches share: the lattice of rungs (one per class, 0 … size − 1), a budget of
 * distinct candidates, the trail of moves, and the final neighbours with their paired
 * comparisons (docs/advise.md, Stopping rules).
 */
import { candidateKey } from './candidate.js';
import type { Evaluate, Evaluation } from './evaluator.js';
import { feasible, scoreDiff, type Estimate, type Judge } from './paired-judge.js';

/** One move the search tried, in order. */
export interface Move {
  /** The candidate's order of first evaluation (see `Evaluation.order`). */
  order: number;
  x: number[];
  /** What the move was, e.g. `B −2`, `common +8`, `A −1 B +3`. */
  move: string;
  accepted: boolean;
}

/** A one-rung neighbour of the recommendation: `x` with class `cls` one rung lower or higher. */
export interface Neighbour {
  cls: number;
  direction: -1 | 1;
  x: number[];
  /** Paired score difference neighbour − recommendation (positive: the neighbour is worse). */
  scoreDiff: Estimate;
  feasible: boolean;
}

export interface SearchResult {
  x: number[];
  best: Evaluation;
  stoppedBecause: 'converged' | 'budget';
  trail: Move[];
  neighbours: Neighbour[];
}

/** The budget is spent: the search returns its best candidate so far. */
export class BudgetSpent extends Error {
  override readonly name = 'BudgetSpent';
}

/** The lattice, the budget and the trail of one search. */
export class SearchSpace {
  readonly trail: Move[] = [];
  readonly #seen = new Set<string>();

  constructor(
    readonly evaluate: Evaluate,
    readonly size: number,
    readonly classes: number,
    readonly maxEvaluations: number,
  ) {}

  /** `x` moved by `by` rungs in class `c`, or null off the ladder. */
  shift(x: readonly number[], c: number, by: number): number[] | null {
    const v = x[c] + by;
    if (v < 0 || v >= this.size) return null;
    const y = [...x];
    y[c] = v;
    return y;
  }

  /** Runs `x` (free when already run; a new one counts against the budget). */
  async run(x: readonly number[], move: string): Promise<Evaluation> {
    const key = candidateKey(x);
    if (!this.#seen.has(key)) {
      if (this.#seen.size >= this.maxEvaluations) throw new BudgetSpent();
      this.#seen.add(key);
    }
    return this.evaluate(x, move);
  }

  /** Records a move on the trail. */
  note(e: Evaluation, move: string, accepted: boolean): void {
    this.trail.push({ order: e.order, x: [...e.x], move, accepted });
  }

  /** The one-rung neighbours of `x` that are run already (the converged search has run them all). */
  async neighbours(judge: Judge, best: Evaluation): Promise<Neighbour[]> {
    const out: Neighbour[] = [];
    for (let c = 0; c < this.classes; c++) {
      for (const d of [-1, 1] as const) {
        const y = this.shift(best.x, c, d);
        if (!y || !this.#seen.has(candidateKey(y))) continue;
        const e = await this.evaluate(y);
        out.push({ cls: c, direction: d, x: y, scoreDiff: scoreDiff(judge, e, best), feasible: feasible(judge, e) });
      }
    }
    return out;
  }
}

/** `B −2`: a move of `by` rungs in class `c`. */
export function moveLabel(names: readonly string[], c: number, by: number): string {
  return `${names[c]} ${by > 0 ? '+' : '−'}${Math.abs(by)}`;
}
