import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultsSchema } from '../../../src/experiment/results-schema.js';
import { assertBuilt, readResults, SHORT, startCli, STUDY, tempDir, withoutRun } from './spawn-cli.js';

// The results file must not depend on how many threads ran the replications: outputs are
// aggregated in replication order, never completion order (src/experiment/aggregate/results.ts).
describe('poolsim run: determinism across worker counts', () => {
  const base = tempDir('workers');
  const dir = (w: number) => join(base, `w${w}`);

  beforeAll(async () => {
    assertBuilt();
    for (const w of [1, 2, 4]) {
      const r = await startCli(['run', STUDY, '--reps', '4', '--workers', String(w), '--out', dir(w), '-q', ...SHORT]);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('writes byte-identical results.json (run block aside) for 1, 2 and 4 workers', () => {
    expect(withoutRun(dir(2))).toBe(withoutRun(dir(1)));
    expect(withoutRun(dir(4))).toBe(withoutRun(dir(1)));
    expect([1, 2, 4].map((w) => readResults(dir(w)).run.workers)).toEqual([1, 2, 4]);
  });

  it('writes identical CSVs and raw replications', () => {
    for (const f of ['replications.csv', 'summary.csv']) {
      expect(readFileSync(join(dir(4), f), 'utf8')).toBe(readFileSync(join(dir(1), f), 'utf8'));
    }
    const raw = (w: number) => gunzipSync(readFileSync(join(dir(w), 'replications.jsonl.gz'))).toString();
    expect(raw(2)).toBe(raw(1));
  });

  it('is a complete, schema-valid run of replications 0..3', () => {
    const r = readResults(dir(1));
    expect(r.replicationIndices).toEqual([0, 1, 2, 3]);
    expect(r.run.partial).toBe(false);
    expect(() => resultsSchema.parse(r)).not.toThrow();
  });
});

describe('poolsim run: determinism with inventory sync and faults', () => {
  const base = tempDir('workers-sync');
  const dir = (w: number) => join(base, `w${w}`);

  beforeAll(async () => {
    assertBuilt();
    for (const w of [1, 2]) {
      const r = await startCli(['run', 'scenarios/sync-faults.yaml', '--reps', '3', '--workers', String(w), '--out', dir(w), '-q', ...SHORT]);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('writes byte-identical, schema-valid results.json with the failure board for 1 and 2 workers', () => {
    expect(withoutRun(dir(2))).toBe(withoutRun(dir(1)));
    const r = resultsSchema.parse(readResults(dir(1)));
    expect(r.setups['merged-lagging'].failures?.summary.callsAccepted.mean).toBeGreaterThan(0);
  });
});
