/**
 * `poolsim sweep` without the command line: a grid of scenario variants, each run as a
 * study with the same seed and replication indices (so differences between points are not
 * noise from different random numbers).
 *
 * 1. load the scenario file once; build the grid (`--vary` axes, canonical order);
 * 2. keep this shard's points (`--shard k/n` slices points);
 * 3. validate every point's scenario before simulating anything;
 * 4. run the points one after another on one runner (pool threads are reused), each into
 *    `<out>/point-XXX/` (results.json, CSVs, raw replications);
 * 5. unsharded: write `sweep.csv` (one row per point × setup × metric) and `sweep.json` (every
 *    point's results, readable by `poolsim report`); sharded: `poolsim merge` writes them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../../results/types.js';
import { loadScenario } from '../../scenario/load.js';
import { isFileSystemError, OutputError, writeReason, type ReplicationFailure } from '../errors.js';
import { outputFileFailed } from '../messages.js';
import { runExperiment, type ExperimentProgress } from '../experiment.js';
import { withValues } from '../load-study-scenario.js';
import type { SellerFileCache } from '../seller-data.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { prepareRunFolder } from '../output/run-folder.js';
import { writeRun } from '../output/write-run.js';
import { planIndices } from '../plan/replication-plan.js';
import { shardSlice, type Shard } from '../plan/shard.js';
import { rerunCommand } from '../rerun-command.js';
import { createRunner } from '../run/create-runner.js';
import { Interrupt } from '../run/interrupt.js';
import { applyOverrides, type RunOverrides } from '../scenario-overrides.js';
import { pointDir, sweepCsv, sweepTable, type SweepTable } from './table.js';
import { gridPoints, pointIndex, type VaryAxis } from './vary.js';

export const SWEEP_JSON = 'sweep.json';
export const SWEEP_CSV = 'sweep.csv';

export interface SweepOptions extends RunOverrides {
  file: string;
  axes: VaryAxis[];
  reps?: number;
  workers: number;
  /** Slices the grid's points. */
  shard?: Shard;
  out?: string;
  force?: boolean;
  interrupt?: Interrupt;
  /** Progress per point; `point` announces each point before it runs. */
  progress?: ExperimentProgress & { point?(index: number, count: number, values: Record<string, unknown>): void };
  workerFile?: URL;
  now?: () => Date;
}

export interface SweepOutcome {
  dir: string;
  /** results.json of each point run here, in grid order. */
  resultsFiles: string[];
  /** The sweep table files (unsharded runs only). */
  tableFiles: string[];
  /** The sweep table (unsharded runs only). */
  table?: SweepTable;
  failures: Array<ReplicationFailure & { point: number; rerun: string }>;
  interrupted: boolean;
}

/**
 * sweep.json: the grid and every point's full results, in grid order —
 * `{ schemaVersion, kind: 'sweep', scenario, seed, baseline, varied, vary, points: [Results…] }`,
 * the sweep format `poolsim report` reads (`src/report/load-results.ts`).
 */
export function sweepJson(points: readonly Results[]): string {
  const t = sweepTable(points);
  const byIndex = new Map(points.map((r) => [pointIndex(r.sweepPoint ?? {}, t.vary), r]));
  const doc = {
    schemaVersion: 1,
    kind: 'sweep',
    scenario: t.scenario,
    seed: t.seed,
    baseline: t.baseline,
    varied: t.vary.map((a) => a.path),
    vary: t.vary,
    points: t.points.map((p) => byIndex.get(p.index)),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Writes sweep.csv and sweep.json (atomically) from the points' results; returns the files and the table. */
export function writeSweepTable(dir: string, points: readonly Results[]): { files: string[]; table: SweepTable } {
  const table = sweepTable(points);
  const json = join(dir, SWEEP_JSON);
  const csv = join(dir, SWEEP_CSV);
  for (const [file, data] of [
    [csv, () => sweepCsv(table)],
    [json, () => sweepJson(points)],
  ] as const) {
    try {
      writeFileAtomic(file, data());
    } catch (err) {
      if (!isFileSystemError(err)) throw err;
      throw new OutputError(outputFileFailed(file, writeReason(err)), { file });
    }
  }
  return { files: [json, csv], table };
}

/**
 * Runs a sweep end to end (see the module comment).
 *
 * @throws ScenarioError when a point's scenario is invalid (before anything runs);
 *   ExperimentUsageError for options that cannot be carried out
 */
export async function runSweep(o: SweepOptions): Promise<SweepOutcome> {
  const now = o.now ?? (() => new Date());
  const interrupt = o.interrupt ?? new Interrupt();
  // threads start while the scenario and every point are validated (see study.ts)
  const runner = createRunner(Math.max(1, Math.min(o.workers, o.reps ?? o.workers)), o.workerFile);
  const resultsFiles: string[] = [];
  const done: Results[] = [];
  const failures: SweepOutcome['failures'] = [];
  let interrupted = false;
  let dir: string;
  try {
    const loaded = await loadScenario(o.file);
    const grid = gridPoints(o.axes);
    const mine = o.shard ? shardSlice(grid, o.shard) : grid;
    const cache: SellerFileCache = new Map();
    const points = [];
    for (const values of mine) {
      const study = await withValues(loaded.text, loaded.sha256, o.file, undefined, values, cache);
      points.push({ values, index: pointIndex(values, o.axes), study, scenario: applyOverrides(study.scenario, o) });
    }

    const reps = o.reps ?? loaded.scenario.replications;
    const indices = planIndices({ reps });
    if (o.shard) {
      // shards of one sweep share the folder; each point folder is still checked on its own
      dir = o.out ?? prepareRunFolder({ scenarioName: loaded.scenario.name, now: now(), suffix: `-sweep-shard-${o.shard.k}-of-${o.shard.n}` });
      mkdirSync(dir, { recursive: true });
    } else {
      dir = prepareRunFolder({ out: o.out, force: o.force, scenarioName: loaded.scenario.name, now: now(), suffix: '-sweep' });
    }
    const pointDirs = points.map((p) => prepareRunFolder({ out: join(dir, pointDir(p.index)), force: o.force, scenarioName: '', now: now() }));
    const workers = Math.max(1, Math.min(runner.concurrency, indices.length));

    for (const [i, p] of points.entries()) {
      if (interrupt.stopping) {
        interrupted = true;
        break;
      }
      o.progress?.point?.(p.index, grid.length, p.values);
      const outcome = await runExperiment({
        scenario: p.scenario,
        source: p.study.source,
        indices,
        runner,
        workers,
        sweepPoint: p.values,
        interrupt,
        progress: o.progress,
        now,
      });
      resultsFiles.push(writeRun(pointDirs[i], outcome.results, outcome.outputs));
      done.push(outcome.results);
      interrupted ||= outcome.interrupted;
      for (const f of outcome.failures) {
        failures.push({
          ...f,
          point: p.index,
          rerun: rerunCommand({ file: o.file, replication: f.replication, seed: p.scenario.seed, warmupDays: o.warmupDays, horizonDays: o.horizonDays, set: p.values }),
        });
      }
    }
  } finally {
    await runner.close();
  }
  if (o.shard) return { dir, resultsFiles, tableFiles: [], failures, interrupted };
  const { files, table } = writeSweepTable(dir, done);
  return { dir, resultsFiles, tableFiles: files, table, failures, interrupted };
}
