import { ExperimentUsageError } from '../errors.js';
import { badShard, shardAutoNoCount, shardAutoNoEnv, shardAutoOutOfRange } from '../messages.js';

/** Shard k of n (1-based k): a contiguous slice of the replications or sweep points. */
export interface Shard {
  k: number;
  n: number;
}

/** `{ k: 2, n: 8 }` → `"2/8"`. */
export function formatShard(s: Shard): string {
  return `${s.k}/${s.n}`;
}

function int(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}

/**
 * Parses `--shard`: `k/n` (1 ≤ k ≤ n), or `auto` / `auto/n`, which read the shard index from
 * the batch system:
 * - Kubernetes Indexed Job: `JOB_COMPLETION_INDEX` (0-based) → k = index + 1; n must be given
 *   (`auto/n`, the Job's `completions`);
 * - Slurm job array: `SLURM_ARRAY_TASK_ID`, with `SLURM_ARRAY_TASK_MIN` and
 *   `SLURM_ARRAY_TASK_STEP` → k = (id − min) / step + 1; n = `SLURM_ARRAY_TASK_COUNT` unless given.
 *
 * @throws {ExperimentUsageError} for a malformed spec or a missing/out-of-range index
 * @example
 * parseShard('2/8'); // { k: 2, n: 8 }
 * parseShard('auto/4', { JOB_COMPLETION_INDEX: '3' }); // { k: 4, n: 4 }
 */
export function parseShard(spec: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const m = /^\s*(auto|\d+)\s*(?:\/\s*(\d+)\s*)?$/.exec(spec);
  if (!m || (m[1] !== 'auto' && m[2] === undefined)) throw new ExperimentUsageError(badShard(spec), { shard: spec });
  const given = int(m[2]);
  if (m[1] !== 'auto') {
    const k = Number(m[1]);
    if (given === undefined || given < 1 || k < 1 || k > given) throw new ExperimentUsageError(badShard(spec), { shard: spec });
    return { k, n: given };
  }
  let variable: string;
  let k: number | undefined;
  let n = given;
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    variable = 'JOB_COMPLETION_INDEX';
    const index = int(env.JOB_COMPLETION_INDEX);
    k = index === undefined ? undefined : index + 1;
  } else if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    variable = 'SLURM_ARRAY_TASK_ID';
    const id = int(env.SLURM_ARRAY_TASK_ID);
    const min = int(env.SLURM_ARRAY_TASK_MIN) ?? 0;
    const step = int(env.SLURM_ARRAY_TASK_STEP) ?? 1;
    k = id === undefined || (id - min) % step !== 0 ? undefined : (id - min) / step + 1;
    n ??= int(env.SLURM_ARRAY_TASK_COUNT);
  } else {
    throw new ExperimentUsageError(shardAutoNoEnv(), { shard: spec });
  }
  if (n === undefined || n < 1) throw new ExperimentUsageError(shardAutoNoCount(variable), { shard: spec });
  if (k === undefined || k < 1 || k > n) {
    throw new ExperimentUsageError(shardAutoOutOfRange(variable, env[variable] ?? '', n), { shard: spec });
  }
  return { k, n };
}

/**
 * The k-th of n contiguous, near-equal slices of `items`: [⌊(k−1)·N/n⌋, ⌊k·N/n⌋). Slices of
 * all k partition `items` in order (some may be empty when n > N).
 *
 * @example
 * shardSlice([0, 1, 2, 3, 4], { k: 2, n: 2 }); // [2, 3, 4]
 */
export function shardSlice<T>(items: readonly T[], s: Shard): T[] {
  const N = items.length;
  return items.slice(Math.floor(((s.k - 1) * N) / s.n), Math.floor((s.k * N) / s.n));
}
