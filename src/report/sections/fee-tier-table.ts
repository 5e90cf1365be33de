/**
 * The table under the monthly-fees chart: for each month of the charted merged setup, the fee
 * rate paid, both sell-through rates (SKU share 动销率 and unit share; the one the tier tests
 * carries its bound in the header), the return rate with its bound, and the tier: met, or met
 * in k of n replications and the conditions the others missed, in how many (`../fee-tier.ts`). Unlike the chart it lists a
 * partial last month too, marked with its length: it is billed on its own figures (docs/model.md,
 * Fees), and a row of figures cannot be misread as a month's shape.
 */
import { feesOf } from '../assumptions.js';
import { cell, type Block, type Cell } from '../document.js';
import { tierStatus, type TierStatus } from '../fee-tier.js';
import { daysLabel, isFullMonth, monthDays } from '../monthly-rows.js';
import type { SectionContext } from './context.js';

/**
 * The heading, note and table of the incentive tier month by month; none when the setup has
 * no monthly rows or pays no service fee in any month.
 *
 * @example
 * feeTierTable(ctx, 'merged').map((b) => b.kind); // ['heading', 'paragraph', 'table']
 */
export function feeTierTable(ctx: SectionContext, setup: string): Block[] {
  const { results, m, f } = ctx;
  const t = m.feeTier;
  const rows = results.setups[setup]?.monthly ?? [];
  if (!rows.some((r) => (r.feeRate ?? 0) > 0)) return [];
  const rules = feesOf(results, setup);
  const minSell = f.percent(rules.incentiveMinSellThrough, 1);
  const maxReturn = f.percent(rules.incentiveMaxReturnRate, 1);
  const sku = rules.sellThroughDefinition === 'sku-share';
  const header = (label: string, bound: string | null): Cell => ({ lines: bound === null ? [[label]] : [[label], [bound]], numeric: true });
  const head: Cell[] = [
    cell(t.month),
    header(t.feeRate, null),
    header(t.skuSellThrough, sku ? t.atLeast(minSell) : null),
    header(t.unitSellThrough, sku ? null : t.atLeast(minSell)),
    header(t.returnRate, t.atMost(maxReturn)),
    cell(t.tier),
  ];
  const statusText = (s: TierStatus): string => {
    switch (s.kind) {
      case 'met':
        return t.met;
      case 'missed': {
        const reasons = [
          ...(s.sellThrough.replications > 0 ? [t.sellThroughBelow(rules.sellThroughDefinition, minSell, s.sellThrough.replications, s.of)] : []),
          ...(s.returns.replications > 0 ? [t.returnsAbove(maxReturn, s.returns.replications, s.of)] : []),
        ];
        return [...(s.replications > 0 ? [t.some(s.replications, s.of)] : []), ...(reasons.length > 0 ? reasons : [t.notMergedSome])].join(t.and);
      }
      case 'no-deliveries':
        return t.noDeliveries;
      case 'unmerged':
        return t.unmerged;
    }
  };
  const tone = (s: TierStatus): Cell['tone'] =>
    s.kind === 'met' ? 'good' : s.kind === 'unmerged' || (s.kind === 'missed' && s.replications > 0) ? 'neutral' : 'bad';
  const body = rows.map((r) => {
    const status = tierStatus(r, results.replications);
    const month = isFullMonth(r, results.horizonDays)
      ? String(r.month)
      : t.partialMonth(r.month, f.spec.days(daysLabel(monthDays(r, results.horizonDays))));
    return [
      cell(month),
      cell(f.percent(r.feeRate, 2), { numeric: true }),
      cell(f.percent(r.skuSellThrough, 1), { numeric: true }),
      cell(f.percent(r.unitSellThrough, 1), { numeric: true }),
      cell(f.percent(r.returnRate, 1), { numeric: true }),
      cell(statusText(status), { tone: tone(status) }),
    ];
  });
  return [
    { kind: 'heading', level: 3, text: t.heading, id: 'fee-tier' },
    {
      kind: 'paragraph',
      content: [
        t.note(rules.sellThroughDefinition, minSell, maxReturn, results.replications),
        ' ',
        t.setting,
        { code: `fees.sellThroughDefinition: ${rules.sellThroughDefinition}` },
      ],
      tone: 'note',
    },
    { kind: 'table', className: 'fee-tier', head, rows: body },
  ];
}
