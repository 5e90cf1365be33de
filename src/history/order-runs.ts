/**
 * Sorting orders by time with bounded memory: orders are appended, in file order, to a
 * fixed-size buffer of binary records; a full buffer is sorted (by time, then file order)
 * and spilled to a temporary file as one sorted run; at the end the runs are merged (a heap
 * over one reader per run, each reading 256 KiB at a time). A file already in time order
 * still goes through the runs, but each run needs no sort. Memory: the buffer (32 MiB by
 * default) and its index (2 MiB), plus 256 KiB per run, whatever the number of orders.
 *
 * Record layout (little-endian): u32 length, f64 time, f64 delivery (NaN none), u32 seq,
 * i32 shop, i32 market, i32 returned, u32 lines, u32 id bytes, the id (UTF-8), then per line
 * i32 sku, i32 shop, i32 units, u32 file line, f64 price.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXED = 44;
const PER_LINE = 24;

/** One order as the runs hold it (indices are the first pass's: order of first appearance in the file). */
export class RunOrder {
  timeMs = 0;
  deliveryMs = NaN;
  /** Position of the order in the file (0, 1, 2, …): breaks ties in time. */
  seq = 0;
  shop = 0;
  market = 0;
  returned = -1;
  /** The order id, when the order is being built (not filled by the runs' readers: see `readOrderId`). */
  orderId = '';
  lines = 0;
  idSource: Buffer | undefined;
  idStart = 0;
  idEnd = 0;
  sku = new Int32Array(8);
  lineShop = new Int32Array(8);
  units = new Int32Array(8);
  fileLine = new Int32Array(8);
  price = new Float64Array(8);

  /** Makes room for `n` lines (keeping the first `keep`). */
  reserve(n: number): void {
    if (n <= this.sku.length) return;
    const size = Math.max(n, this.sku.length * 2);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (size: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.sku = grow(this.sku, (s) => new Int32Array(s));
    this.lineShop = grow(this.lineShop, (s) => new Int32Array(s));
    this.units = grow(this.units, (s) => new Int32Array(s));
    this.fileLine = grow(this.fileLine, (s) => new Int32Array(s));
    this.price = grow(this.price, (s) => new Float64Array(s));
  }

  /** The order id of an order read back from a run (decoded on demand: only messages need it). */
  readOrderId(): string {
    return this.idSource === undefined ? this.orderId : this.idSource.toString('utf8', this.idStart, this.idEnd);
  }

  byteLength(): number {
    return FIXED + Buffer.byteLength(this.orderId, 'utf8') + PER_LINE * this.lines;
  }
}

function encode(o: RunOrder, buf: Buffer, at: number): number {
  const idBytes = buf.write(o.orderId, at + FIXED, 'utf8');
  let p = at;
  const length = FIXED + idBytes + PER_LINE * o.lines;
  buf.writeUInt32LE(length, p);
  buf.writeDoubleLE(o.timeMs, p + 4);
  buf.writeDoubleLE(o.deliveryMs, p + 12);
  buf.writeUInt32LE(o.seq, p + 20);
  buf.writeInt32LE(o.shop, p + 24);
  buf.writeInt32LE(o.market, p + 28);
  buf.writeInt32LE(o.returned, p + 32);
  buf.writeUInt32LE(o.lines, p + 36);
  buf.writeUInt32LE(idBytes, p + 40);
  p += FIXED + idBytes;
  for (let l = 0; l < o.lines; l++, p += PER_LINE) {
    buf.writeInt32LE(o.sku[l], p);
    buf.writeInt32LE(o.lineShop[l], p + 4);
    buf.writeInt32LE(o.units[l], p + 8);
    buf.writeUInt32LE(o.fileLine[l], p + 12);
    buf.writeDoubleLE(o.price[l], p + 16);
  }
  return length;
}

function decode(buf: Buffer, at: number, o: RunOrder): void {
  o.timeMs = buf.readDoubleLE(at + 4);
  o.deliveryMs = buf.readDoubleLE(at + 12);
  o.seq = buf.readUInt32LE(at + 20);
  o.shop = buf.readInt32LE(at + 24);
  o.market = buf.readInt32LE(at + 28);
  o.returned = buf.readInt32LE(at + 32);
  o.lines = buf.readUInt32LE(at + 36);
  const idBytes = buf.readUInt32LE(at + 40);
  // the id is read only for messages (a split order): keep where it is
  o.idSource = buf;
  o.idStart = at + FIXED;
  o.idEnd = at + FIXED + idBytes;
  o.reserve(o.lines);
  let p = at + FIXED + idBytes;
  for (let l = 0; l < o.lines; l++, p += PER_LINE) {
    o.sku[l] = buf.readInt32LE(p);
    o.lineShop[l] = buf.readInt32LE(p + 4);
    o.units[l] = buf.readInt32LE(p + 8);
    o.fileLine[l] = buf.readUInt32LE(p + 12);
    o.price[l] = buf.readDoubleLE(p + 16);
  }
}

/** A source of orders in time order. */
interface RunCursor {
  /** The current order (valid after `next()` returned true). */
  readonly order: RunOrder;
  next(): boolean;
  close(): void;
}

/** Bytes read from a run at a time (one buffer per run, so the merge holds runs × this). */
const READ_BLOCK = 1 << 18;
/** Bytes written to a run at a time. */
const WRITE_BLOCK = 1 << 20;

/** Reads a spilled run back, one block at a time. */
class FileRun implements RunCursor {
  readonly order = new RunOrder();
  private buf = Buffer.alloc(READ_BLOCK);
  private start = 0;
  private end = 0;
  private filePos = 0;
  private fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }
  private fill(need: number): boolean {
    if (this.end - this.start >= need) return true;
    if (need > this.buf.length) {
      const bigger = Buffer.alloc(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, this.start, this.end);
      this.buf = bigger;
    } else {
      this.buf.copy(this.buf, 0, this.start, this.end);
    }
    this.end -= this.start;
    this.start = 0;
    while (this.end < need) {
      const n = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, this.filePos);
      if (n === 0) return false;
      this.filePos += n;
      this.end += n;
    }
    return true;
  }
  next(): boolean {
    if (!this.fill(4)) return false;
    const length = this.buf.readUInt32LE(this.start);
    if (!this.fill(length)) return false;
    decode(this.buf, this.start, this.order);
    this.start += length;
    return true;
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** The last, unspilled buffer, read in sorted order without copying it. */
class MemoryRun implements RunCursor {
  readonly order = new RunOrder();
  private i = 0;
  constructor(
    private readonly buf: Buffer,
    private readonly offsets: Uint32Array,
    private readonly sorted: Uint32Array,
  ) {}
  next(): boolean {
    if (this.i >= this.sorted.length) return false;
    decode(this.buf, this.offsets[this.sorted[this.i++]], this.order);
    return true;
  }
  close(): void {}
}

/** Merges sorted cursors by (time, seq) with a binary heap: O(log runs) per order. */
class Merge implements RunCursor {
  order = new RunOrder();
  private heap: RunCursor[] = [];
  constructor(cursors: RunCursor[]) {
    for (const c of cursors) if (c.next()) this.push(c);
  }
  private less(a: RunCursor, b: RunCursor): boolean {
    return a.order.timeMs < b.order.timeMs || (a.order.timeMs === b.order.timeMs && a.order.seq < b.order.seq);
  }
  private push(c: RunCursor): void {
    const h = this.heap;
    h.push(c);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }
  private siftDown(): void {
    const h = this.heap;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
  private current: RunCursor | undefined;
  next(): boolean {
    // the cursor handed out last time moves on only now, so its order stayed valid until here
    if (this.current) {
      if (this.current.next()) this.siftDown();
      else {
        const last = this.heap.pop()!;
        if (this.heap.length > 0) {
          this.heap[0] = last;
          this.siftDown();
        }
      }
    }
    if (this.heap.length === 0) return false;
    this.current = this.heap[0];
    this.order = this.current.order;
    return true;
  }
  close(): void {
    for (const c of this.heap) c.close();
  }
}

/** Figures of the sort, for the benchmark and the docs. */
export interface RunStats {
  runs: number;
  spilledBytes: number;
  /** True when every order came after the one before in the file (no run needed a sort). */
  inFileOrder: boolean;
}

/**
 * Collects orders in file order and hands them back in time order (ties in file order).
 *
 * @example
 * const runs = new OrderRuns();
 * runs.add(order); … ; const cursor = runs.finish();
 * while (cursor.next()) use(cursor.order);
 * runs.dispose();
 */
export class OrderRuns {
  private buf: Buffer;
  private used = 0;
  private offsets: Uint32Array;
  private times: Float64Array;
  private count = 0;
  private readonly sortIndex: Uint32Array;
  private stage: Buffer | undefined;
  private sortedSoFar = true;
  private lastTime = -Infinity;
  private lastTimeEver = -Infinity;
  private dir: string | undefined;
  private files: string[] = [];
  private cursors: RunCursor[] = [];
  readonly stats: RunStats = { runs: 0, spilledBytes: 0, inFileOrder: true };

  constructor(private readonly bufferBytes = 32 << 20) {
    this.buf = Buffer.alloc(bufferBytes);
    const maxOrders = Math.ceil(bufferBytes / (FIXED + PER_LINE));
    this.offsets = new Uint32Array(maxOrders);
    this.times = new Float64Array(maxOrders);
    this.sortIndex = new Uint32Array(maxOrders);
  }

  /** Appends one order (copied: `o` can be reused). O(lines), amortised. */
  add(o: RunOrder): void {
    const size = o.byteLength();
    if (this.used + size > this.buf.length) {
      this.spill();
      if (size > this.buf.length) this.buf = Buffer.alloc(size);
    }
    this.offsets[this.count] = this.used;
    this.times[this.count] = o.timeMs;
    this.count++;
    this.used += encode(o, this.buf, this.used);
    if (o.timeMs < this.lastTime) this.sortedSoFar = false;
    if (o.timeMs < this.lastTimeEver) this.stats.inFileOrder = false;
    this.lastTime = o.timeMs;
    this.lastTimeEver = o.timeMs;
  }

  /** Orders of the current buffer in (time, file order), in a reused array. */
  private order(): Uint32Array {
    const idx = this.sortIndex.subarray(0, this.count);
    for (let i = 0; i < this.count; i++) idx[i] = i;
    if (!this.sortedSoFar) {
      const t = this.times;
      idx.sort((a, b) => t[a] - t[b] || a - b);
    }
    return idx;
  }

  private spill(): void {
    if (this.count === 0) return;
    this.dir ??= mkdtempSync(join(tmpdir(), 'poolsim-import-'));
    const path = join(this.dir, `run-${this.files.length}.bin`);
    const fd = openSync(path, 'w');
    try {
      if (this.sortedSoFar) {
        writeAll(fd, this.buf.subarray(0, this.used));
      } else {
        const stage = (this.stage ??= Buffer.alloc(WRITE_BLOCK));
        let fill = 0;
        for (const i of this.order()) {
          const at = this.offsets[i];
          const length = this.buf.readUInt32LE(at);
          if (fill + length > stage.length) {
            writeAll(fd, stage.subarray(0, fill));
            fill = 0;
          }
          if (length > stage.length) writeAll(fd, this.buf.subarray(at, at + length));
          else fill += this.buf.copy(stage, fill, at, at + length);
        }
        writeAll(fd, stage.subarray(0, fill));
      }
    } finally {
      closeSync(fd);
    }
    this.files.push(path);
    this.stats.runs++;
    this.stats.spilledBytes += this.used;
    this.used = 0;
    this.count = 0;
    this.sortedSoFar = true;
    this.lastTime = -Infinity;
  }

  /** Ends the collection: a cursor over every order, in time order. Call `dispose()` after. */
  finish(): RunCursor {
    const cursors: RunCursor[] = this.files.map((f) => new FileRun(f));
    cursors.push(new MemoryRun(this.buf, this.offsets, this.order()));
    this.stats.runs++;
    this.cursors = cursors;
    return cursors.length === 1 ? cursors[0] : new Merge(cursors);
  }

  /** Closes the readers and removes the temporary files. */
  dispose(): void {
    for (const c of this.cursors) c.close();
    this.cursors = [];
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

export type { RunCursor };
