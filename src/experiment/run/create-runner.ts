import { runReplication } from '../../model/replication.js';
import { inProcessRunner } from './in-process-runner.js';
import { poolRunner } from './pool-runner.js';
import type { ReplicationRunner } from './runner.js';

/**
 * The runner for `--workers W`: W = 1 runs in-process on the main thread (no pool, no
 * thread start-up, easiest to debug); W > 1 starts a piscina pool of W threads running
 * `replication-worker.js`.
 */
export function createRunner(workers: number, workerFile?: URL): ReplicationRunner {
  return workers <= 1 ? inProcessRunner(runReplication) : poolRunner(workers, workerFile);
}
