import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputNotWritable, outputWriteFailed } from '../../../src/experiment/messages.js';
import { cliMsg } from '../../../src/cli/messages.js';
import { assertBuilt, MAIN, ROOT, SHORT, startCli, STUDY, tempDir } from './spawn-cli.js';

// A folder that cannot be written and a disk that fills up: one clear line, exit 1, and no
// half-written file — the folder is tried before anything is simulated, and every file is
// written atomically (a temporary file beside it, fsync, rename).
const root = process.getuid?.() === 0;
const NOBODY = 65534;

/** A folder nobody may write into: chmod 555, and as root the CLI runs as user nobody (root writes anywhere). */
function readOnlyFolder(): string {
  const base = tempDir('ro');
  chmodSync(base, 0o755);
  const dir = join(base, 'out');
  mkdirSync(dir);
  chmodSync(dir, 0o555);
  return dir;
}

/** Runs the CLI as a user who may not write into a read-only folder. */
function asUser(args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', POOLSIM_FAIL_REP: '', POOLSIM_EXIT_REP: '', POOLSIM_FAIL_WRITE: '', HOME: '/tmp' },
    ...(root ? { uid: NOBODY, gid: NOBODY } : {}),
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const files = (dir: string) => readdirSync(dir).sort();

/**
 * As root the read-only cases run the CLI as user nobody, who must be able to read the
 * checkout: not so under a private folder such as /root (mode 700). Then they are skipped,
 * with one line saying why.
 */
const nobodyReaches =
  !root || spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(MAIN)})`], { uid: NOBODY, gid: NOBODY, timeout: 30_000 }).status === 0;
if (!nobodyReaches) process.stderr.write(`output-faults: read-only folder cases skipped — as root they run the CLI as user nobody, who cannot read ${ROOT} (put the checkout where other users can read it to run them)\n`);
const itAsUser = nobodyReaches ? it : it.skip;

describe('poolsim run: output that cannot be written', () => {
  itAsUser('says a read-only --out folder cannot be written into, before simulating, and leaves it empty', () => {
    assertBuilt();
    const dir = readOnlyFolder();
    const r = asUser(['run', STUDY, '--reps', '2', '--workers', '1', '--out', dir, '-q', ...SHORT]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe(`poolsim: ${outputNotWritable(dir, 'permission denied (EACCES)')}\n`);
    expect(files(dir)).toEqual([]);
    // a folder to create inside it: the same
    const sub = asUser(['run', STUDY, '--reps', '1', '--workers', '1', '--out', join(dir, 'run'), '-q', ...SHORT]);
    expect(sub.stderr).toBe(`poolsim: ${outputNotWritable(join(dir, 'run'), 'permission denied (EACCES)')}\n`);
  });

  it('on a full disk (injected: POOLSIM_FAIL_WRITE) names the file and what is complete, and leaves no temporary file', async () => {
    for (const [name, complete] of [
      ['replications.jsonl.gz', []],
      ['summary.csv', ['replications.jsonl.gz', 'replications.csv']],
      ['results.json', ['replications.jsonl.gz', 'replications.csv', 'summary.csv']],
    ] as const) {
      const out = join(tempDir('enospc'), 'run');
      const r = await startCli(['run', STUDY, '--reps', '2', '--workers', '2', '--out', out, '-q', ...SHORT], { POOLSIM_FAIL_WRITE: name });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`poolsim: ${outputWriteFailed(join(out, name), 'no space left on the device (ENOSPC)', complete)}\n`);
      expect(files(out)).toEqual([...complete].sort());
    }
  });

  itAsUser('the report of a read-only folder: one clean line, exit 1, the results untouched', () => {
    const base = tempDir('ro-report');
    chmodSync(base, 0o755);
    const dir = join(base, 'run');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'test/fixtures/results-default.json'), join(dir, 'results.json'));
    chmodSync(dir, 0o555);
    const r = asUser(['report', join(dir, 'results.json'), '--no-images']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^poolsim: cannot write .*: permission denied \(EACCES\); no report file was left half-written/);
    expect(files(dir)).toEqual(['results.json']);
    expect(cliMsg.cannotWriteReport('x', 'y')).toContain('no report file was left half-written');
  });
});

// A real full disk where the machine allows it: a 256 KiB tmpfs (root and mount(8) needed).
const mnt = root ? tempDir('tmpfs') : '';
const mounted = root && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [mnt]);
  if (mnt) rmSync(mnt, { recursive: true, force: true });
});

describe.runIf(mounted)('poolsim run: a disk that is really full (tmpfs)', () => {
  it('gives the same clear message and leaves no temporary file', async () => {
    // fill the file system but for a few pages: the folder can be made, a results file cannot
    writeFileSync(join(mnt, 'filler'), Buffer.alloc(256 * 1024 - 12 * 1024));
    const out = join(mnt, 'run');
    const r = await startCli(['run', STUDY, '--reps', '2', '--workers', '1', '--out', out, '-q', ...SHORT]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^poolsim: cannot write .*: no space left on the device \(ENOSPC\); no file was left half-written/);
    expect(files(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files(out)).not.toContain('results.json');
  });
});
