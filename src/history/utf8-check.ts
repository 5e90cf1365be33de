/**
 * Checking that a file is UTF-8 while it streams, chunk by chunk: `buffer.isUtf8` on each
 * chunk (native, fast), with a multi-byte character split between chunks carried over, and a
 * byte-by-byte scan only when a chunk fails, to name the first bad byte.
 */
import { isUtf8 } from 'node:buffer';

/**
 * Byte index of the first byte of `buf` that does not start or continue a valid UTF-8
 * sequence (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when
 * the whole buffer is valid. A sequence cut off by the end of `buf` counts as invalid at its
 * first byte. O(n).
 * @example firstInvalidUtf8(Buffer.from([0x61, 0xe4, 0x62])); // 1
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + need >= n) return i; // cut off by the end of the buffer
    const second = buf[i + 1];
    if (second < min || second > max) return i;
    for (let k = 2; k <= need; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Length of an incomplete multi-byte sequence at the end of `buf` (0–3 bytes to carry over). */
function incompleteTail(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}

/** The first bad byte of a stream: its offset from the start of the file and its value. */
export interface Utf8Failure {
  offset: number;
  byte: number;
}

/**
 * Feeds a file's chunks in order; `feed` returns the bytes that are complete and valid (to
 * hand to the CSV parser) or a failure. Memory: at most 3 bytes carried between chunks.
 *
 * @example
 * const check = new Utf8Stream();
 * for await (const chunk of stream) { const ok = check.feed(chunk); if (!(ok instanceof Uint8Array)) fail(ok.offset); }
 * const bad = check.end();
 */
export class Utf8Stream {
  private carry: Buffer | null = null;
  /** Bytes of the file before the current chunk (carry excluded). */
  private consumed = 0;

  feed(chunk: Buffer): Buffer | Utf8Failure {
    const start = this.consumed - (this.carry?.length ?? 0);
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.consumed += chunk.length;
    const tail = incompleteTail(buf);
    const body = tail > 0 ? buf.subarray(0, buf.length - tail) : buf;
    this.carry = tail > 0 ? Buffer.from(buf.subarray(buf.length - tail)) : null;
    if (isUtf8(body)) return body;
    const at = firstInvalidUtf8(body);
    return { offset: start + at, byte: body[at] };
  }

  /** After the last chunk: a failure when the file ends inside a multi-byte character. */
  end(): Utf8Failure | undefined {
    if (!this.carry) return undefined;
    return { offset: this.consumed - this.carry.length, byte: this.carry[0] };
  }
}
