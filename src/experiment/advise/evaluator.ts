/**
 * Runs candidates on the simulation with common random numbers: every candidate runs the
 * same replication indices of the same scenario (only `classTargets` differ), so any two
 * candidates' figures pair replication by replication. A candidate runs once; asking again
 * returns the cached figures (a replication depends only on scenario and index).
 */
import type { StudyInput } from '../../model/history/seller-data.js';
import type { Metrics } from '../../model/result.js';
import type { ReplicationFailure } from '../errors.js';
import type { Interrupt } from '../run/interrupt.js';
import type { ReplicationRunner } from '../run/runner.js';
import { runBatch } from '../run/schedule.js';
import { candidateKey, classTargetsOf, withClassTargets } from './candidate.js';
import type { Ladder } from './ladder.js';
import type { SkuClass } from './sku-classes.js';

/** The metrics the advisor reads from each replication of the searched setup. */
export const FIGURES = ['fillRate', 'onTimeRate', 'avgOnHandValue', 'avgOnHandUnits', 'avgBackorderUnits', 'lostSalesUnits', 'netMargin'] as const;
export type Figure = (typeof FIGURES)[number];

/** One candidate's figures, one value per replication (in replication order). */
export interface Evaluation {
  /** Rung of each class. */
  x: number[];
  /** 1-based order in which candidates were first run. */
  order: number;
  figures: Record<Figure, number[]>;
}

/** A replication failed: the search cannot go on. */
export class SearchFailedError extends Error {
  override readonly name = 'SearchFailedError';
  constructor(readonly failure: ReplicationFailure) {
    super(failure.message);
  }
}

/** Ctrl-C during the search. */
export class SearchInterruptedError extends Error {
  override readonly name = 'SearchInterruptedError';
}

/** Something that runs candidates: the simulation (`SimulationEvaluator`) or, in tests, a formula. */
export type Evaluate = (x: readonly number[], why?: string) => Promise<Evaluation>;

export interface SimulationEvaluatorOptions {
  /** The scenario of the search (the searched setup, and what it needs for common random numbers). */
  scenario: StudyInput;
  setup: string;
  classes: readonly SkuClass[];
  ladder: Ladder;
  indices: readonly number[];
  runner: ReplicationRunner;
  interrupt: Interrupt;
  /** Called once per new candidate, after it ran (progress). */
  evaluated?(e: Evaluation, why: string, seconds: number): void;
  now?: () => number;
}

/** Runs candidates on the runner, one candidate's replications at a time (in parallel over the runner's threads). */
export class SimulationEvaluator {
  readonly #cache = new Map<string, Promise<Evaluation>>();
  #count = 0;

  constructor(private readonly o: SimulationEvaluatorOptions) {}

  /** Candidates run so far. */
  get count(): number {
    return this.#count;
  }

  readonly evaluate: Evaluate = (x, why = '') => {
    const key = candidateKey(x);
    let e = this.#cache.get(key);
    if (!e) {
      e = this.#run([...x], why);
      this.#cache.set(key, e);
    }
    return e;
  };

  async #run(x: number[], why: string): Promise<Evaluation> {
    const o = this.o;
    if (o.interrupt.stopping) throw new SearchInterruptedError();
    const now = o.now ?? (() => performance.now());
    const t0 = now();
    const scenario = withClassTargets(o.scenario, classTargetsOf(o.classes, o.ladder, x), { names: [o.setup] });
    const batch = await runBatch(scenario, o.indices, o.runner, o.interrupt);
    if (batch.failures.length > 0) throw new SearchFailedError(batch.failures[0]);
    if (batch.notRun.length > 0) throw new SearchInterruptedError();
    const figures = Object.fromEntries(FIGURES.map((f) => [f, batch.outputs.map((out) => (out.setups[o.setup].metrics as Metrics)[f])])) as Record<Figure, number[]>;
    const e: Evaluation = { x, order: ++this.#count, figures };
    o.evaluated?.(e, why, (now() - t0) / 1000);
    return e;
  }
}
