import type { ReplicationOutput } from '../../model/result.js';
import { runReplicationTask, type Replicate, type ReplicationTask } from './replication-task.js';
import type { ReplicationRunner } from './runner.js';

/**
 * `--workers 1`: replications run one at a time on the main thread. Each starts on a fresh
 * macrotask (`setImmediate`), so a Ctrl-C arriving during a replication is handled as soon
 * as it ends (a synchronous replication cannot be interrupted midway, so `abort` has nothing
 * to cancel).
 */
export function inProcessRunner(replicate: Replicate): ReplicationRunner {
  return {
    concurrency: 1,
    run(task: ReplicationTask): Promise<ReplicationOutput> {
      return new Promise((resolve, reject) => {
        setImmediate(() => {
          try {
            resolve(runReplicationTask(task, replicate));
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
