/** Placement shares and the largest-remainder split of migrated stock. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substream } from '../../src/engine/index.js';
import { placementShares, splitLargestRemainder } from '../../src/model/inventory/placement.js';
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
  const shares = (placement: unknown, skus = 2) =>
    placementShares(scenarioFrom({ ...raw, allocation: { placement } }).setups[1], skus, ids, baseDays, marketShare, rng());

  it('demand-proportional: each market to its fastest warehouse', () => {
    expect(Array.from(shares('demand-proportional').subarray(0, 4))).toEqual([0, 0.7, 0, 0.3]);
    expect(M).toBe(2);
  });

  it('single and table', () => {
    expect(Array.from(shares({ single: 'yiwu' }).subarray(4, 8))).toEqual([0, 0, 0, 1]);
    expect(Array.from(shares({ table: { hangzhou: 1, shenzhen: 3 } }).subarray(0, 4))).toEqual([0.25, 0, 0.75, 0]);
  });

  it('randomPerSku: n distinct warehouses per SKU with equal shares', () => {
    const s = shares({ randomPerSku: 2 }, 50);
    for (let k = 0; k < 50; k++) {
      const row = Array.from(s.subarray(k * 4, k * 4 + 4));
      expect(row.filter((x) => x === 0.5).length).toBe(2);
      expect(row.filter((x) => x === 0).length).toBe(2);
    }
  });
});
