import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replicationFailed, rerunHint, workerDied } from '../../../src/experiment/messages.js';
import { INJECTED_EXIT_CODE } from '../../../src/experiment/run/replication-task.js';
import { assertBuilt, readResults, SHORT, startCli, STUDY, tempDir, withoutRun } from './spawn-cli.js';

// A worker thread that dies under a replication (forced with the testing aid POOLSIM_EXIT_REP:
// process.exit inside the thread) costs that replication only: it is named with its seed and
// the command to rerun it, the other replications run on a new thread and are written
// (partial), exit code 1 — as for a replication that throws.
describe('poolsim run: a worker thread that dies', () => {
  it('names the replication and seed, loses nothing else, and the rerun completes the study exactly', async () => {
    assertBuilt();
    const base = tempDir('died');
    const out = join(base, 'run');
    const r = await startCli(['run', STUDY, '--reps', '4', '--workers', '2', '--out', out, '-q', ...SHORT], { POOLSIM_EXIT_REP: '1' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(replicationFailed(1, 11, workerDied(INJECTED_EXIT_CODE)));
    expect(r.stderr).toContain(rerunHint(`poolsim run ${STUDY} --rep 1 --seed 11 --warmup 0 --horizon 20`));
    const res = readResults(out);
    expect(res.run.partial).toBe(true);
    expect(res.replicationIndices).toEqual([0, 2, 3]);

    const again = join(base, 'rep1');
    expect((await startCli(['run', STUDY, '--rep', '1', '--seed', '11', ...SHORT, '--out', again, '-q'])).code).toBe(0);
    const full = join(base, 'full');
    expect((await startCli(['run', STUDY, '--reps', '4', '--workers', '2', '--out', full, '-q', ...SHORT])).code).toBe(0);
    const merged = join(base, 'merged');
    const m = await startCli(['merge', join(out, 'results.json'), join(again, 'results.json'), '--out', merged]);
    expect(m.code, m.stderr).toBe(0);
    expect(withoutRun(merged)).toBe(withoutRun(full));
  });

  it('has nothing to kill in-process (--workers 1): the hook applies to worker threads only', async () => {
    const out = join(tempDir('died1'), 'run');
    const r = await startCli(['run', STUDY, '--reps', '2', '--workers', '1', '--out', out, '-q', ...SHORT], { POOLSIM_EXIT_REP: '0' });
    expect(r.code, r.stderr).toBe(0);
    expect(readResults(out).replicationIndices).toEqual([0, 1]);
  });
});
