/**
 * The top-level error handler: turns anything thrown by a command into a message on stderr
 * and an exit code. Known errors (bad scenario or results file, usage, CLI failures) print without a stack
 * trace; anything else is a bug or an environment problem and prints one line plus a hint.
 * `POOLSIM_DEBUG=1` adds the stack trace in every case.
 */
import { OutputError, ResultsFileError } from '../experiment/errors.js';
import { ScenarioError } from '../scenario/errors.js';
import { CliError, UsageError } from './cli-error.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { cliMsg } from './messages.js';
import { styleProblem } from './print-problems.js';
import { styleFor } from './style.js';

/** True when `POOLSIM_DEBUG` asks for stack traces. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.POOLSIM_DEBUG;
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

/**
 * Prints `error` for a user and returns the exit code to use: 2 for a `ScenarioError`,
 * `ResultsFileError` or `UsageError`, the error's own code for a `CliError`, 1 for anything else.
 *
 * @example
 * try { await cli.parseAsync(); } catch (e) { process.exitCode = reportFailure(e); }
 */
export function reportFailure(error: unknown, stderr: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): ExitCode {
  const style = styleFor(stderr);
  const write = (line: string) => stderr.write(`${line}\n`);
  let code: ExitCode;
  if (error instanceof ScenarioError) {
    for (const p of error.problems) write(styleProblem(p, style));
    code = EXIT.badInput;
  } else if (error instanceof ResultsFileError) {
    for (const p of error.problems) write(styleProblem(p, style));
    write(`${style.red('bad')} ${error.problems[0].file}  ${cliMsg.resultsBad(error.problems.filter((p) => p.line > 0 || p.note !== undefined).length)}`);
    code = EXIT.badInput;
  } else if (error instanceof OutputError) {
    write(`poolsim: ${error.message}`);
    code = EXIT.runFailed;
  } else if (error instanceof UsageError) {
    write(`poolsim: ${error.message}`);
    write(cliMsg.usageHint(error.command));
    code = EXIT.badInput;
  } else if (error instanceof CliError) {
    write(`poolsim: ${error.message}`);
    code = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    write(`poolsim: ${cliMsg.unexpected(message.split('\n')[0])}`);
    if (!debugEnabled()) write(cliMsg.debugHint());
    code = EXIT.runFailed;
  }
  if (debugEnabled() && error instanceof Error && error.stack) write(style.dim(error.stack));
  return code;
}
