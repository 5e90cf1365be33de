/**
 * Errors of the experiment layer, by audience: `ExperimentUsageError` for options the user
 * can fix (the CLI exits 2), `ReplicationsFailedError` when replications threw (exit 1; the
 * others' results are still written). Messages come from `messages.ts`.
 */

import { formatProblem, type Problem } from '../scenario/errors.js';

/**
 * A results file (results.json, sweep.json, the raw replications beside them) that does not
 * follow its schema: every problem located like a scenario's (file, line:col, JSON path, value,
 * expected), or one note about the file as a whole. The CLI prints them and exits 2.
 */
export class ResultsFileError extends Error {
  override readonly name = 'ResultsFileError';
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** Options that cannot be carried out: a bad `--shard`, an existing `--out`, a bad `--vary`. */
export class ExperimentUsageError extends Error {
  override readonly name = 'ExperimentUsageError';
  constructor(
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** One replication that threw, with what it takes to rerun it alone. */
export interface ReplicationFailure {
  replication: number;
  seed: number | string;
  /** The error's message (and stack when available) as thrown inside the replication. */
  message: string;
  stack?: string;
}
