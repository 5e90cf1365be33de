/**
 * The incentive tier month by month: the status of a monthly row (met, met in k of n, missed
 * and why, in how many replications) and the table under the monthly-fees chart, in English and
 * Chinese, on the synthetic fixture (whose months reach the tier, miss it on sell-through, on
 * returns, and reach it in 6 of 10 replications) and on hand-made rows.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import type { Block } from '../../src/report/document.js';
import { plainText } from '../../src/report/document.js';
import { conditionOutcome, tierStatus } from '../../src/report/fee-tier.js';
import { makeFormatter } from '../../src/report/format.js';
import { messagesFor } from '../../src/report/i18n/index.js';
import { feeTierTable } from '../../src/report/sections/fee-tier-table.js';
import type { MonthlySummaryRow } from '../../src/results/types.js';
import { loadFixture } from './support/fixtures.js';

const row = (over: Partial<MonthlySummaryRow>) =>
  ({ tierEarned: 0, tierSellThroughMet: 1, tierReturnRateMet: 1, feeRate: 0.055, returnRate: 0.17, ...over }) as MonthlySummaryRow;

describe('tier status of a month', () => {
  it.each<[string, Partial<MonthlySummaryRow>, ReturnType<typeof tierStatus>]>([
    ['met in every replication', { tierEarned: 1, feeRate: 0.042 }, { kind: 'met' }],
    [
      'sell-through missed in every replication',
      { tierSellThroughMet: 0 },
      { kind: 'missed', replications: 0, of: 4, sellThrough: { replications: 4, of: 4 }, returns: { replications: 0, of: 4 } },
    ],
    [
      'both missed',
      { tierSellThroughMet: 0, tierReturnRateMet: 0 },
      { kind: 'missed', replications: 0, of: 4, sellThrough: { replications: 4, of: 4 }, returns: { replications: 4, of: 4 } },
    ],
    [
      '3 of 4 replications, the fourth on returns',
      { tierEarned: 0.75, tierReturnRateMet: 0.75, feeRate: 0.04525 },
      { kind: 'missed', replications: 3, of: 4, sellThrough: { replications: 0, of: 4 }, returns: { replications: 1, of: 4 } },
    ],
    ['no delivery', { tierReturnRateMet: 0, returnRate: null }, { kind: 'no-deliveries' }],
    ['no service fee (not merged yet)', { feeRate: 0 }, { kind: 'unmerged' }],
  ])('%s', (_name, over, expected) => {
    expect(tierStatus(row(over), 4)).toEqual(expected);
  });

  it('a condition met in all, some or none of the replications', () => {
    expect([1, 0.5, 0, null].map((s) => conditionOutcome(s, 4))).toEqual(['met', 'some', 'missed', 'missed']);
  });
});

const cells = (b: Block | undefined) => (b?.kind === 'table' ? b.rows.map((r) => r.map((c) => c.lines.map(plainText).join(' '))) : []);

describe('the tier table', () => {
  it('lists every month, the partial one marked, with both rates and why each month did or did not reach the tier', () => {
    const results = loadFixture();
    const m = messagesFor('en');
    const blocks = feeTierTable({ results, m, f: makeFormatter(m.format) }, 'merged');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'table']);
    const table = blocks[2] as Extract<Block, { kind: 'table' }>;
    expect(table.head.map((c) => c.lines.map(plainText).join(' '))).toEqual([
      'Month',
      'Fee rate',
      'SKU sell-through tier: ≥ 82.0%',
      'Unit sell-through',
      'Return rate tier: ≤ 18.5%',
      'Incentive tier',
    ]);
    const rows = cells(table);
    const monthly = results.setups.merged.monthly;
    expect(rows).toHaveLength(monthly.length);
    expect(rows.at(-1)![0]).toBe('13 (5 days)');
    const t = m.feeTier;
    monthly.forEach((r, i) => {
      const text = rows[i][5];
      if (r.tierEarned === 1) expect(text).toBe(t.met);
      else if (r.tierEarned === 0) {
        const parts = [
          ...(r.tierSellThroughMet === 0 ? [t.sellThroughBelow('sku-share', '82.0%', 10, 10)] : []),
          ...(r.tierReturnRateMet === 0 ? [t.returnsAbove('18.5%', 10, 10)] : []),
        ];
        expect(text, `month ${r.month}`).toBe(parts.join(t.and));
      }
    });
    // month 7: 6 of 10 replications, the other 4 on returns
    expect(rows[6][5]).toBe('met in 6 of 10 replications; returns above 18.5% in 4 of 10');
    expect(rows.map((r) => r[5])).toContain('SKU sell-through below 82.0%');
    expect(rows.map((r) => r[5])).toContain('returns above 18.5%');
    expect(rows[6][1]).toBe('4.72%');
    expect(table.rows[6][5].tone).toBe('neutral');
  });

  it('in Chinese', () => {
    const results = loadFixture();
    const m = messagesFor('zh');
    const blocks = feeTierTable({ results, m, f: makeFormatter(m.format) }, 'merged');
    const rows = cells(blocks[2]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: '逐月激励档' });
    expect(rows[6][5]).toBe('10 次重复中有 6 次达到；4 次退货率高于 18.5%');
    expect(rows.map((r) => r[5])).toContain('动销率低于 82.0%');
    expect(rows.at(-1)![0]).toBe(`13（${m.format.days('5')}）`);
  });

  it('names the unit share when the tier tests it', () => {
    const results = loadFixture();
    (results.assumptions.setups as Record<string, { fees: Record<string, unknown> }>).merged.fees.sellThroughDefinition = 'unit-share';
    const m = messagesFor('en');
    const table = feeTierTable({ results, m, f: makeFormatter(m.format) }, 'merged')[2] as Extract<Block, { kind: 'table' }>;
    expect(table.head[2].lines).toHaveLength(1);
    expect(table.head[3].lines.map(plainText)).toEqual(['Unit sell-through', 'tier: ≥ 82.0%']);
  });

  it('stands right under the monthly-fees chart, and not for a setup without service fees', () => {
    const results = loadFixture();
    const { document } = buildReport(results, 'en');
    const at = document.blocks.findIndex((b) => b.kind === 'chart' && b.id === 'monthly-fees');
    expect(document.blocks[at + 1]).toMatchObject({ kind: 'heading', id: 'fee-tier' });
    expect(document.blocks[at + 3]).toMatchObject({ kind: 'table', className: 'fee-tier' });
    const m = messagesFor('en');
    expect(feeTierTable({ results, m, f: makeFormatter(m.format) }, 'unmerged')).toEqual([]);
  });
});
