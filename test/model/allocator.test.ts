/**
 * The allocator and both routers on hand-built pool states: which warehouse, what is
 * reserved, what is left unrouted, and a case where single-first must split less than nearest.
 */
import { describe, expect, it } from 'vitest';
import { allocateLine, fastestWarehouse } from '../../src/model/allocation/allocator.js';
import { createPoolState } from '../../src/model/allocation/pool-state.js';
import type { PoolState } from '../../src/model/allocation/pool-state.js';
import { routeNearest } from '../../src/model/allocation/router-nearest.js';
import { routeSingleFirst } from '../../src/model/allocation/router-single-first.js';

/** 3 warehouses, 1 market, speeds 1 < 2 < 3 days; stock[sku][w]. */
function pool(stock: number[][]): PoolState {
  const p = createPoolState(stock.length, 3, 1);
  p.baseDays.set([1, 2, 3]);
  stock.forEach((row, k) => row.forEach((units, w) => (p.onHand[k * 3 + w] = units)));
  return p;
}

const lines = (skus: number[], units: number[] = skus.map(() => 1)) => ({
  skus: Int32Array.from(skus),
  units: Int32Array.from(units),
  out: new Int32Array(skus.length),
});

describe('allocator', () => {
  it('picks the fastest warehouse that can serve the whole line, and reserves there', () => {
    const p = pool([[0, 2, 5]]);
    expect(allocateLine(p, 0, 3, 0)).toBe(2);
    expect(p.onHand[2]).toBe(2);
    expect(p.reserved[2]).toBe(3);
    expect(allocateLine(p, 0, 2, 0)).toBe(1);
    expect(allocateLine(p, 0, 3, 0)).toBe(-1);
    expect(Array.from(p.reserved)).toEqual([0, 2, 3]);
  });

  it('adds the expected queue wait to the delivery time', () => {
    const p = pool([[1, 1, 1]]);
    p.waitDays[0] = 1.5; // warehouse 0: 1 + 1.5 > 2
    expect(fastestWarehouse(p, 0, 1, 0)).toBe(1);
  });

  it('breaks ties on the lower warehouse index', () => {
    const p = pool([[1, 1, 1]]);
    p.baseDays.set([2, 2, 2]);
    expect(fastestWarehouse(p, 0, 1, 0)).toBe(0);
  });
});

describe('routers', () => {
  it('single-first ships whole from the fastest warehouse holding every line', () => {
    const p = pool([
      [1, 1, 1],
      [0, 1, 1],
      [1, 0, 1],
    ]);
    const l = lines([0, 1, 2]);
    expect(routeSingleFirst(p, l.skus, l.units, 0, 3, 0, l.out)).toBe(0);
    expect(Array.from(l.out)).toEqual([2, 2, 2]);
  });

  it('single-first covers the most lines first when none holds all (greedy set cover)', () => {
    const p = pool([
      [1, 0, 0],
      [0, 1, 1],
      [0, 1, 1],
      [0, 0, 0],
    ]);
    const l = lines([0, 1, 2, 3]);
    expect(routeSingleFirst(p, l.skus, l.units, 0, 4, 0, l.out)).toBe(1);
    expect(Array.from(l.out)).toEqual([0, 1, 1, -1]);
    expect(p.reserved[3 * 3]).toBe(0);
  });

  it('where each line has a faster warehouse of its own, nearest splits and single-first does not', () => {
    // SKU 0 in warehouses 0 and 1, SKU 1 in 1 and 2: nearest sends them to 0 and 1 (two
    // parcels); single-first finds warehouse 1 holding both (one parcel)
    const stock = [
      [1, 1, 0],
      [0, 1, 1],
    ];
    const a = pool(stock);
    const b = pool(stock);
    const la = lines([0, 1]);
    const lb = lines([0, 1]);
    routeNearest(a, la.skus, la.units, 0, 2, 0, la.out);
    routeSingleFirst(b, lb.skus, lb.units, 0, 2, 0, lb.out);
    expect(Array.from(la.out)).toEqual([0, 1]);
    expect(Array.from(lb.out)).toEqual([1, 1]);
  });

  it('leave lines without stock unrouted and reserve nothing for them', () => {
    const p = pool([[0, 0, 0], [1, 0, 0]]);
    const l = lines([0, 1], [1, 2]);
    expect(routeNearest(p, l.skus, l.units, 0, 2, 0, l.out)).toBe(2);
    expect(Array.from(p.reserved)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('route a range in the middle of the line arrays', () => {
    const p = pool([[1, 0, 0], [0, 0, 1]]);
    const l = lines([9, 0, 1, 9]);
    routeSingleFirst(p, l.skus, l.units, 1, 2, 0, l.out);
    expect(Array.from(l.out)).toEqual([0, 0, 2, 0]);
  });
});
