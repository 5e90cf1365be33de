/**
 * Process exit codes of `poolsim` (documented in `docs/cli.md`).
 */
export const EXIT = {
  /** Everything worked. */
  ok: 0,
  /** A run (or another command) started on good input and failed. */
  runFailed: 1,
  /** `poolsim check`: the scenario loads but breaks a rule of the programme (not ready to apply). */
  notReady: 1,
  /** Bad input: an invalid scenario file, or a usage error (unknown flag, missing argument). */
  badInput: 2,
  /** Stopped by Ctrl-C (SIGINT): 128 + signal 2, as shells report it. */
  interrupted: 130,
} as const;

/** One of the exit codes above. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
