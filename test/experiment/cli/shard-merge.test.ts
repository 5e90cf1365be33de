import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeOverlap } from '../../../src/experiment/messages.js';
import { assertBuilt, readResults, SHORT, startCli, STUDY, tempDir, withoutRun } from './spawn-cli.js';

// Shards of a run, merged, must give exactly the file the unsharded run writes: merge rebuilds
// results from the raw replications with the same aggregation code.
describe('poolsim run --shard + poolsim merge', () => {
  const base = tempDir('shards');
  const whole = join(base, 'whole');
  const shards = join(base, 'shards');
  const merged = join(base, 'merged');

  beforeAll(async () => {
    assertBuilt();
    const w = await startCli(['run', STUDY, '--reps', '5', '--workers', '2', '--out', whole, '-q', ...SHORT]);
    expect(w.code, w.stderr).toBe(0);
    for (const k of [1, 2, 3]) {
      const r = await startCli(['run', STUDY, '--reps', '5', '--workers', '1', '--shard', `${k}/3`, '--out', shards, '-q', ...SHORT]);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('writes each shard to its own folder with its slice of replications', () => {
    expect(readResults(join(shards, 'shard-1-of-3')).replicationIndices).toEqual([0]);
    expect(readResults(join(shards, 'shard-2-of-3')).replicationIndices).toEqual([1, 2]);
    expect(readResults(join(shards, 'shard-3-of-3')).replicationIndices).toEqual([3, 4]);
    expect(readResults(join(shards, 'shard-2-of-3')).run.shard).toBe('2/3');
  });

  it('merges into a byte-identical results.json and CSVs (run block aside)', async () => {
    const files = [3, 1, 2].map((k) => join(shards, `shard-${k}-of-3`, 'results.json'));
    const r = await startCli(['merge', ...files, '--out', merged]);
    expect(r.code, r.stderr).toBe(0);
    expect(withoutRun(merged)).toBe(withoutRun(whole));
    for (const f of ['replications.csv', 'summary.csv']) {
      expect(readFileSync(join(merged, f), 'utf8')).toBe(readFileSync(join(whole, f), 'utf8'));
    }
    expect(readResults(merged).run.partial).toBe(false);
    expect(readResults(merged).run.shard).toBeUndefined();
  });

  it('marks the merge partial when a shard is missing', async () => {
    const out = join(base, 'two-of-three');
    const files = [1, 2].map((k) => join(shards, `shard-${k}-of-3`, 'results.json'));
    const r = await startCli(['merge', ...files, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readResults(out).run.partial).toBe(true);
  });

  it('refuses overlapping inputs', async () => {
    const f = join(shards, 'shard-1-of-3', 'results.json');
    const r = await startCli(['merge', f, f, '--out', join(base, 'overlap')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mergeOverlap(0, f, f));
  });

  it('reads the shard from a Kubernetes Indexed Job index with --shard auto/n', async () => {
    const out = join(base, 'k8s');
    const r = await startCli(['run', STUDY, '--reps', '5', '--workers', '1', '--shard', 'auto/3', '--out', out, '-q', ...SHORT], {
      JOB_COMPLETION_INDEX: '2',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readResults(join(out, 'shard-3-of-3')).replicationIndices).toEqual([3, 4]);
  });
});
