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
