/**
 * The package's own name and version, read from `package.json` at run time (it sits two
 * folders up from both `src/cli/` and `dist/cli/`).
 */
import { readFileSync } from 'node:fs';

/** The version in package.json, e.g. `0.1.0`; `unknown` if the file cannot be read. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
