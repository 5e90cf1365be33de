/**
 * Inbound QC of supplier batches at platform warehouses (`inboundQc`, DOMAIN §6): a rejected
 * batch goes back to the supplier and its units never become available. Either a fixed
 * chance per batch, or acceptance sampling on the SKU's defect rate: inspect `sampleSize`
 * units (or the whole batch if smaller) and reject when more than `acceptNumber` are
 * defective — P(reject) = 1 − Σ_{k≤c} C(n,k) p^k (1−p)^(n−k).
 */
import type { Rng } from '../../engine/index.js';
import { CATEGORIES } from '../../scenario/categories.js';
import type { Setup } from '../../scenario/schema.js';
import type { InboundQc as InboundQcSettings } from '../../scenario/sync-schema.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { categoryParams } from '../catalogue/category-defaults.js';

/** The static inputs of inbound QC. */
export interface InboundQcModel {
  readonly settings: InboundQcSettings;
  /** Per global warehouse, 1 where inbound QC applies (platform warehouses). */
  readonly inspects: Uint8Array;
  /** Per SKU, the share of units arriving defective (its category's `defectRate`). */
  readonly defectRate: Float64Array;
}

/** @example const qc = buildInboundQcModel(setup, catalogue); */
export function buildInboundQcModel(setup: Setup, catalogue: Catalogue): InboundQcModel | null {
  const settings = setup.inboundQc;
  if (settings === undefined) return null;
  const defectRate = new Float64Array(catalogue.skuCount);
  for (let k = 0; k < defectRate.length; k++) defectRate[k] = categoryParams(CATEGORIES[catalogue.category[k]], setup.categories).defectRate;
  return { settings, inspects: Uint8Array.from(setup.warehouses, (w) => (w.kind === 'platform' ? 1 : 0)), defectRate };
}

/**
 * P(more than `c` defective among `n` units inspected, each defective with probability `p`). O(c).
 * @example rejectionProbability(13, 0.02, 0); // 1 − 0.98^13 ≈ 0.2310
 */
export function rejectionProbability(n: number, p: number, c: number): number {
  if (c >= n || p <= 0) return 0;
  if (p >= 1) return 1;
  let term = (1 - p) ** n; // P(k = 0)
  let accept = term;
  for (let k = 1; k <= c; k++) {
    term *= ((n - k + 1) / k) * (p / (1 - p));
    accept += term;
  }
  return Math.max(0, 1 - accept);
}

export class InboundQc {
  constructor(
    private readonly model: InboundQcModel,
    private readonly rng: Rng,
  ) {}

  /** Whether a batch of `units` of `sku` arriving at `warehouse` is rejected. One draw per inspected batch. */
  rejects(sku: number, warehouse: number, units: number): boolean {
    if (this.model.inspects[warehouse] === 0) return false;
    const s = this.model.settings;
    const p = s.rejectProbability ?? rejectionProbability(Math.min(s.sampleSize as number, units), this.model.defectRate[sku], s.acceptNumber);
    return this.rng() < p;
  }
}
