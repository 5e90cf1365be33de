/**
 * The README's promise to a newcomer, kept: in a fresh clone of this repository (its
 * committed HEAD), `npm ci`, then `npm start` (the default study and its report), then
 * `npm test` all pass — on a machine without Chromium and without system fonts, as far as
 * poolsim can tell: the inner test run is told there is no browser (POOLSIM_CHROMIUM points
 * nowhere, CI unset), so the browser test skips with its one line, and the charts use the
 * fonts of the npm packages only. Network: the npm registry only (test/architecture/
 * lockfile.test.ts checks every package comes from it).
 *
 * Slow (a clone, an install, the default study, the whole suite again): it runs only with
 * POOLSIM_NEWCOMER=1, as `.ci/run` does after the suite —
 *   POOLSIM_NEWCOMER=1 npx vitest run test/newcomer.test.ts
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const on = process.env.POOLSIM_NEWCOMER === '1';
const dir = on ? mkdtempSync(join(tmpdir(), 'poolsim-newcomer-')) : '';
// readable by others, as a clone in a home folder is (as root, the read-only output test runs the CLI as user nobody)
if (on) chmodSync(dir, 0o755);
const clone = join(dir, 'poolsim');
afterAll(() => {
  if (on) rmSync(dir, { recursive: true, force: true });
});

/** A newcomer's shell: no CI flag, no browser, none of the test switches of the outer run. */
function run(cmd: string, args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, POOLSIM_CHROMIUM: join(dir, 'no-chromium'), POOLSIM_NEWCOMER: '', CI: '' };
  delete env.POOLSIM_SKIP_BROWSER;
  delete env.VITEST;
  delete env.NODE_ENV;
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 20 * 60_000 });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe.skipIf(!on)('a newcomer following the README', () => {
  it('clones, installs, runs the default study and the tests', () => {
    expect(run('git', ['clone', '-q', ROOT, clone], dir).code).toBe(0);
    const install = run('npm', ['ci', '--no-audit', '--no-fund'], clone);
    expect(install.code, install.out).toBe(0);
    const start = run('npm', ['start'], clone);
    expect(start.code, start.out).toBe(0);
    const report = /report: (.*report\.html)/.exec(start.out)?.[1];
    expect(report, start.out).toBeDefined();
    expect(existsSync(join(dirname(report!), 'charts', 'sensitivity-tornado.png'))).toBe(true);
    const test = run('npm', ['test'], clone);
    expect(test.code, test.out.slice(-4000)).toBe(0);
    expect(test.out).toContain('browser test skipped: no Chromium found');
  }, 60 * 60_000);
});
