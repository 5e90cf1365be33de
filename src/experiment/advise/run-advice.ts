/**
 * `poolsim advise` without the command line (docs/advise.md):
 *
 * 1. load the scenario (`--set`, then `--seed`, `--warmup`, `--horizon`); pick the setup to
 *    advise on (`--setup`, else the first merged setup without a transition);
 * 2. classes of SKUs from the catalogue of replication 0 (`sku-classes.ts`), the knob's
 *    ladder and the start rungs (the scenario's own target where it has the knob's form);
 *    default cost rates from the same catalogue (`costing.ts`);
 * 3. the search on replications 0 … n − 1 of the searched setup alone (plus the setup with
 *    the study's largest search-badge uplift when it is another, so the order streams are the
 *    study's): coordinate descent without a target, bisection and marginal exchange with one;
 * 4. the recommendation's stock levels (`stock-levels.ts`);
 * 5. every setup of the study at the recommended class targets, on the same replications: the
 *    merged vs unmerged comparison (unless `compare: false`).
 */
import type { StudyInput } from '../../model/history/seller-data.js';
import { makeSampler } from '../../engine/index.js';
import { maxUplift, setupInputs } from '../../model/replication.js';
import type { Results } from '../../results/types.js';
import type { Setup } from '../../scenario/schema.js';
import { ExperimentUsageError, type ReplicationFailure } from '../errors.js';
import { runExperiment, type ExperimentProgress } from '../experiment.js';
import { loadStudyScenario } from '../load-study-scenario.js';
import { createRunner } from '../run/create-runner.js';
import { Interrupt } from '../run/interrupt.js';
import { applyOverrides, type RunOverrides } from '../scenario-overrides.js';
import type { Advice } from './advice.js';
import { assembleAdvice } from './assemble-advice.js';
import { MAX_SKU_CLASSES, type ClassSpec, type Knob, type Objective } from './advise-options.js';
import { classTargetsOf, withClassTargets } from './candidate.js';
import { candidateCosts, defaultRates, type CostRates } from './costing.js';
import { coordinateSearch } from './coordinate-search.js';
import { SearchFailedError, SimulationEvaluator, type Evaluation } from './evaluator.js';
import { ladderOf, type Ladder } from './ladder.js';
import { adviseMsg } from './messages.js';
import { estimate, type Judge } from './paired-judge.js';
import { SearchSpace } from './search-space.js';
import { skuClasses, type SkuClass } from './sku-classes.js';
import { stockLevelsOf } from './stock-levels.js';
import { targetSearch } from './target-search.js';

/** Candidates a search may run without `maxEvaluations`. */
export const DEFAULT_MAX_EVALUATIONS = 200;

export interface AdviseProgress extends ExperimentProgress {
  /** After each new candidate of the search. */
  candidate?(c: { order: number; why: string; values: number[]; metric: number | null; cost: number; seconds: number }): void;
  /** Before the comparison run. */
  comparing?(setups: number): void;
}

export interface AdviseOptions extends RunOverrides {
  file: string;
  set?: Record<string, unknown>;
  setup?: string;
  knob: Knob;
  objective: Objective;
  classes: ClassSpec;
  /** Rates given on the command line; the rest take their defaults. */
  rates?: Partial<Omit<CostRates, 'horizonDays'>>;
  reps?: number;
  workers: number;
  conservative?: boolean;
  maxEvaluations?: number;
  compare?: boolean;
  interrupt?: Interrupt;
  progress?: AdviseProgress;
  workerFile?: URL;
  now?: () => Date;
}

export interface AdviceOutcome {
  advice: Advice;
  /** The comparison run's results (for the table); null without it. */
  comparison: Results | null;
}

/** The comparison run failed or was stopped. */
export class ComparisonFailedError extends Error {
  override readonly name = 'ComparisonFailedError';
  constructor(readonly failure: ReplicationFailure | null) {
    super(failure?.message ?? 'interrupted');
  }
}

/**
 * The setup to advise on: `name`, else the first merged setup without a transition, else the
 * first merged one, else the first.
 * @throws {ExperimentUsageError} for a name the scenario does not have
 */
export function advisedSetup(scenario: StudyInput, name?: string): Setup {
  if (name !== undefined) {
    const s = scenario.setups.find((x) => x.name === name);
    if (!s) throw new ExperimentUsageError(adviseMsg.unknownSetup(name, scenario.setups.map((x) => x.name).join(', ')), { setup: name });
    return s;
  }
  const merged = scenario.setups.filter((s) => s.mode === 'merged');
  const s = merged.find((x) => x.transition === undefined) ?? merged[0] ?? scenario.setups[0];
  if (!s) throw new ExperimentUsageError(adviseMsg.noSetup());
  return s;
}

/**
 * The start rung of each class: the setup's own target where it has the knob's form; else a
 * fill rate of 0.9, the mean lead time plus the review period as days of cover, or the
 * median level of the class's stock points (replication 0).
 */
export function startRungs(setup: Setup, ladder: Ladder, classes: readonly SkuClass[], levels: () => { sku: Int32Array; level: Int32Array }): number[] {
  const t = setup.replenishment.target;
  const own = ladder.knob in t ? (t as Record<string, number>)[ladder.knob] : undefined;
  if (own !== undefined) return classes.map(() => ladder.rungOf(own));
  if (ladder.knob === 'fillRate') return classes.map(() => ladder.rungOf(0.9));
  if (ladder.knob === 'daysOfCover') {
    const r = setup.replenishment;
    return classes.map(() => ladder.rungOf(makeSampler(r.leadTime).mean + (r.review === 'continuous' ? 0 : r.review.period)));
  }
  const { sku, level } = levels();
  return classes.map((c) => {
    const v: number[] = [];
    for (let sp = 0; sp < sku.length; sp++) if (sku[sp] + 1 >= c.ranks[0] && sku[sp] + 1 <= c.ranks[1] && level[sp] > 0) v.push(level[sp]);
    v.sort((a, b) => a - b);
    return ladder.rungOf(v.length > 0 ? v[(v.length - 1) >> 1] : 0);
  });
}

/** The scenario the search runs: the advised setup, and the one that sets the study's largest uplift (common random numbers). */
function searchScenario(scenario: StudyInput, setup: Setup): StudyInput {
  const uMax = maxUplift(scenario);
  const keep = [setup.name];
  if (setup.platform.searchBadgeOrderUplift < uMax) keep.push(scenario.setups.find((s) => s.platform.searchBadgeOrderUplift === uMax)!.name);
  return { ...scenario, setups: scenario.setups.filter((s) => keep.includes(s.name)) };
}

/**
 * Runs the advisor (see the module comment).
 * @throws ScenarioError for a bad scenario; {@link ExperimentUsageError} for options that
 *   cannot be carried out; `SearchFailedError`, `SearchInterruptedError`,
 *   `TargetUnreachableError`, `BudgetSpent`, {@link ComparisonFailedError}
 */
export async function runAdvice(o: AdviseOptions): Promise<AdviceOutcome> {
  const now = o.now ?? (() => new Date());
  const started = now();
  const interrupt = o.interrupt ?? new Interrupt();
  const loaded = await loadStudyScenario(o.file, o.set);
  const scenario = applyOverrides(loaded.scenario, o);
  const setup = advisedSetup(scenario, o.setup);
  const reps = o.reps ?? scenario.replications;
  if (o.conservative && reps < 2) throw new ExperimentUsageError(adviseMsg.conservativeNeedsReps());
  const indices = Array.from({ length: reps }, (_, k) => k);

  const base = setupInputs(scenario, setup, 0, maxUplift(scenario));
  if (o.classes.kind === 'sku' && base.catalogue.skuCount > MAX_SKU_CLASSES) {
    throw new ExperimentUsageError(adviseMsg.tooManySkus(base.catalogue.skuCount, MAX_SKU_CLASSES));
  }
  const classes = skuClasses(base.catalogue.popularity, o.classes);
  const names = classes.map((c) => c.name);
  const ladder = ladderOf(o.knob);
  const start = startRungs(setup, ladder, classes, () => ({ sku: base.model.stock.sku, level: base.model.stock.reorderLevel }));
  const coarseStep = ladder.coarseStep(Math.max(...start));
  const rates = defaultRates(base.catalogue, setup.horizon, o.rates ?? {});
  const judge: Judge = {
    score: (e) => candidateCosts(e, o.objective, rates).score,
    ...(o.objective.kind === 'target'
      ? { metric: (e: Evaluation) => e.figures[(o.objective as { metric: 'fillRate' | 'onTimeRate' }).metric], target: o.objective.value, conservative: o.conservative ?? false }
      : {}),
  };

  const runner = createRunner(Math.max(1, Math.min(o.workers, reps)), o.workerFile);
  try {
    const evaluator = new SimulationEvaluator({
      scenario: searchScenario(scenario, setup),
      setup: setup.name,
      classes,
      ladder,
      indices,
      runner,
      interrupt,
      evaluated: (e, why, seconds) =>
        o.progress?.candidate?.({
          order: e.order,
          why,
          values: e.x.map((i) => ladder.value(i)),
          metric: judge.metric ? estimate(judge.metric(e)).mean : null,
          cost: estimate(candidateCosts(e, o.objective, rates).cost).mean,
          seconds,
        }),
    });
    const space = new SearchSpace(evaluator.evaluate, ladder.size, classes.length, o.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS);
    const search = o.objective.kind === 'target' ? targetSearch : coordinateSearch;
    const result = await search({ space, judge, start, coarseStep, names });

    const classTargets = classTargetsOf(classes, ladder, result.x);
    const levels = stockLevelsOf(withClassTargets(scenario, classTargets, { names: [setup.name] }), setup.name, classes);

    let comparison: Results | null = null;
    if (o.compare ?? true) {
      o.progress?.comparing?.(scenario.setups.length);
      const outcome = await runExperiment({
        scenario: withClassTargets(scenario, classTargets),
        source: loaded.source,
        indices,
        runner,
        workers: Math.max(1, Math.min(runner.concurrency, reps)),
        interrupt,
        progress: o.progress,
        now,
      });
      if (outcome.failures.length > 0 || outcome.interrupted) throw new ComparisonFailedError(outcome.failures[0] ?? null);
      comparison = outcome.results;
    }

    const advice = assembleAdvice({
      source: loaded.source,
      scenario,
      setup,
      reps,
      options: o,
      rates,
      classes,
      ladder,
      classTargets,
      result,
      judge,
      coarseStep,
      candidates: evaluator.count,
      levels,
      comparison,
      run: { startedAt: started.toISOString(), wallSeconds: Math.round((now().getTime() - started.getTime()) / 10) / 100, workers: runner.concurrency },
    });
    return { advice, comparison };
  } catch (e) {
    if (e instanceof SearchFailedError) await runner.abort();
    throw e;
  } finally {
    await runner.close();
  }
}
