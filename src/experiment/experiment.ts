/**
 * A study: replications → aggregation → results.
 *
 * ```
 * planned indices ──▶ runBatch (runner: in-process or piscina) ──▶ outputs (replication order)
 *        ▲                                                           │
 *        └──── nextTotal ◀── targets not met ◀── buildResults ◀──────┘
 *                                                  │ targets met / none / stopped
 *                                                  ▼
 *                                    Results (+ run block) and outputs
 * ```
 *
 * 1. run the planned replications, at most `runner.concurrency` at a time;
 * 2. with precision targets, build the results, and while a target is missed (and neither
 *    `maxReps` nor a stop is reached) run the next batch of indices n..n'−1;
 * 3. build the final results, marking them partial when a replication failed or a stop was
 *    requested before all planned replications ran.
 */
import type { ReplicationOutput } from '../model/result.js';
import type { Results } from '../results/types.js';
import type { Scenario } from '../scenario/schema.js';
import { buildResults } from './aggregate/results.js';
import type { ReplicationFailure } from './errors.js';
import { formatShard, type Shard } from './plan/shard.js';
import { nextTotal, targetsMet, type PrecisionTarget } from './plan/target-precision.js';
import { Interrupt } from './run/interrupt.js';
import type { ReplicationRunner } from './run/runner.js';
import { runBatch } from './run/schedule.js';
import { toolInfo } from './tool-info.js';

/** Progress callbacks (completion order; for display only). */
export interface ExperimentProgress {
  /** The number of replications planned so far (grows with precision targets). */
  planned?(total: number): void;
  started?(replication: number): void;
  done?(output: ReplicationOutput): void;
  failed?(failure: ReplicationFailure): void;
}

export interface ExperimentOptions {
  /** The resolved scenario, with seed and run-length overrides already applied. */
  scenario: Scenario;
  /** How results.json names the scenario (name, file as given, SHA-256 of its bytes). */
  source: Results['scenario'];
  /** Replication indices to run first (see `planIndices`). */
  indices: readonly number[];
  runner: ReplicationRunner;
  /** Worker count recorded in `run.workers`. */
  workers: number;
  targets?: readonly PrecisionTarget[];
  /** Upper bound on replications when targets are set. */
  maxReps?: number;
  shard?: Shard;
  sweepPoint?: Results['sweepPoint'];
  interrupt?: Interrupt;
  progress?: ExperimentProgress;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

export interface ExperimentOutcome {
  results: Results;
  /** Every finished replication, in replication order (written as the raw file). */
  outputs: ReplicationOutput[];
  failures: ReplicationFailure[];
  /** A stop was requested before every planned replication finished. */
  interrupted: boolean;
}

/**
 * Runs a study and aggregates it (see the module comment for the phases). Never throws for
 * a failing replication: failures are returned, and the results cover the others.
 */
export async function runExperiment(o: ExperimentOptions): Promise<ExperimentOutcome> {
  const now = o.now ?? (() => new Date());
  const started = now();
  const interrupt = o.interrupt ?? new Interrupt();
  const targets = o.targets ?? [];
  const outputs: ReplicationOutput[] = [];
  const failures: ReplicationFailure[] = [];
  let notRun = 0;
  let indices = [...o.indices];
  let planned = indices.length;
  o.progress?.planned?.(planned);

  const header = (partial: boolean): Parameters<typeof buildResults>[0] => ({
    tool: toolInfo(),
    scenario: o.source,
    resolved: o.scenario,
    sweepPoint: o.sweepPoint,
    run: {
      startedAt: started.toISOString(),
      wallSeconds: Math.round((now().getTime() - started.getTime()) / 10) / 100,
      workers: o.workers,
      partial,
      ...(o.shard ? { shard: formatShard(o.shard) } : {}),
    },
  });

  for (;;) {
    const batch = await runBatch(o.scenario, indices, o.runner, interrupt, {
      started: (k) => o.progress?.started?.(k),
      done: (out) => o.progress?.done?.(out),
      failed: (f) => o.progress?.failed?.(f),
    });
    outputs.push(...batch.outputs);
    failures.push(...batch.failures);
    notRun += batch.notRun.length;
    if (targets.length === 0 || failures.length > 0 || interrupt.stopping) break;
    const interim = buildResults(header(false), outputs);
    if (targetsMet(interim, targets)) break;
    const total = nextTotal(interim, targets, o.maxReps ?? Infinity);
    if (total <= outputs.length) break;
    indices = Array.from({ length: total - outputs.length }, (_, i) => outputs.length + i);
    planned = total;
    o.progress?.planned?.(planned);
  }

  outputs.sort((a, b) => a.replication - b.replication);
  const interrupted = notRun > 0;
  const results = buildResults(header(interrupted || failures.length > 0), outputs);
  return { results, outputs, failures, interrupted };
}
