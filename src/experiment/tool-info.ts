import { readFileSync } from 'node:fs';

/**
 * Name and version of poolsim, read once from its package.json (two folders up from both
 * `src/experiment/` and `dist/experiment/`).
 */
export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
}
