import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../../src/experiment/experiment.js';
import { parseTarget } from '../../../src/experiment/plan/target-precision.js';
import { inProcessRunner } from '../../../src/experiment/run/in-process-runner.js';
import { Interrupt } from '../../../src/experiment/run/interrupt.js';
import type { ReplicationRunner } from '../../../src/experiment/run/runner.js';
import { runBatch } from '../../../src/experiment/run/schedule.js';
import { resultsJson } from '../../../src/experiment/output/write-run.js';
import { syntheticReplicate, syntheticScenario } from '../fixtures/synthetic.js';

const scenario = syntheticScenario();
const source = { name: 'synthetic', sha256: '0'.repeat(64), file: 's.yaml' };
const fixedNow = () => new Date('2025-01-01T00:00:00Z');

/** A runner with `concurrency` slots whose replications finish in an order we choose. */
function delayedRunner(concurrency: number, delayMs: (k: number) => number, fail?: number): ReplicationRunner & { maxInFlight: number } {
  let inFlight = 0;
  const r = {
    concurrency,
    maxInFlight: 0,
    run: ({ replication }: { replication: number }) =>
      new Promise<ReturnType<typeof syntheticReplicate>>((res, rej) => {
        inFlight++;
        r.maxInFlight = Math.max(r.maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          if (replication === fail) rej(new Error('boom'));
          else res(syntheticReplicate(scenario, replication));
        }, delayMs(replication));
      }),
    abort: async () => {},
    close: async () => {},
  };
  return r;
}

describe('runBatch', () => {
  it('keeps at most `concurrency` replications in flight and returns them in replication order', async () => {
    const runner = delayedRunner(3, (k) => (7 - k) * 3);
    const out = await runBatch(scenario, [0, 1, 2, 3, 4, 5, 6], runner, new Interrupt());
    expect(runner.maxInFlight).toBe(3);
    expect(out.outputs.map((o) => o.replication)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(out.failures).toEqual([]);
  });

  it('records a failing replication with its seed and runs the others', async () => {
    const out = await runBatch(scenario, [0, 1, 2, 3], delayedRunner(2, () => 1, 2), new Interrupt());
    expect(out.outputs.map((o) => o.replication)).toEqual([0, 1, 3]);
    expect(out.failures).toMatchObject([{ replication: 2, seed: 7, message: 'boom' }]);
  });

  it('stops scheduling on request, keeping the replications already running', async () => {
    const interrupt = new Interrupt();
    const started: number[] = [];
    const out = await runBatch(scenario, [0, 1, 2, 3, 4, 5], delayedRunner(2, () => 5), interrupt, {
      started: (k) => {
        started.push(k);
        if (k === 1) interrupt.request();
      },
    });
    expect(started).toEqual([0, 1]);
    expect(out.outputs.map((o) => o.replication)).toEqual([0, 1]);
    expect(out.notRun).toEqual([2, 3, 4, 5]);
  });
});

describe('runExperiment', () => {
  it('gives the same results whatever the completion order', async () => {
    const run = (delay: (k: number) => number, c: number) =>
      runExperiment({ scenario, source, indices: [0, 1, 2, 3, 4], runner: delayedRunner(c, delay), workers: 1, now: fixedNow });
    const a = await run(() => 1, 1);
    const b = await run((k) => (5 - k) * 4, 3);
    expect(resultsJson(b.results)).toBe(resultsJson(a.results));
  });

  it('adds replications until the precision target is met', async () => {
    // Target: half the 5-replication half-width of fulfilmentDaysMean. The loop must stop at the
    // first total where every setup meets it, or at maxReps.
    const first = await runExperiment({ scenario, source, indices: [0, 1, 2, 3, 4], runner: inProcessRunner(syntheticReplicate), workers: 1 });
    const ci = first.results.setups.unmerged.summary.fulfilmentDaysMean.ci95!;
    const target = parseTarget(`fulfilmentDaysMean=±${(ci[1] - ci[0]) / 4}`);
    const planned: number[] = [];
    const out = await runExperiment({
      scenario,
      source,
      indices: [0, 1, 2, 3, 4],
      runner: inProcessRunner(syntheticReplicate),
      workers: 1,
      targets: [target],
      maxReps: 200,
      progress: { planned: (n) => planned.push(n) },
    });
    const n = out.results.replications;
    expect(planned[0]).toBe(5);
    expect(out.results.replicationIndices).toEqual(Array.from({ length: n }, (_, i) => i));
    for (const s of Object.values(out.results.setups)) {
      const c = s.summary.fulfilmentDaysMean.ci95!;
      expect((c[1] - c[0]) / 2).toBeLessThanOrEqual(target.halfWidth);
    }
  });

  it('stops at maxReps when the target is out of reach', async () => {
    const out = await runExperiment({
      scenario,
      source,
      indices: [0, 1, 2],
      runner: inProcessRunner(syntheticReplicate),
      workers: 1,
      targets: [parseTarget('fulfilmentDaysMean=±0.000001')],
      maxReps: 9,
    });
    expect(out.results.replications).toBe(9);
    expect(out.results.run.partial).toBe(false);
  });
});
