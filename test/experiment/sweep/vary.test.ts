import { describe, expect, it } from 'vitest';
import { badVary, varyPathMissing } from '../../../src/experiment/messages.js';
import { applyValues } from '../../../src/experiment/sweep/apply-values.js';
import { gridPoints, parsePath, parseVary, pointIndex } from '../../../src/experiment/sweep/vary.js';

describe('parsePath', () => {
  it('reads keys and array indices', () => {
    expect(parsePath('shops[0].ordersPerDay')).toEqual(['shops', 0, 'ordersPerDay']);
    expect(parsePath('setups.merged-nearest.allocation.router')).toEqual(['setups', 'merged-nearest', 'allocation', 'router']);
  });
  it('rejects malformed paths', () => {
    for (const p of ['', '.a', 'a.', 'a..b', '[0]', 'a[x]', 'a b']) expect(parsePath(p)).toBeUndefined();
  });
});

describe('parseVary', () => {
  it('reads values as YAML scalars', () => {
    expect(parseVary('allocation.deadline=1d, 2 ,true,nearest').values).toEqual(['1d', 2, true, 'nearest']);
  });
  it('rejects a spec without values', () => {
    expect(() => parseVary('demand.crossShopBasketShare')).toThrow(badVary('demand.crossShopBasketShare'));
    expect(() => parseVary('a=1,,2')).toThrow(badVary('a=1,,2'));
  });
});

describe('gridPoints / pointIndex', () => {
  const axes = [
    { path: 'a', values: [2, 1] },
    { path: 'b', values: ['y', 'x', 'y'] },
  ];
  it('is the product of the axes in canonical order, first axis slowest', () => {
    expect(gridPoints(axes)).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
    ]);
  });
  it('numbers every point by its position in that grid', () => {
    expect(gridPoints(axes).map((p) => pointIndex(p, axes))).toEqual([0, 1, 2, 3]);
  });
});

describe('applyValues', () => {
  const text = '# comment kept\nname: s # inline\nshops:\n  - id: a\n    ordersPerDay: 3\ndemand:\n  marketMix: { ES: 1 }\n';
  it('sets existing and new keys, keeping comments', () => {
    const out = applyValues(text, { 'shops[0].ordersPerDay': 7, 'demand.crossShopBasketShare': 0.2, 'allocation.router': 'nearest' });
    expect(out).toContain('# comment kept');
    expect(out).toContain('name: s # inline');
    expect(out).toContain('ordersPerDay: 7');
    expect(out).toContain('crossShopBasketShare: 0.2');
    expect(out).toContain('allocation:\n  router: nearest');
  });
  it('refuses to create array elements or to descend into a scalar', () => {
    expect(() => applyValues(text, { 'shops[1].ordersPerDay': 1 })).toThrow(varyPathMissing('shops[1].ordersPerDay', 'shops[1]'));
    expect(() => applyValues(text, { 'name.first': 1 })).toThrow(varyPathMissing('name.first', 'name'));
  });
});
