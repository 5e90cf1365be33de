import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { ReplicationOutput } from '../../model/result.js';
import type { ReplicationTask } from './replication-task.js';
import type { ReplicationRunner } from './runner.js';
import { defaultWorkerFile } from './worker-file.js';

/**
 * A piscina pool of `workers` threads, each running whole replications
 * (`replication-worker.ts`). The scenario travels with each task (structured clone, a few
 * kilobytes against seconds of simulation), so one pool can serve every point of a sweep.
 * Threads start eagerly and stay until `close`/`abort`.
 */
export function poolRunner(workers: number, workerFile: URL = defaultWorkerFile()): ReplicationRunner {
  if (workers >= availableParallelism()) compileOnOwnThread();
  const pool = new Piscina<ReplicationTask, ReplicationOutput>({
    filename: workerFile.href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    // one task per worker at a time; the scheduler never queues more than `workers`
    concurrentTasksPerWorker: 1,
  });
  let closed = false;
  return {
    concurrency: workers,
    run: (task) => pool.run(task),
    async abort() {
      if (closed) return;
      closed = true;
      await pool.destroy();
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.close();
    },
  };
}

/**
 * Threads started after this call optimise code on their own thread instead of handing it to
 * V8's background compiler. With a simulating thread on every core the background compiler
 * has no idle core: its jobs wait behind the simulations while the code they would speed up
 * runs unoptimised (first replication on each of 2 threads 1.40 → 1.20 s, docs/performance.md,
 * "Scaling to 2 workers"). V8 reads the flag when an isolate starts, so threads already
 * running keep their background compiler; it is never switched back on, as a thread started
 * without that compiler must not find the flag set.
 */
function compileOnOwnThread(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}
