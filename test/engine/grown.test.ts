import { describe, expect, it } from 'vitest';
import { grown } from '../../src/engine/grown.js';

describe('grown', () => {
  it('copies the elements into a longer array of the same type, the new ones zero', () => {
    const f = grown(Float64Array.of(1.5, -2), 4);
    expect(f).toBeInstanceOf(Float64Array);
    expect([...f]).toEqual([1.5, -2, 0, 0]);
    const i = grown(Int32Array.of(7), 3);
    expect(i).toBeInstanceOf(Int32Array);
    expect([...i]).toEqual([7, 0, 0]);
    const u = grown(Uint32Array.of(2 ** 32 - 1), 2);
    expect(u).toBeInstanceOf(Uint32Array);
    expect([...u]).toEqual([2 ** 32 - 1, 0]);
  });

  it('leaves the original untouched', () => {
    const a = Int32Array.of(1, 2);
    const b = grown(a, 4);
    b[0] = 9;
    expect([...a]).toEqual([1, 2]);
  });
});
