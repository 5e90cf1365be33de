/**
 * Spawning the built CLI (`dist/cli/main.js`) for end-to-end tests. Worker threads load the
 * compiled worker module, so these tests need a fresh build (`npm test` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const MAIN = join(ROOT, 'dist/cli/main.js');
export const STUDY = join(ROOT, 'test/experiment/fixtures/study.yaml');
/** Flags that keep a study of the fixture short: 20 measured days, no warm-up. */
export const SHORT = ['--horizon', '20', '--warmup', '0', '--no-report'];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `poolsim-${prefix}-`));
}

/** Starts the CLI; `onStderr` sees stderr as it arrives (to time a signal). */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}, onStderr?: (all: string, child: ChildProcess) => void): Promise<CliResult> {
  const child = spawn(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', POOLSIM_FAIL_REP: '', POOLSIM_EXIT_REP: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    onStderr?.(stderr, child);
  });
  return new Promise((res) => child.on('close', (code) => res({ code, stdout, stderr })));
}

/** results.json of a folder, parsed. */
export function readResults(dir: string): Record<string, unknown> & { run: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
}

/** results.json text without its `run` block: what must be byte-identical between equivalent runs. */
export function withoutRun(dir: string): string {
  const r = readResults(dir);
  delete (r as Record<string, unknown>).run;
  return JSON.stringify(r, null, 2);
}
