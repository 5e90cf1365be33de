import { ExperimentUsageError } from '../errors.js';
import { badRep, notPositiveInteger } from '../messages.js';
import { shardSlice, type Shard } from './shard.js';

/**
 * The replication indices a run is to execute: `[rep]` with `--rep`, else 0..reps−1, cut to
 * the k-th contiguous slice with `--shard k/n`.
 *
 * @throws {ExperimentUsageError} for a non-positive `reps` or a negative `rep`
 * @example
 * planIndices({ reps: 10, shard: { k: 2, n: 3 } }); // [3, 4, 5]
 */
export function planIndices(opts: { reps: number; rep?: number; shard?: Shard }): number[] {
  if (!Number.isInteger(opts.reps) || opts.reps < 1) throw new ExperimentUsageError(notPositiveInteger('--reps', opts.reps));
  if (opts.rep !== undefined) {
    if (!Number.isInteger(opts.rep) || opts.rep < 0) throw new ExperimentUsageError(badRep(opts.rep));
    return [opts.rep];
  }
  const all = Array.from({ length: opts.reps }, (_, i) => i);
  return opts.shard ? shardSlice(all, opts.shard) : all;
}
