/**
 * What the compliance check reports (DOMAIN §7): violations that block the merge, notes on
 * what it could not check, and warnings about the scenario's SKU groups. Plain data, so the
 * CLI prints it and `poolsim check --json` writes it as is.
 */

/** Identifiers of the compliance rules (docs/scenario.md, `compliance`). */
export type ComplianceRule = 'epr-missing' | 'epr-multiple-pools' | 'epr-not-bound' | 'epr-late-filing' | 'pool-id-missing';

/**
 * The SKUs a finding is about, by popularity rank (1 = best seller; SKU index = rank − 1):
 * `[first, last]` when they are consecutive ranks, else their count.
 */
export type SkuSpan = [first: number, last: number] | number;

/** A rule the scenario breaks: the merge application would fail. */
export interface ComplianceViolation {
  rule: ComplianceRule;
  /** The SKU group (`compliance.skuGroups[].id`), `(ungrouped)`, or `(seller)` for the seller's own data. */
  group: string;
  skus: SkuSpan;
  /** One line: what is wrong. */
  message: string;
  /** One line: what to change. */
  fix: string;
}

/** A note (something not checked) or a warning (something that looks wrong but blocks nothing). */
export interface ComplianceNote {
  /** The rule it concerns, or a topic: `compliance`, `epr-late-filing`, `sku-groups`. */
  rule: string;
  /** The SKU group it concerns, when there is one. */
  group?: string;
  message: string;
}

/**
 * The span of SKUs whose indices run from `firstIndex` to `lastIndex` (0-based), `count` of
 * them: consecutive ranks as `[first, last]`, otherwise the count. O(1).
 *
 * @example
 * skuSpan(0, 9, 10); // [1, 10]
 * skuSpan(0, 9, 4); // 4
 */
export function skuSpan(firstIndex: number, lastIndex: number, count: number): SkuSpan {
  return count > 0 && lastIndex - firstIndex + 1 === count ? [firstIndex + 1, lastIndex + 1] : count;
}
