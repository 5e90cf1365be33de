import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outExists } from '../../../src/experiment/messages.js';
import { assertBuilt, SHORT, startCli, STUDY, tempDir } from './spawn-cli.js';

describe('poolsim run: never overwrites a run folder silently', () => {
  it('refuses an --out folder holding files (exit 2), writes with --force', async () => {
    assertBuilt();
    const out = join(tempDir('over'), 'run');
    const args = ['run', STUDY, '--reps', '2', '--workers', '1', '--out', out, '-q', ...SHORT];
    expect((await startCli(args)).code).toBe(0);
    const before = readFileSync(join(out, 'results.json'), 'utf8');
    const again = await startCli(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(outExists(out));
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(before);
    const forced = await startCli([...args, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(out, 'results.json'))).toBe(true);
  });
});
