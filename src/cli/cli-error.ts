/**
 * Expected CLI failures: printed as one clean message (no stack trace), with an exit code.
 */
import { EXIT, type ExitCode } from './exit-codes.js';

/**
 * A failure the user can act on (a file that cannot be written, a run that failed for a
 * stated reason). The top-level handler prints `message` only and exits with `exitCode`.
 *
 * @example
 * throw new CliError(cliMsg.cannotWrite(out, 'ENOENT'), EXIT.runFailed);
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.runFailed,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Wrong command-line usage: unknown flag, missing argument, bad flag value. Exit code 2,
 * followed by a hint to run `--help` for `command`.
 *
 * @example
 * throw new UsageError('--replications must be a positive integer', 'run');
 */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command = '',
  ) {
    super(message, EXIT.badInput, { command });
  }
}
