/** Placement shares and the largest-remainder split of migrated stock. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substream } from '../../src/engine/index.js';
import { placementShares, splitLargestRemainder, splitLargestRemainderInto } from '../../src/model/inventory/placement.js';
import { rawScenario, scenarioFrom } from './helpers/scenarios.js';

describe('largest-remainder split', () => {
  it('conserves the total and stays within one unit of the exact share (property, numRuns 200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (total, ws) => {
        const sum = ws.reduce((a, b) => a + b, 0);
        fc.pre(sum > 0);
        const shares = Float64Array.from(ws.map((w) => w / sum));
        const parts = splitLargestRemainder(total, shares);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => expect(Math.abs(p - total * shares[i])).toBeLessThan(1 + 1e-9));
      }),
      { numRuns: 200 },
    );
  });

  it('without allocation: the same parts as the sort it replaced, ties included (property, numRuns 500)', () => {
    /** The split as it was: an array of indices sorted by (remainder descending, index). */
    const sorted = (total: number, shares: Float64Array) => {
      const W = shares.length;
      const out = new Int32Array(W);
      const order: number[] = [];
      let given = 0;
      for (let w = 0; w < W; w++) {
        out[w] = Math.floor(total * shares[w]);
        given += out[w];
        order.push(w);
      }
      const rem = (w: number) => total * shares[w] - out[w];
      order.sort((a, b) => rem(b) - rem(a) || a - b);
      for (let j = 0; given < total; j = (j + 1) % W) {
        out[order[j]]++;
        given++;
      }
      return Array.from(out);
    };
    const out = new Int32Array(8);
    const order = new Int32Array(8);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (total, ws, from) => {
          const sum = ws.reduce((a, b) => a + b, 0);
          fc.pre(sum > 0);
          const shares = Float64Array.from(ws.map((w) => w / sum));
          const padded = new Float64Array(from + shares.length);
          padded.set(shares, from);
          splitLargestRemainderInto(total, padded, from, shares.length, out, order);
          expect(Array.from(out.subarray(0, shares.length))).toEqual(sorted(total, shares));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the remainder to the largest fractions', () => {
    expect(Array.from(splitLargestRemainder(10, Float64Array.of(0.55, 0.45)))).toEqual([6, 4]);
    expect(Array.from(splitLargestRemainder(1, Float64Array.of(1 / 3, 1 / 3, 1 / 3)))).toEqual([1, 0, 0]);
  });
});

describe('placement shares', () => {
  const raw = rawScenario('default.yaml');
  const ids = ['hangzhou', 'dongguan', 'shenzhen', 'yiwu'];
  const M = 2;
  // market 0 fastest from dongguan, market 1 from yiwu
  const baseDays = Float64Array.of(5, 9, 4, 9, 6, 9, 7, 8);
  const marketShare = Float64Array.of(0.7, 0.3);
  const rng = () => substream(1, 0, 'placement');
  /** SKU k's row of shares (one row for every SKU, or a row per SKU). */
  const shares = (placement: unknown, skus = 2) => {
    const s = placementShares(scenarioFrom({ ...raw, allocation: { placement } }).setups[1], skus, ids, baseDays, marketShare, rng());
    return (k: number) => Array.from(s.values.subarray(k * s.stride, k * s.stride + 4));
  };

  it('demand-proportional: each market to its fastest warehouse', () => {
    expect(shares('demand-proportional')(0)).toEqual([0, 0.7, 0, 0.3]);
    expect(shares('demand-proportional')(1)).toEqual([0, 0.7, 0, 0.3]);
    expect(M).toBe(2);
  });

  it('single and table', () => {
    expect(shares({ single: 'yiwu' })(1)).toEqual([0, 0, 0, 1]);
    expect(shares({ table: { hangzhou: 1, shenzhen: 3 } })(0)).toEqual([0.25, 0, 0.75, 0]);
  });

  it('randomPerSku: n distinct warehouses per SKU with equal shares', () => {
    const s = shares({ randomPerSku: 2 }, 50);
    for (let k = 0; k < 50; k++) {
      const row = s(k);
      expect(row.filter((x) => x === 0.5).length).toBe(2);
      expect(row.filter((x) => x === 0).length).toBe(2);
    }
  });
});
