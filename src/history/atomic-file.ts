/**
 * Writing output files so that a reader sees either no file (or the old one) or the whole
 * new one: the bytes go to a temporary file in the same folder, are fsynced, and the file
 * is then renamed over the target (`force`) or linked to it, which fails if the target
 * exists (no `force`: an existing file is never replaced, even one created meanwhile).
 * The same scheme as `src/experiment/output/atomic-write.ts`, plus the no-overwrite link.
 */
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** A path for a temporary file beside `path` (same file system, so a rename is atomic). */
export function tempPathBeside(path: string, what = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.${what}`);
}

/** An output file that exists and may not be replaced (no `--force`). */
export class OutputExistsError extends Error {
  override readonly name = 'OutputExistsError';
  readonly context: { path: string };
  constructor(readonly path: string) {
    super(path);
    this.context = { path };
  }
}

/** @throws OutputExistsError when `path` exists and `force` is false */
export function assertWritable(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw new OutputExistsError(path);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * Writes the concatenation of `parts` (bytes, or `{ file }` to copy a file's bytes) to
 * `path` atomically. Without `force`, fails with `OutputExistsError` if `path` exists.
 *
 * @throws OutputExistsError, or whatever the file system throws (the temporary file is removed)
 * @example writeFileAtomic('a.history.jsonl.gz', [headerBytes, { file: bodyTmp }], false);
 */
export function writeFileAtomic(path: string, parts: ReadonlyArray<Uint8Array | string | { file: string }>, force: boolean): void {
  const tmp = tempPathBeside(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    for (const part of parts) {
      if (typeof part === 'string') writeAll(fd, Buffer.from(part, 'utf8'));
      else if (part instanceof Uint8Array) writeAll(fd, part);
      else {
        const src = openSync(part.file, 'r');
        try {
          const buf = Buffer.alloc(1 << 20);
          for (let pos = 0; ; ) {
            const n = readSync(src, buf, 0, buf.length, pos);
            if (n === 0) break;
            writeAll(fd, buf.subarray(0, n));
            pos += n;
          }
        } finally {
          closeSync(src);
        }
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (force) renameSync(tmp, path);
    else {
      try {
        linkSync(tmp, path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new OutputExistsError(path);
        // a file system without hard links: check, then rename (a small window, not atomic)
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
        if (existsSync(path)) throw new OutputExistsError(path);
        renameSync(tmp, path);
      }
      rmSync(tmp, { force: true });
    }
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the original error is the one to report
      }
    }
    rmSync(tmp, { force: true });
    throw err;
  }
}
