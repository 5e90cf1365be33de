/**
 * The piscina worker module: each task runs one replication of every setup. Loaded from
 * `dist/experiment/run/replication-worker.js` (type-checked TypeScript like the rest; see
 * `worker-file.ts`). Returns plain data, structured-cloned back to the main thread. The
 * thread primes its model before its first task (`priming.ts`).
 */
import { runReplication } from '../../model/replication.js';
import type { ReplicationOutput } from '../../model/result.js';
import { primed } from './priming.js';
import { runReplicationTask, type ReplicationTask } from './replication-task.js';

const replicate = primed(runReplication);

export default function replicationWorker(task: ReplicationTask): ReplicationOutput {
  return runReplicationTask(task, replicate);
}
