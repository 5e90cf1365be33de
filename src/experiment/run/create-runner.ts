import type { Replicate } from './replication-task.js';
import { inProcessRunner } from './in-process-runner.js';
import { poolRunner } from './pool-runner.js';
import { primed } from './priming.js';
import type { ReplicationRunner } from './runner.js';

/**
 * The runner for `--workers W`: W = 1 runs in-process on the main thread (no pool, no
 * thread start-up, easiest to debug); W > 1 starts a piscina pool of W threads running
 * `replication-worker.js`. The model is imported on the main thread only for W = 1 (the
 * threads load their own copy), and lazily, so the pool's threads start sooner. Every
 * thread, the main one included, primes its model once (`priming.ts`).
 */
export function createRunner(workers: number, workerFile?: URL): ReplicationRunner {
  if (workers > 1) return poolRunner(workers, workerFile);
  const replicate: Promise<Replicate> = import('../../model/replication.js').then((m) => primed(m.runReplication));
  return inProcessRunner(replicate);
}
