import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs (injectable so tests can watch or break them). */
export type AtomicWriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

let counter = 0;

/**
 * Writes `data` to `path` so that a reader sees either the old file or the complete new one,
 * never a torn file: write a temporary file in the same folder (same file system), fsync it,
 * then rename it over `path` (atomic on POSIX). On any error the temporary file is removed
 * and the old `path` is left untouched. Checked by `test/experiment/output/atomic-write.test.ts`.
 *
 * @throws whatever the file system throws (after cleaning up)
 * @example
 * writeFileAtomic('reports/run/results.json', JSON.stringify(results));
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, fs: AtomicWriteFs = nodeFs): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing: the original error is the one to report
      }
    }
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
