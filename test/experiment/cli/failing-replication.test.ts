import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectedFailure, replicationFailed, rerunHint } from '../../../src/experiment/messages.js';
import { assertBuilt, readResults, SHORT, startCli, STUDY, tempDir, withoutRun } from './spawn-cli.js';

// A replication that throws (forced with the testing aid POOLSIM_FAIL_REP, read by the task
// runner in-process and in worker threads) is named with its seed and a rerun command; the
// other replications are still written (partial), exit code 1. Rerunning it alone and merging
// completes the study exactly.
describe('poolsim run: a failing replication', () => {
  it('names the replication and seed, keeps the others, and can be rerun and merged', async () => {
    assertBuilt();
    const base = tempDir('fail');
    const out = join(base, 'run');
    const r = await startCli(['run', STUDY, '--reps', '3', '--workers', '2', '--out', out, '-q', ...SHORT], { POOLSIM_FAIL_REP: '1' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(replicationFailed(1, 11, injectedFailure(1)));
    const rerun = `poolsim run ${STUDY} --rep 1 --seed 11 --warmup 0 --horizon 20`;
    expect(r.stderr).toContain(rerunHint(rerun));
    const res = readResults(out);
    expect(res.run.partial).toBe(true);
    expect(res.replicationIndices).toEqual([0, 2]);

    // the rerun command reproduces replication 1; merged with the partial run it equals a full run
    const again = join(base, 'rep1');
    const one = await startCli(['run', STUDY, '--rep', '1', '--seed', '11', ...SHORT, '--out', again, '-q']);
    expect(one.code, one.stderr).toBe(0);
    const full = join(base, 'full');
    expect((await startCli(['run', STUDY, '--reps', '3', '--workers', '1', '--out', full, '-q', ...SHORT])).code).toBe(0);
    const merged = join(base, 'merged');
    const m = await startCli(['merge', join(out, 'results.json'), join(again, 'results.json'), '--out', merged]);
    expect(m.code, m.stderr).toBe(0);
    expect(withoutRun(merged)).toBe(withoutRun(full));
  });

  it('fails the same way in-process (--workers 1)', async () => {
    const out = join(tempDir('fail1'), 'run');
    const r = await startCli(['run', STUDY, '--reps', '2', '--workers', '1', '--out', out, '-q', ...SHORT], { POOLSIM_FAIL_REP: '0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(replicationFailed(0, 11, injectedFailure(0)));
    expect(readResults(out).replicationIndices).toEqual([1]);
  });
});
