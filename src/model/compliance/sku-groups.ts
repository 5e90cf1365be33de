/**
 * The SKU groups of a `compliance` block laid over the catalogue (docs/scenario.md,
 * `compliance`). SKUs are named by popularity rank, as the catalogue numbers them (rank r =
 * SKU index r − 1, 1..catalogue.skus):
 *
 * - a group with `ranks: [first, last]` takes those ranks; a group without `ranks` takes
 *   every SKU not in an earlier group;
 * - an SKU belongs to the first group (in file order) that takes it; a later group listing it
 *   again does not get it (a warning says so);
 * - SKUs in no group form the group `(ungrouped)`: no EPR number, sold into every market;
 * - a group's markets default to every market with a positive weight in `demand.marketMix`.
 */
import type { Compliance } from '../../scenario/schema.js';
import type { ComplianceNote } from './findings.js';
import { complianceMsg } from './messages.js';

/** Name of the implicit group of the SKUs that no group takes. */
export const UNGROUPED = '(ungrouped)';

/** One group as resolved over the catalogue. */
export interface SkuGroup {
  id: string;
  /** Destination markets the group's SKUs are sold into. */
  markets: readonly string[];
  /** The group's EPR number, as written (absent: none). */
  epr?: string;
  /** True for `(ungrouped)`. */
  implicit: boolean;
  /** SKUs in the group, and the SKU indices (0-based) of the first and last of them (−1 when empty). */
  count: number;
  firstIndex: number;
  lastIndex: number;
}

/** The groups, which group each SKU belongs to, and the warnings found on the way. */
export interface ResolvedSkuGroups {
  groups: SkuGroup[];
  /** Per SKU index, the index of its group in `groups`. */
  groupOf: Int32Array;
  warnings: ComplianceNote[];
}

/**
 * Resolves `compliance.skuGroups` over a catalogue of `skuCount` SKUs. `defaultMarkets` are
 * the markets of a group that does not list its own (and of `(ungrouped)`).
 * O(skuCount + groups).
 *
 * @example
 * const { groups, groupOf } = resolveSkuGroups(scenario.compliance!, 200, ['ES', 'DE']);
 * groups[groupOf[0]].id; // the group of the best seller
 */
export function resolveSkuGroups(compliance: Compliance, skuCount: number, defaultMarkets: readonly string[]): ResolvedSkuGroups {
  const groupOf = new Int32Array(skuCount).fill(-1);
  const groups: SkuGroup[] = [];
  const warnings: ComplianceNote[] = [];
  const warn = (group: string, message: string) => warnings.push({ rule: 'sku-groups', group, message });

  compliance.skuGroups.forEach((g, gi) => {
    let from = 0;
    let to = skuCount - 1;
    if (g.ranks !== undefined) {
      const [first, last] = g.ranks;
      if (first > last) {
        warn(g.id, complianceMsg.groupRanksReversed(first, last));
        to = -1;
      } else {
        if (last > skuCount) warn(g.id, complianceMsg.groupRanksPastCatalogue(first, last, skuCount));
        from = first - 1;
        to = Math.min(last, skuCount) - 1;
      }
    }
    let taken = 0;
    let takenBy = -1;
    for (let k = from; k <= to; k++) {
      if (groupOf[k] === -1) groupOf[k] = gi;
      else if (g.ranks !== undefined) {
        taken++;
        if (takenBy === -1) takenBy = groupOf[k];
      }
    }
    if (taken > 0) warn(g.id, complianceMsg.groupRanksTaken(taken, groups[takenBy].id));
    groups.push({ id: g.id, markets: g.markets ?? defaultMarkets, ...(g.epr !== undefined ? { epr: g.epr } : {}), implicit: false, count: 0, firstIndex: -1, lastIndex: -1 });
  });

  let ungrouped = -1;
  for (let k = 0; k < skuCount; k++) {
    if (groupOf[k] !== -1) continue;
    if (ungrouped === -1) {
      ungrouped = groups.length;
      groups.push({ id: UNGROUPED, markets: defaultMarkets, implicit: true, count: 0, firstIndex: -1, lastIndex: -1 });
    }
    groupOf[k] = ungrouped;
  }

  for (let k = 0; k < skuCount; k++) {
    const g = groups[groupOf[k]];
    if (g.count === 0) g.firstIndex = k;
    g.lastIndex = k;
    g.count++;
  }
  // A group without ranks that finds nothing left is worth a word; one with ranks already got one
  compliance.skuGroups.forEach((g, gi) => {
    if (g.ranks === undefined && groups[gi].count === 0) warn(g.id, complianceMsg.groupEmpty());
  });
  return { groups, groupOf, warnings };
}
