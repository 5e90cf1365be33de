import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawExpectedIndex, rawNotGzip } from '../../../src/experiment/messages.js';
import { assertBuilt, SHORT, startCli, STUDY, tempDir } from './spawn-cli.js';

// poolsim merge checks every input against the results schema, and the raw replications beside
// it against the results, before merging anything: located problems, exit 2, nothing written.
let shards: string;

beforeAll(async () => {
  assertBuilt();
  shards = tempDir('merge-checks');
  const r = await startCli(['run', STUDY, '--reps', '2', '--workers', '1', '--shard', '1/2', '--out', shards, '-q', ...SHORT]);
  expect(r.code, r.stderr).toBe(0);
  const s = await startCli(['run', STUDY, '--reps', '2', '--workers', '1', '--shard', '2/2', '--out', shards, '-q', ...SHORT]);
  expect(s.code, s.stderr).toBe(0);
}, 120_000);

/** A copy of shard k's folder; returns its results.json. */
function copyShard(k: number): string {
  const dir = join(tempDir('merge-copy'), `shard-${k}-of-2`);
  cpSync(join(shards, `shard-${k}-of-2`), dir, { recursive: true });
  return join(dir, 'results.json');
}

describe('poolsim merge: checked inputs', () => {
  it('merges good shards', async () => {
    const r = await startCli(['merge', copyShard(1), copyShard(2), '--out', join(tempDir('merge-ok'), 'all')]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('refuses a results file with an invalid field, located, and writes nothing', async () => {
    const bad = copyShard(1);
    const text = readFileSync(bad, 'utf8').replace('"horizonDays": 20', '"horizonDays": "twenty"');
    writeFileSync(bad, text);
    const out = join(tempDir('merge-bad'), 'all');
    const r = await startCli(['merge', bad, copyShard(2), '--out', out]);
    expect(r.code).toBe(2);
    const line = text.slice(0, text.indexOf('"twenty"')).split('\n').length;
    expect(r.stderr).toContain(`${bad}:${line}:18  horizonDays  got "twenty", expected a number ≥ 0`);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain(`bad ${bad}`);
  });

  it('refuses raw replications that are not gzip, or not the results’ replications', async () => {
    const notGzip = copyShard(1);
    writeFileSync(join(notGzip, '..', 'replications.jsonl.gz'), 'hello');
    const a = await startCli(['merge', notGzip, copyShard(2), '--out', join(tempDir('merge-raw'), 'all')]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(`replications.jsonl.gz: ${rawNotGzip('Z_DATA_ERROR')}`);

    const wrong = copyShard(2);
    const raw = join(wrong, '..', 'replications.jsonl.gz');
    writeFileSync(raw, gzipSync(gunzipSync(readFileSync(raw)).toString('utf8').replace('"replication":1', '"replication":7')));
    const b = await startCli(['merge', copyShard(1), wrong, '--out', join(tempDir('merge-raw'), 'all')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`replications.jsonl.gz:1:1  replication  got 7, expected ${rawExpectedIndex(1)}`);
  });
});
