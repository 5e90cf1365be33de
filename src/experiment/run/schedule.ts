import type { ReplicationOutput } from '../../model/result.js';
import type { Scenario } from '../../scenario/schema.js';
import type { ReplicationFailure } from '../errors.js';
import { workerDied } from '../messages.js';
import type { Interrupt } from './interrupt.js';
import type { ReplicationRunner } from './runner.js';

/** What happened to a batch of replications. */
export interface BatchOutcome {
  /** Finished replications, in replication order. */
  outputs: ReplicationOutput[];
  /** Replications that threw, in replication order. */
  failures: ReplicationFailure[];
  /** Replications never started, or dropped by a second Ctrl-C. */
  notRun: number[];
}

/** Callbacks as replications finish (in completion order: for progress only). */
export interface BatchListener {
  started?(replication: number): void;
  done?(output: ReplicationOutput): void;
  failed?(failure: ReplicationFailure): void;
}

function describe(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) {
    // piscina's words for a thread that died under the replication
    const died = /^worker exited with code:? (-?\d+)/i.exec(err.message);
    return { message: died ? workerDied(Number(died[1])) : err.message, stack: err.stack };
  }
  return { message: String(err) };
}

/**
 * Runs replications `indices` of `scenario` with at most `runner.concurrency` in flight,
 * handing out the next index whenever one finishes (so a stop request takes effect at once:
 * nothing is queued inside the pool). A replication that throws is recorded and the others
 * go on. Outputs are returned sorted by replication index, whatever the completion order.
 */
export function runBatch(
  scenario: Scenario,
  indices: readonly number[],
  runner: ReplicationRunner,
  interrupt: Interrupt,
  listener: BatchListener = {},
): Promise<BatchOutcome> {
  const outputs: ReplicationOutput[] = [];
  const failures: ReplicationFailure[] = [];
  const notRun: number[] = [];
  let next = 0;
  let inFlight = 0;
  return new Promise((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished || inFlight > 0 || (next < indices.length && !interrupt.stopping)) return;
      finished = true;
      unsubscribe();
      notRun.push(...indices.slice(next));
      outputs.sort((a, b) => a.replication - b.replication);
      failures.sort((a, b) => a.replication - b.replication);
      notRun.sort((a, b) => a - b);
      resolve({ outputs, failures, notRun });
    };
    const launch = () => {
      while (!interrupt.stopping && inFlight < runner.concurrency && next < indices.length) {
        const k = indices[next++];
        inFlight++;
        listener.started?.(k);
        runner.run({ scenario, replication: k }).then(
          (out) => {
            outputs.push(out);
            listener.done?.(out);
          },
          (err: unknown) => {
            if (interrupt.abandoned) {
              notRun.push(k);
              return;
            }
            const f: ReplicationFailure = { replication: k, seed: scenario.seed, ...describe(err) };
            failures.push(f);
            listener.failed?.(f);
          },
        ).finally(() => {
          inFlight--;
          launch();
          finish();
        });
      }
    };
    const unsubscribe = interrupt.onChange(() => {
      if (interrupt.abandoned) void runner.abort();
      finish();
    });
    launch();
    finish();
  });
}
