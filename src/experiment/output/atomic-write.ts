import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InvariantError } from '../../model/errors.js';

/** The file operations an atomic write needs (injectable so tests can watch or break them). */
export type AtomicWriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

let counter = 0;

/**
 * Testing aid: with `POOLSIM_FAIL_WRITE=<file name>[:<code>]` (e.g. `results.json:ENOSPC`, the
 * default code) writing a file of that name fails once its bytes are in the temporary file
 * (before fsync and rename), as a full disk would, so the clean-up and the message can be checked end to end
 * (docs/results.md). Never set it for real studies.
 */
function failIfInjected(path: string, env: NodeJS.ProcessEnv = process.env): void {
  const spec = env.POOLSIM_FAIL_WRITE;
  if (spec === undefined || spec.trim() === '') return;
  const [name, code = 'ENOSPC'] = spec.split(':');
  if (basename(path) !== name) return;
  throw Object.assign(new Error(`${code}: injected by POOLSIM_FAIL_WRITE, write '${path}'`), { code, path });
}

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
    failIfInjected(path);
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

/** The file operations a streamed atomic write needs (injectable, as for `writeFileAtomic`). */
export type AtomicStreamFs = AtomicWriteFs & Pick<typeof nodeFs, 'linkSync'>;

/** Characters buffered before a write to the temporary file (bounded memory). */
const STREAM_CHUNK_CHARS = 1 << 16;

/**
 * `writeFileAtomic` for output too large to hold in memory: text is appended piece by piece
 * (buffered in chunks of 64 Ki characters) to a temporary file beside `path`, and `commit`
 * fsyncs it and puts it in place; a reader sees the old file (or none) or the complete new
 * one, never a torn file. Without `replace`, `commit` links the file to `path` rather than
 * renaming it, which fails with `EEXIST` if `path` exists — even a file created while this
 * one was being written is never replaced. Call `abort` on any error: it removes the
 * temporary file. Memory: O(chunk), whatever the file's size.
 * Checked by `test/cli/export-orders.test.ts` (no overwrite without `--force`, no file left behind).
 *
 * @throws whatever the file system throws (`open` in the constructor; `write`, `commit`)
 * @example
 * const w = new AtomicFileWriter('orders.csv');
 * try { w.write('a,b\n'); w.commit({ replace: false }); } catch (e) { w.abort(); throw e; }
 */
export class AtomicFileWriter {
  /** The temporary file the text goes to until `commit`. */
  readonly tmp: string;
  private fd: number | undefined;
  private pending = '';

  constructor(
    readonly path: string,
    private readonly fs: AtomicStreamFs = nodeFs,
  ) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
    this.fd = fs.openSync(this.tmp, 'wx');
  }

  /** Appends `text` (UTF-8). O(length), amortised. */
  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= STREAM_CHUNK_CHARS) this.flush();
  }

  /** Writes what is buffered, fsyncs, closes, and moves the file to `path` (see the class). */
  commit(o: { replace: boolean }): void {
    this.flush();
    const fd = this.open();
    this.fs.fsyncSync(fd);
    this.fs.closeSync(fd);
    this.fd = undefined;
    if (o.replace) this.fs.renameSync(this.tmp, this.path);
    else {
      this.fs.linkSync(this.tmp, this.path);
      this.fs.rmSync(this.tmp, { force: true });
    }
  }

  /** Closes and removes the temporary file; `path` is left as it was. Never throws. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        this.fs.closeSync(this.fd);
      } catch {
        // already failing: the original error is the one to report
      }
      this.fd = undefined;
    }
    this.pending = '';
    try {
      this.fs.rmSync(this.tmp, { force: true });
    } catch {
      // as above
    }
  }

  private open(): number {
    if (this.fd === undefined) throw new InvariantError(`${this.tmp} written after commit or abort`, { tmp: this.tmp });
    return this.fd;
  }

  private flush(): void {
    if (this.pending === '') return;
    const fd = this.open();
    const bytes = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    let off = 0;
    while (off < bytes.length) off += this.fs.writeSync(fd, bytes, off, bytes.length - off);
  }
}
