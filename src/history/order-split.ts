/**
 * Finding orders whose lines are not together in the file (`order-split`: an order id that
 * comes back after other orders) with bounded memory. Each order of the first pass leaves a
 * 20-byte record: a 64-bit fingerprint of its id, its position, its first line and its
 * number of lines. Records are kept in chunks of 2¹⁹ (10 MiB, plus 12 MiB to sort one), each sorted and, when full,
 * spilled to a temporary file; the chunks are merged at the end and equal fingerprints
 * found side by side. Every piece after the first of an id is reported and skipped.
 *
 * Two different ids could share a fingerprint (two 32-bit hashes: about 1 in 10¹⁹ for a
 * pair, 1 in 10⁶ for a file of 5 million orders); the later one would then be reported as
 * a split order.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECORD = 20;
const CHUNK = 1 << 19;

/** FNV-1a over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A murmur3-style 32-bit hash with its own seed, independent of FNV. */
function murmur(s: string): number {
  let h = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A later piece of an order: its position in the file and where the order first appeared. */
export interface SplitPiece {
  seq: number;
  firstLine: number;
  lines: number;
}

interface Cursor {
  hi: number;
  lo: number;
  seq: number;
  line: number;
  lines: number;
  next(): boolean;
  close(): void;
}

class ChunkCursor implements Cursor {
  hi = 0;
  lo = 0;
  seq = 0;
  line = 0;
  lines = 0;
  private i = -1;
  constructor(private readonly data: Uint32Array, private readonly n: number) {}
  next(): boolean {
    if (++this.i >= this.n) return false;
    const p = this.i * 5;
    this.hi = this.data[p];
    this.lo = this.data[p + 1];
    this.seq = this.data[p + 2];
    this.line = this.data[p + 3];
    this.lines = this.data[p + 4];
    return true;
  }
  close(): void {}
}

class FileCursor implements Cursor {
  hi = 0;
  lo = 0;
  seq = 0;
  line = 0;
  lines = 0;
  private readonly fd: number;
  private readonly buf = Buffer.alloc(RECORD * 4096);
  private view = new Uint32Array(0);
  private i = 0;
  private pos = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }
  next(): boolean {
    if (this.i * 5 >= this.view.length) {
      let n = 0;
      do {
        const got = readSync(this.fd, this.buf, n, this.buf.length - n, this.pos + n);
        if (got === 0) break;
        n += got;
      } while (n % RECORD !== 0);
      if (n < RECORD) return false;
      this.pos += n;
      this.view = new Uint32Array(this.buf.buffer, this.buf.byteOffset, n / 4);
      this.i = 0;
    }
    const p = this.i++ * 5;
    this.hi = this.view[p];
    this.lo = this.view[p + 1];
    this.seq = this.view[p + 2];
    this.line = this.view[p + 3];
    this.lines = this.view[p + 4];
    return true;
  }
  close(): void {
    closeSync(this.fd);
  }
}

const before = (a: Cursor, b: Cursor) => a.hi < b.hi || (a.hi === b.hi && (a.lo < b.lo || (a.lo === b.lo && a.seq < b.seq)));

/**
 * Collects one record per order, then lists the later pieces of split orders.
 * @example
 * const split = new SplitDetector();
 * split.add('A1', 0, 2, 1); split.add('B7', 1, 3, 1); split.add('A1', 2, 4, 1);
 * split.finish(); // [{ seq: 2, firstLine: 2, lines: 1 }]
 */
export class SplitDetector {
  private data = new Uint32Array(CHUNK * 5);
  private n = 0;
  private dir: string | undefined;
  private files: string[] = [];

  add(orderId: string, seq: number, firstLine: number, lines: number): void {
    if (this.n === CHUNK) this.spill();
    const p = this.n++ * 5;
    this.data[p] = fnv1a(orderId);
    this.data[p + 1] = murmur(orderId);
    this.data[p + 2] = seq;
    this.data[p + 3] = firstLine;
    this.data[p + 4] = lines;
  }

  // allocated once and reused for every chunk, so spilling makes no garbage
  private readonly order = new Uint32Array(CHUNK);
  private readonly sorted = new Uint32Array(CHUNK * 5);

  /** The chunk sorted by (hi, lo, seq), in `this.sorted`. */
  private sortChunk(): Uint32Array {
    const d = this.data;
    const idx = this.order.subarray(0, this.n);
    for (let i = 0; i < this.n; i++) idx[i] = i;
    idx.sort((a, b) => d[a * 5] - d[b * 5] || d[a * 5 + 1] - d[b * 5 + 1] || d[a * 5 + 2] - d[b * 5 + 2]);
    const out = this.sorted.subarray(0, this.n * 5);
    for (let i = 0; i < this.n; i++) out.set(d.subarray(idx[i] * 5, idx[i] * 5 + 5), i * 5);
    return out;
  }

  private spill(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'poolsim-split-'));
    const path = join(this.dir, `ids-${this.files.length}.bin`);
    const sorted = this.sortChunk();
    const fd = openSync(path, 'w');
    try {
      const bytes = Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength);
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    } finally {
      closeSync(fd);
    }
    this.files.push(path);
    this.n = 0;
  }

  /** The later pieces of every split order, by position in the file. Removes the temporary files. */
  finish(): SplitPiece[] {
    const cursors: Cursor[] = this.files.map((f) => new FileCursor(f));
    cursors.push(new ChunkCursor(this.sortChunk(), this.n));
    const heap = cursors.filter((c) => c.next());
    const pieces: SplitPiece[] = [];
    try {
      // a small k: a linear scan for the smallest cursor keeps this short and clear
      let prevHi = -1;
      let prevLo = -1;
      let firstLine = 0;
      while (heap.length > 0) {
        let m = 0;
        for (let i = 1; i < heap.length; i++) if (before(heap[i], heap[m])) m = i;
        const c = heap[m];
        if (c.hi === prevHi && c.lo === prevLo) pieces.push({ seq: c.seq, firstLine, lines: c.lines });
        else {
          prevHi = c.hi;
          prevLo = c.lo;
          firstLine = c.line;
        }
        if (!c.next()) heap.splice(m, 1);
      }
    } finally {
      for (const c of cursors) c.close();
      if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    }
    return pieces.sort((a, b) => a.seq - b.seq);
  }
}
