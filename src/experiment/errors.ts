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

/**
 * The output folder or a file in it cannot be written (read-only, no permission, a full disk):
 * the message says which, why, and what is left (atomic writes leave no half-written file). The
 * CLI exits 1, as for any output that could not be written.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Why a file could not be written, from its error code: `no space left on the device (ENOSPC)`. */
export function writeReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'a read-only file system',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'the folder is gone',
    ENOTDIR: 'a file stands where a folder should be',
    EISDIR: 'a folder stands where the file should be',
    EIO: 'an input/output error',
  };
  return code === undefined ? String((err as Error).message ?? err) : `${why[code] ?? 'the file system refused it'} (${code})`;
}

/** True for the errors a file system raises (an error code such as ENOSPC), as against a bug. */
export const isFileSystemError = (err: unknown): boolean => typeof (err as NodeJS.ErrnoException | undefined)?.code === 'string' && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code!);

/** One replication that threw, with what it takes to rerun it alone. */
export interface ReplicationFailure {
  replication: number;
  seed: number | string;
  /** The error's message (and stack when available) as thrown inside the replication. */
  message: string;
  stack?: string;
}
