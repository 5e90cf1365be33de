/**
 * The piscina worker module: each task runs one replication of every setup. Loaded from
 * `dist/experiment/run/replication-worker.js` (type-checked TypeScript like the rest; see
 * `worker-file.ts`). Returns plain data, structured-cloned back to the main thread.
 */
import { runReplication } from '../../model/replication.js';
import type { ReplicationOutput } from '../../model/result.js';
import { runReplicationTask, type ReplicationTask } from './replication-task.js';

export default function replicationWorker(task: ReplicationTask): ReplicationOutput {
  return runReplicationTask(task, runReplication);
}
