/**
 * Where the browser test finds Chromium: `POOLSIM_CHROMIUM` when set, else the usual places
 * of Chromium and Chrome on Debian/Ubuntu, Fedora, Arch, macOS and Windows. Whether a missing
 * browser skips the test (a developer's machine) or fails it (`CI=true`): `browserPlan`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_PLACES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
];

/** The browser to drive, or null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const given = env.POOLSIM_CHROMIUM;
  if (given !== undefined && given !== '') return exists(given) ? given : null;
  return CHROMIUM_PLACES.find((p) => exists(p)) ?? null;
}

/** The one line a developer sees when the browser test is skipped. */
export const SKIP_LINE =
  'browser test skipped: no Chromium found (looked in POOLSIM_CHROMIUM and the usual places); install chromium (Debian: apt-get install chromium) or set POOLSIM_CHROMIUM=/path/to/chrome to run it';

/**
 * What the browser test does: run with the browser found; skip (with `SKIP_LINE`) when there
 * is none, or when `POOLSIM_SKIP_BROWSER=1`; but under `CI=true` a missing browser is a
 * failure (CI installs one), so it runs and fails with the reason.
 */
export function browserPlan(env: NodeJS.ProcessEnv = process.env, exists?: (p: string) => boolean): { run: true; chromium: string | null } | { run: false; why: string } {
  if (env.POOLSIM_SKIP_BROWSER === '1') return { run: false, why: 'browser test skipped: POOLSIM_SKIP_BROWSER=1' };
  const chromium = findChromium(env, exists);
  if (chromium !== null) return { run: true, chromium };
  if (env.CI === 'true' || env.CI === '1') return { run: true, chromium: null };
  return { run: false, why: SKIP_LINE };
}
