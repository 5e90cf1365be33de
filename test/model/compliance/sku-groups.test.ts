import { describe, expect, it } from 'vitest';
import { complianceMsg } from '../../../src/model/compliance/messages.js';
import { resolveSkuGroups, UNGROUPED } from '../../../src/model/compliance/sku-groups.js';
import type { Compliance } from '../../../src/scenario/schema.js';

const compliance = (skuGroups: Compliance['skuGroups']): Compliance => ({ eprMarkets: ['DE', 'FR'], filingLeadHours: 72, epr: [], skuGroups });
const spans = (c: Compliance, skus = 10) =>
  resolveSkuGroups(c, skus, ['ES', 'DE']).groups.map((g) => [g.id, g.count, g.firstIndex, g.lastIndex, g.markets.join(' ')]);

describe('SKU groups over the catalogue (index = rank − 1)', () => {
  it('without groups, every SKU is ungrouped, sold into the default markets', () => {
    expect(spans(compliance([]))).toEqual([[UNGROUPED, 10, 0, 9, 'ES DE']]);
  });

  it('takes ranks, then a group without ranks takes every SKU left; own markets replace the default', () => {
    const c = compliance([{ id: 'top', ranks: [3, 5], markets: ['FR'] }, { id: 'rest' }]);
    expect(spans(c)).toEqual([
      ['top', 3, 2, 4, 'FR'],
      ['rest', 7, 0, 9, 'ES DE'],
    ]);
    const { groupOf } = resolveSkuGroups(c, 10, ['ES', 'DE']);
    expect([...groupOf]).toEqual([1, 1, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('gives an SKU to the first group that takes it and warns about the later one', () => {
    const { groups, warnings } = resolveSkuGroups(compliance([{ id: 'a', ranks: [1, 4] }, { id: 'b', ranks: [3, 6] }]), 10, []);
    expect(groups.map((g) => [g.id, g.count])).toEqual([['a', 4], ['b', 2], [UNGROUPED, 4]]);
    expect(warnings).toEqual([{ rule: 'sku-groups', group: 'b', message: complianceMsg.groupRanksTaken(2, 'a') }]);
  });

  it('ignores ranks past the catalogue, takes nothing for reversed ranks, and warns about both', () => {
    const { groups, warnings } = resolveSkuGroups(compliance([{ id: 'a', ranks: [8, 12] }, { id: 'b', ranks: [5, 2] }, { id: 'c' }, { id: 'd' }]), 10, []);
    expect(groups.map((g) => [g.id, g.count])).toEqual([['a', 3], ['b', 0], ['c', 7], ['d', 0]]);
    expect(warnings.map((w) => [w.group, w.message])).toEqual([
      ['a', complianceMsg.groupRanksPastCatalogue(8, 12, 10)],
      ['b', complianceMsg.groupRanksReversed(5, 2)],
      ['d', complianceMsg.groupEmpty()],
    ]);
  });
});
