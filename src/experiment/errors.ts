/**
 * Errors of the experiment layer, by audience: `ExperimentUsageError` for options the user
 * can fix (the CLI exits 2), `ReplicationsFailedError` when replications threw (exit 1; the
 * others' results are still written). Messages come from `messages.ts`.
 */

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
