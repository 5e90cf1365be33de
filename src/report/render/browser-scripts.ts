/**
 * Finds and reads the browser builds of vega, vega-lite and vega-embed in node_modules, to be
 * inlined into report.html. The packages' `exports` maps hide their `build/` folders from
 * `require.resolve`, so this resolves each package's entry point and walks up to its folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReportInputError } from '../errors.js';
import type { BrowserScripts } from '../html.js';
import { browserBuildMissing } from '../messages.js';

const require = createRequire(import.meta.url);

/** Browser build of each package, relative to the package folder (checked against node_modules). */
export const BROWSER_BUILDS = {
  vega: 'build/vega.min.js',
  'vega-lite': 'build/vega-lite.min.js',
  'vega-embed': 'build/vega-embed.min.js',
} as const;

/** The folder of an installed package: the nearest ancestor of its entry point with its package.json. */
export function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(browserBuildMissing(pkg, 'package.json'));
    dir = up;
  }
}

function read(pkg: keyof typeof BROWSER_BUILDS): string {
  const file = join(packageDir(pkg), BROWSER_BUILDS[pkg]);
  if (!existsSync(file)) throw new ReportInputError(browserBuildMissing(pkg, BROWSER_BUILDS[pkg]), { file });
  return readFileSync(file, 'utf8');
}

let cached: BrowserScripts | undefined;

/**
 * The three browser builds (about 0.8 MB together), read once per process.
 *
 * @example
 * (await loadBrowserScripts()).vega.length > 100_000; // true
 */
export function loadBrowserScripts(): BrowserScripts {
  cached ??= { vega: read('vega'), vegaLite: read('vega-lite'), vegaEmbed: read('vega-embed') };
  return cached;
}
