import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ExperimentUsageError, isFileSystemError, OutputError, writeReason } from '../errors.js';
import { outExists, outputNotWritable } from '../messages.js';

/** Default parent folder of run folders. */
export const DEFAULT_REPORTS_DIR = 'reports';

/** `2025-03-01T14:05:09Z` → `20250301-140509` (UTC, sortable, no characters file systems dislike). */
export function timestampSlug(d: Date): string {
  return d.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}

/** A scenario name as a folder name: lower-case letters, digits and dashes. */
export function nameSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'run';
}

/**
 * Creates and returns the folder a run writes into, never clobbering an earlier run:
 * - `out` given: used if absent or empty; if it holds files, an `ExperimentUsageError`
 *   unless `force` (then files are overwritten one by one, others left alone);
 * - `out` absent: `reports/<scenario-name>-<UTC timestamp>`, with `-2`, `-3`… appended when
 *   that folder exists (created with a non-recursive mkdir, so two runs starting in the same
 *   second cannot both take it).
 *
 * The folder is checked by writing (and removing) a file in it, so a read-only folder or a
 * full disk is found before the study runs.
 *
 * @throws {ExperimentUsageError} when `out` holds files and `force` is false
 * @throws {OutputError} when the folder cannot be created or written into
 * @example
 * prepareRunFolder({ scenarioName: 'default study', now: new Date() }); // 'reports/default-study-20250301-140509'
 */
export function prepareRunFolder(opts: {
  out?: string;
  force?: boolean;
  scenarioName: string;
  now: Date;
  parent?: string;
  suffix?: string;
}): string {
  if (opts.out !== undefined) {
    if (existsSync(opts.out) && readdirSync(opts.out).length > 0 && !opts.force) {
      throw new ExperimentUsageError(outExists(opts.out), { out: opts.out });
    }
    writable(opts.out, () => mkdirSync(opts.out!, { recursive: true }));
    return probe(opts.out);
  }
  const parent = opts.parent ?? DEFAULT_REPORTS_DIR;
  writable(parent, () => mkdirSync(parent, { recursive: true }));
  const base = join(parent, `${nameSlug(opts.scenarioName)}${opts.suffix ?? ''}-${timestampSlug(opts.now)}`);
  for (let i = 1; ; i++) {
    const dir = i === 1 ? base : `${base}-${i}`;
    try {
      mkdirSync(dir);
      return probe(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      if (isFileSystemError(err)) throw new OutputError(outputNotWritable(dir, writeReason(err)), { dir });
      throw err;
    }
  }
}

/** Runs a file-system step for `dir`; its failure is an {@link OutputError}. */
function writable(dir: string, step: () => void): void {
  try {
    step();
  } catch (err) {
    if (isFileSystemError(err)) throw new OutputError(outputNotWritable(dir, writeReason(err)), { dir });
    throw err;
  }
}

/**
 * Creates and removes a file in `dir`, so that a read-only folder (or one on a full disk) is
 * found before anything is simulated rather than after. Returns `dir`.
 * @throws {OutputError} when it cannot
 */
function probe(dir: string): string {
  const file = join(dir, `.poolsim-write-probe-${process.pid}`);
  writable(dir, () => {
    closeSync(openSync(file, 'wx'));
    rmSync(file, { force: true });
  });
  return dir;
}
