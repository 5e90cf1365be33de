/**
 * Flags shared by `poolsim run` and `poolsim sweep`, and their conversion into experiment
 * options. Option errors from the experiment layer become `UsageError`s (exit 2).
 */
import { availableParallelism } from 'node:os';
import type { Argv } from 'yargs';
import { ExperimentUsageError } from '../experiment/errors.js';
import { notPositiveInteger, tooLarge } from '../experiment/messages.js';
import { MAX_REPLICATIONS } from '../scenario/limits.js';
import { parseShard } from '../experiment/plan/shard.js';
import { parseDurationOption, parseSeed, type RunOverrides } from '../experiment/scenario-overrides.js';
import { UsageError } from './cli-error.js';

export interface CommonStudyArgs {
  scenario: string;
  reps?: number;
  seed?: string;
  workers: number;
  warmup?: string;
  horizon?: string;
  out?: string;
  force: boolean;
  quiet: boolean;
  shard?: string;
  report: boolean;
  lang: string;
}

/** Adds the shared flags to a command's builder. */
export function commonStudyOptions<T>(y: Argv<T>): Argv<T & CommonStudyArgs> {
  return y
    .positional('scenario', { describe: 'scenario file (.yaml, .yml or .json)', type: 'string', demandOption: true })
    .option('reps', { describe: 'replications (default: the scenario’s replications)', type: 'number' })
    .option('seed', { describe: 'seed (default: the scenario’s seed)', type: 'string' })
    .option('workers', {
      describe: 'worker threads; 1 runs in-process',
      type: 'number',
      default: availableParallelism(),
      defaultDescription: 'available cores',
    })
    .option('warmup', { describe: 'warm-up discarded before measuring: days, or 30d, 4w, 12h', type: 'string' })
    .option('horizon', { describe: 'measured days after the warm-up: days, or 52w, 90d', type: 'string' })
    .option('out', { describe: 'output folder (default reports/<scenario>-<UTC time>)', type: 'string' })
    .option('force', { describe: 'write into an --out folder that already holds files', type: 'boolean', default: false })
    .option('quiet', { alias: 'q', describe: 'no progress output', type: 'boolean', default: false })
    .option('shard', { describe: 'run only shard k of n (k/n, auto, auto/n; see docs/distributed.md)', type: 'string' })
    .option('report', { describe: 'render the decision report after the run', type: 'boolean', default: true })
    .option('lang', { describe: 'report language', choices: ['en', 'zh'], default: 'en' }) as unknown as Argv<T & CommonStudyArgs>;
}

/** Runs `fn`, turning experiment option errors into CLI usage errors for `command`. */
export async function asUsage<T>(command: string, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ExperimentUsageError) throw new UsageError(e.message, command);
    throw e;
  }
}

/** A positive integer flag, or undefined when absent; `max` caps it (`--reps`: as many as a scenario may ask for). */
export function positiveInt(option: string, v: number | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 1) throw new ExperimentUsageError(notPositiveInteger(option, v));
  if (v > max) throw new ExperimentUsageError(tooLarge(option, v, max));
  return v;
}

/** `--seed`, `--warmup`, `--horizon` as run overrides. */
export function overridesOf(a: CommonStudyArgs): RunOverrides {
  return {
    ...(a.seed !== undefined ? { seed: parseSeed(a.seed) } : {}),
    ...(a.warmup !== undefined ? { warmupDays: parseDurationOption('--warmup', a.warmup) } : {}),
    ...(a.horizon !== undefined ? { horizonDays: parseDurationOption('--horizon', a.horizon) } : {}),
  };
}

/**
 * The experiment options `run` and `sweep` both take from the shared flags: scenario file,
 * replications, workers (1 when not given), shard, output folder and the run overrides.
 * @throws ExperimentUsageError on a bad value (wrap the call in {@link asUsage})
 * @example const options = await asUsage('run', () => ({ ...commonOptionsOf(args), rep: args.rep }));
 */
export function commonOptionsOf(a: CommonStudyArgs) {
  return {
    file: a.scenario,
    reps: positiveInt('--reps', a.reps, MAX_REPLICATIONS),
    workers: positiveInt('--workers', a.workers) ?? 1,
    shard: a.shard !== undefined ? parseShard(a.shard) : undefined,
    out: a.out,
    force: a.force,
    ...overridesOf(a),
  };
}
