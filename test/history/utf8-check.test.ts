import { describe, expect, it } from 'vitest';
import { Utf8Stream, firstInvalidUtf8 } from '../../src/history/utf8-check.js';

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xe4, 0xb8, 0xad], -1], // 中
    [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
    [[0x61, 0xe4, 0x62], 1], // latin-1 ä
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
    [[0x61, 0xe4, 0xb8], 1], // cut off
    [[0xff], 0],
  ])('%j → %i', (bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });
});

describe('Utf8Stream', () => {
  it('carries a character split between chunks and finds a bad byte by its file offset', () => {
    const text = Buffer.from('ab中文cd', 'utf8');
    for (let cut = 0; cut <= text.length; cut++) {
      const s = new Utf8Stream();
      const a = s.feed(text.subarray(0, cut));
      const b = s.feed(text.subarray(cut));
      expect(a).toBeInstanceOf(Uint8Array);
      expect(b).toBeInstanceOf(Uint8Array);
      expect(Buffer.concat([a as Buffer, b as Buffer]).toString('utf8')).toBe('ab中文cd');
      expect(s.end()).toBeUndefined();
    }
    const s = new Utf8Stream();
    s.feed(Buffer.from('hello\n'));
    expect(s.feed(Buffer.from([0x77, 0xb6, 0x0a]))).toEqual({ offset: 7, byte: 0xb6 });
  });

  it('reports a file that ends inside a character', () => {
    const s = new Utf8Stream();
    s.feed(Buffer.from([0x61, 0xe4, 0xb8]));
    expect(s.end()).toEqual({ offset: 1, byte: 0xe4 });
  });
});
