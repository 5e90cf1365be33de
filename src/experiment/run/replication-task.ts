import type { ReplicationOutput } from '../../model/result.js';
import type { Scenario } from '../../scenario/schema.js';
import { injectedFailure } from '../messages.js';

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
 * Testing aid: when the environment variable `POOLSIM_FAIL_REP` equals the replication index,
 * the replication throws instead of running, so tests (and anyone checking their tooling) can
 * exercise the failure path of a real run. Worker threads inherit the variable. Documented in
 * `docs/results.md`; never set it for real studies.
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
  return replicate(task.scenario, task.replication);
}
