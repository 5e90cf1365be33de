import type { ReplicationOutput } from '../../model/result.js';
import type { ReplicationTask } from './replication-task.js';

/**
 * Runs replications: in-process (`--workers 1`) or on a piscina pool. Both yield the same
 * outputs for the same tasks; only timing differs.
 */
export interface ReplicationRunner {
  /** Replications that can run at once. */
  readonly concurrency: number;
  run(task: ReplicationTask): Promise<ReplicationOutput>;
  /** Abandons running replications (their promises reject); used on a second Ctrl-C. */
  abort(): Promise<void>;
  /** Releases threads once all work is done. */
  close(): Promise<void>;
}
