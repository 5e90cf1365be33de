import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, readResults, startCli, STUDY, tempDir } from './spawn-cli.js';

// Ctrl-C: the first SIGINT stops scheduling; finished replications are aggregated and written
// with run.partial = true; exit code 130. The signal is sent once the first "replication … done"
// progress line appears (progress goes to stderr as plain lines when not on a TTY).
describe('poolsim run: Ctrl-C', () => {
  for (const workers of [1, 2]) {
    it(`writes partial results and exits 130 (--workers ${workers})`, async () => {
      assertBuilt();
      const out = join(tempDir('sigint'), 'run');
      const reps = 12;
      let sent = false;
      const r = await startCli(['run', STUDY, '--reps', String(reps), '--workers', String(workers), '--out', out, '--horizon', '60', '--warmup', '0', '--no-report'], {}, (err, child) => {
        if (!sent && /replication \d+ done/.test(err)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      expect(sent).toBe(true);
      expect(r.code, r.stderr).toBe(130);
      const res = readResults(out);
      expect(res.run.partial).toBe(true);
      const n = (res.replicationIndices as number[]).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThan(reps);
      expect(res.replications).toBe(n);
      expect(r.stderr).toMatch(/interrupted: \d+ finished replications? written/);
    });
  }
});
