import type { ReplicationOutput } from '../../model/result.js';
import type { Scenario } from '../../scenario/schema.js';
import { isMainThread } from 'node:worker_threads';
import { injectedFailure } from '../messages.js';

/** Exit code of a worker thread killed by `POOLSIM_EXIT_REP` (a testing aid). */
export const INJECTED_EXIT_CODE = 70;

/** One unit of work: replication `replication` of every setup of `scenario`. Structured-clone safe. */
export interface ReplicationTask {
  scenario: Scenario;
  replication: number;
}

/** Runs one replication (all setups): the model's `runReplication`, or a stand-in in tests. */
export type Replicate = (scenario: Scenario, replication: number) => ReplicationOutput;

/**
 * Runs a task, in-process or inside a worker thread.
 *
 * Testing aids: when the environment variable `POOLSIM_FAIL_REP` equals the replication index,
 * the replication throws instead of running; when `POOLSIM_EXIT_REP` does, the worker thread
 * running it exits (`process.exit` in a thread ends the thread), as a thread that crashes would.
 * Tests (and anyone checking their tooling) can so exercise the failure paths of a real run.
 * Worker threads inherit the variables. Documented in `docs/results.md`; never set them for
 * real studies.
 */
export function runReplicationTask(
  task: ReplicationTask,
  replicate: Replicate,
  env: NodeJS.ProcessEnv = process.env,
): ReplicationOutput {
  const fail = env.POOLSIM_FAIL_REP;
  if (fail !== undefined && fail.trim() !== '' && Number(fail) === task.replication) {
    throw new Error(injectedFailure(task.replication));
  }
  // the thread itself dies (as when it runs out of memory or a native module aborts); on the
  // main thread (--workers 1) there is no thread to lose, so the hook does nothing there
  const exit = env.POOLSIM_EXIT_REP;
  if (exit !== undefined && exit.trim() !== '' && Number(exit) === task.replication && !isMainThread) process.exit(INJECTED_EXIT_CODE);
  return replicate(task.scenario, task.replication);
}
