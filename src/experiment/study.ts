/**
 * `poolsim run` without the command line: load → override → plan → run → write.
 *
 * 1. load and validate the scenario (`--set` values applied to its text first);
 * 2. apply `--seed`, `--warmup`, `--horizon`;
 * 3. plan the replication indices (`--reps`, `--rep`, `--shard`);
 * 4. create the run folder (before simulating, so a clash fails fast);
 * 5. run the experiment on the runner (`--workers`), with precision targets if any;
 * 6. with `--sensitivity` or a `sensitivity:` block (not with `--rep` or `--shard`): vary the
 *    assumptions one at a time on the same runner (`sensitivity/run-sensitivity.ts`), into
 *    `<run>/sensitivity/`, and add the `sensitivity` block to results.json;
 * 7. write results.json, the CSVs and the raw replications (also when partial).
 */
import { join } from 'node:path';
import { ExperimentUsageError } from './errors.js';
import { runExperiment, type ExperimentOutcome, type ExperimentProgress } from './experiment.js';
import { loadStudyScenario } from './load-study-scenario.js';
import { incompatibleOptions } from './messages.js';
import { prepareRunFolder } from './output/run-folder.js';
import { writeRun } from './output/write-run.js';
import { planIndices } from './plan/replication-plan.js';
import type { Shard } from './plan/shard.js';
import type { PrecisionTarget } from './plan/target-precision.js';
import { rerunCommand } from './rerun-command.js';
import { createRunner } from './run/create-runner.js';
import type { Interrupt } from './run/interrupt.js';
import { applyOverrides, type RunOverrides } from './scenario-overrides.js';
import { runSensitivity, type SensitivityOutcome, type SensitivityOptions } from './sensitivity/run-sensitivity.js';
import type { Warning } from '../scenario/errors.js';
import { MAX_REPLICATIONS, studyWarnings } from '../scenario/limits.js';
import { locateWarnings } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';
import { sensitivity as sensitivitySchema } from '../scenario/sensitivity-schema.js';

export interface StudyOptions extends RunOverrides {
  file: string;
  /** Replications (default: the scenario's `replications`). */
  reps?: number;
  /** Run only this replication index. */
  rep?: number;
  /** Scenario paths to set before validation (`--set path=value`). */
  set?: Record<string, unknown>;
  workers: number;
  shard?: Shard;
  targets?: PrecisionTarget[];
  /** Replication cap with targets (default 10 × the initial count). */
  maxReps?: number;
  out?: string;
  force?: boolean;
  /** Vary the assumptions (`--sensitivity`); a `sensitivity:` block in the scenario does too. */
  sensitivity?: boolean;
  interrupt?: Interrupt;
  progress?: ExperimentProgress & Pick<NonNullable<SensitivityOptions['progress']>, 'variant'>;
  workerFile?: URL;
  now?: () => Date;
  /** Called before any replication runs, once per warning about the study as run (after `--horizon`, `--warmup`): a slow setup or slow replications. */
  onWarning?: (warning: Warning) => void;
}

export interface StudyOutcome extends ExperimentOutcome {
  dir: string;
  resultsFile: string;
  /** One command per failed replication that reruns it alone. */
  rerunCommands: string[];
  /** The sensitivity analysis, when it ran: its variants' results files and failed replications. */
  sensitivity?: Pick<SensitivityOutcome, 'resultsFiles' | 'failures' | 'interrupted'>;
}

/** The folder name of shard k of n: `shard-2-of-8`. */
export function shardFolder(s: Shard): string {
  return `shard-${s.k}-of-${s.n}`;
}

/**
 * Runs a study end to end (see the module comment). Failing replications do not throw: the
 * others are written (partial) and the failures returned with rerun commands.
 *
 * @throws ScenarioError for an invalid scenario; {@link ExperimentUsageError} for options
 *   that cannot be carried out (existing `--out`, `--target-precision` with `--shard`, …)
 */
export async function runStudy(o: StudyOptions): Promise<StudyOutcome> {
  const targets = o.targets ?? [];
  if (targets.length > 0 && o.shard) throw new ExperimentUsageError(incompatibleOptions('--target-precision', '--shard'));
  if (targets.length > 0 && o.rep !== undefined) throw new ExperimentUsageError(incompatibleOptions('--target-precision', '--rep'));
  if (o.rep !== undefined && o.shard) throw new ExperimentUsageError(incompatibleOptions('--rep', '--shard'));
  if (o.sensitivity && o.shard) throw new ExperimentUsageError(incompatibleOptions('--sensitivity', '--shard'));
  if (o.sensitivity && o.rep !== undefined) throw new ExperimentUsageError(incompatibleOptions('--sensitivity', '--rep'));

  // Threads start (and load the model) while the scenario is read and validated: their
  // start-up overlaps the serial part (docs/performance.md, Scaling to 2 workers).
  const threads = o.rep !== undefined ? 1 : targets.length > 0 ? o.workers : Math.max(1, Math.min(o.workers, o.reps ?? o.workers));
  const runner = createRunner(threads, o.workerFile);
  let outcome: ExperimentOutcome;
  let dir: string;
  let scenario: Scenario;
  let sensitivity: SensitivityOutcome | undefined;
  try {
    const loaded = await loadStudyScenario(o.file, o.set);
    scenario = applyOverrides(loaded.scenario, o);
    for (const w of locateWarnings(loaded.text, o.file, studyWarnings(scenario))) o.onWarning?.(w);
    const reps = o.reps ?? scenario.replications;
    const indices = planIndices({ reps, rep: o.rep, shard: o.shard });

    const now = o.now ?? (() => new Date());
    dir = prepareRunFolder({
      out: o.out !== undefined && o.shard ? join(o.out, shardFolder(o.shard)) : o.out,
      force: o.force,
      scenarioName: scenario.name,
      now: now(),
      suffix: o.shard ? `-${shardFolder(o.shard)}` : o.rep !== undefined ? `-rep-${o.rep}` : undefined,
    });

    outcome = await runExperiment({
      scenario,
      source: loaded.source,
      indices,
      runner,
      workers: Math.max(1, Math.min(runner.concurrency, indices.length)),
      targets,
      maxReps: o.maxReps ?? Math.min(MAX_REPLICATIONS, Math.max(10 * reps, reps)),
      shard: o.shard,
      interrupt: o.interrupt,
      progress: o.progress,
      now,
    });
    // a block alone turns the analysis on, except for one replication or one shard of a study
    const settings = scenario.sensitivity ?? (o.sensitivity ? sensitivitySchema.parse({}) : undefined);
    if (settings && o.rep === undefined && !o.shard && !outcome.interrupted) {
      sensitivity = await runSensitivity({
        scenario,
        source: loaded.source,
        settings,
        base: { results: outcome.results, outputs: outcome.outputs },
        runner,
        workers: Math.max(1, Math.min(runner.concurrency, indices.length)),
        dir,
        force: o.force,
        interrupt: o.interrupt,
        progress: o.progress,
        now,
      });
      outcome = { ...outcome, results: { ...outcome.results, sensitivity: sensitivity.block }, interrupted: sensitivity.interrupted };
    }
  } catch (err) {
    await runner.close();
    throw err;
  }
  // The threads shut down while the results are written.
  const closed = runner.close();
  let resultsFile: string;
  try {
    resultsFile = writeRun(dir, outcome.results, outcome.outputs);
  } finally {
    await closed;
  }
  const rerunCommands = outcome.failures.map((f) =>
    rerunCommand({ file: o.file, replication: f.replication, seed: scenario.seed, warmupDays: o.warmupDays, horizonDays: o.horizonDays, set: o.set }),
  );
  return {
    ...outcome,
    dir,
    resultsFile,
    rerunCommands,
    ...(sensitivity ? { sensitivity: { resultsFiles: sensitivity.resultsFiles, failures: sensitivity.failures, interrupted: sensitivity.interrupted } } : {}),
  };
}
