import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (`node dist/cli/main.js …`) in `cwd` (the repository root), with a clean colour
 * environment unless `env` says otherwise. `npm test` builds first; run
 * `npx tsc -p tsconfig.json` before running these tests alone.
 */
export function poolsim(args: string[], env: Record<string, string | undefined> = {}, cwd: string = ROOT): CliResult {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first with npx tsc -p tsconfig.json`);
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  delete base.POOLSIM_DEBUG;
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** True when the text looks like it contains a JavaScript stack trace. */
export const hasStackTrace = (text: string): boolean => /^\s+at .+[:(]/m.test(text);
