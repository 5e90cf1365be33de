/**
 * Atomic file writes: write a temporary file next to the target, then rename it over the
 * target, so a reader never sees a half-written report (rename is atomic within a file system).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes `data` to `file` atomically, creating the parent folder if needed.
 *
 * @example
 * writeFileAtomic('reports/run/report.html', html);
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  counter += 1;
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${counter}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
