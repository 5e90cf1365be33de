import type { ReplicationOutput } from '../../model/result.js';
import { runReplicationTask, type Replicate, type ReplicationTask } from './replication-task.js';
import type { ReplicationRunner } from './runner.js';

/**
 * `--workers 1`: replications run one at a time on the main thread. Each starts on a fresh
 * macrotask (`setImmediate`), so a Ctrl-C arriving during a replication is handled as soon
 * as it ends (a synchronous replication cannot be interrupted midway, so `abort` has nothing
 * to cancel). `replicate` may be a promise (the model still loading).
 */
export function inProcessRunner(replicate: Replicate | Promise<Replicate>): ReplicationRunner {
  return {
    concurrency: 1,
    async run(task: ReplicationTask): Promise<ReplicationOutput> {
      const fn = await replicate;
      return new Promise((resolve, reject) => {
        setImmediate(() => {
          try {
            resolve(runReplicationTask(task, fn));
          } catch (err) {
            reject(err);
          }
        });
      });
    },
    abort: async () => {},
    close: async () => {},
  };
}
