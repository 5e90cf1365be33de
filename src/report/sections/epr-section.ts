/**
 * The EPR section, shown only when a setup's EPR check refused sales: per such setup, what
 * the refused lines cost over the horizon, the SKUs (by popularity rank) that cost most
 * (`blockedSkus`, at most ten), and the fix: bind an EPR number to the Pool ID for each of
 * them; `poolsim check` lists the SKUs without a valid binding before a run.
 */
import { cell, type Block } from '../document.js';
import { eprBlockedSetups } from '../transition-setups.js';
import type { SectionContext } from './context.js';

/**
 * Blocks of the EPR section; none when nothing was refused.
 *
 * @example
 * eprSection(ctx).map((b) => b.kind); // ['heading', 'paragraph', 'table', 'paragraph']
 */
export function eprSection(ctx: SectionContext): Block[] {
  const { results, m, f } = ctx;
  const order = [results.baseline, ...Object.keys(results.setups).filter((s) => s !== results.baseline)];
  const setups = eprBlockedSetups(results, order);
  if (setups.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: m.sections.eprBlocked, id: 'epr-blocked' }];
  for (const name of setups) {
    const s = results.setups[name];
    const total = s.summary.blockedSales?.mean ?? null;
    blocks.push({
      kind: 'paragraph',
      content: [
        m.epr.intro(
          name,
          f.count(s.summary.blockedOrders?.mean ?? null),
          f.count(s.summary.blockedUnits?.mean ?? null),
          f.usd(total),
          f.days(results.horizonDays, 0),
        ),
      ],
    });
    const skus = (s.blockedSkus ?? []).filter((k) => k.sales > 0);
    if (skus.length > 0) {
      blocks.push({
        kind: 'table',
        className: 'epr',
        head: [cell(m.epr.rank), cell(m.epr.sales, { numeric: true }), cell(m.epr.share, { numeric: true })],
        rows: skus.map((k) => [
          cell(m.epr.rankValue(f.count(k.rank))),
          cell(f.usd(k.sales), { numeric: true }),
          cell(total !== null && total > 0 ? f.percent(k.sales / total, 1) : f.spec.notAvailable, { numeric: true }),
        ]),
      });
    }
  }
  blocks.push({ kind: 'paragraph', content: [m.epr.fix, ' ', { code: `poolsim check ${results.scenario.file}` }] });
  return blocks;
}
