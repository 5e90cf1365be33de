/**
 * Message catalogue of the bench harness: every user-facing error and notice is built here
 * (lower-case, no trailing period; `test/bench/messages.test.ts` checks the style).
 */
export const message = {
  notAResultsFile: (path: string, got: unknown) =>
    `${path} is not a bench results file (schemaVersion ${String(got)}, expected 1 with meta and records)`,
  unknownSuite: (name: string, known: readonly string[]) =>
    `unknown bench suite ${name}; known suites: ${known.join(', ')}`,
  taskFailed: (key: string, state: string) => `bench task ${key} did not complete (state ${state})`,
  simpyMissing: (python: string) =>
    `simpy is not importable by ${python}; install the debian package python3-simpy3 to time the peer`,
  peerFailed: (detail: string) => `the simpy peer failed: ${detail}`,
  modelMissing: (what: string) => `${what} is not available yet in src/model; suite skipped`,
  regressions: (n: number, threshold: number) =>
    `${n} task(s) more than ${Math.round(threshold * 100)}% slower (or larger) than the old run; machines are noisy, re-run before acting`,
  noRegressions: (threshold: number) => `no task more than ${Math.round(threshold * 100)}% slower than the old run`,
  missingTasks: (keys: readonly string[]) => `in the old run but not in this one: ${keys.join(', ')}`,
  clockMismatch: (keys: readonly string[]) =>
    `not compared, timed with another clock than in the old run (use the same --clock): ${keys.join(', ')}`,
  sanityFailed: (what: string) => `sanity check failed: ${what}`,
  quickTargets: () =>
    'with --quick the tasks are smaller (shorter horizons, 4 replications): the figures below only indicate; run without --quick to check a target',
} as const;
