/**
 * The mechanisms behind the merged-vs-unmerged gap of the default study, each as a variant
 * of the raw scenario data with that mechanism turned off. `run-ablation.ts` runs them and
 * `npm run ablation` (`bench/ablation.ts`) writes the table into `docs/model.md`.
 */

type Raw = Record<string, unknown>;

export interface AblationVariant {
  /** Short name for the table. */
  name: string;
  /** What is turned off, in words. */
  description: string;
  /** The raw scenario with the mechanism turned off (inputs are not modified). */
  apply(raw: Raw): Raw;
}

const obj = (v: unknown): Raw => ({ ...(v as Raw) });

/** The default study's mechanisms, one at a time. */
export const ABLATION_VARIANTS: readonly AblationVariant[] = [
  { name: 'as is', description: 'the default study', apply: (raw) => ({ ...raw }) },
  {
    name: 'no seller warehouse',
    description: 'unmerged shops all in the Dongguan platform warehouse (fully managed)',
    apply: (raw) => ({ ...raw, shops: (raw.shops as Raw[]).map((s) => ({ ...s, warehouse: 'dongguan' })) }),
  },
  {
    name: 'one pool warehouse',
    description: 'the pool held in Dongguan only (no choice of the fastest warehouse per market)',
    apply: (raw) => ({ ...raw, allocation: { ...obj(raw.allocation), warehouses: ['dongguan'], placement: { single: 'dongguan' } } }),
  },
  {
    name: 'unlimited stock',
    description: 'every stock point holds a million units: no stockouts, no backorders',
    apply: (raw) => ({ ...raw, replenishment: { ...obj(raw.replenishment), policy: 'base-stock', target: { units: 1_000_000 } } }),
  },
  {
    name: 'no cross-shop baskets',
    description: 'crossShopBasketShare 0: no basket spans two shops',
    apply: (raw) => ({ ...raw, demand: { ...obj(raw.demand), crossShopBasketShare: 0 } }),
  },
  {
    name: 'no defects',
    description: 'defect rate 0: inbound QC has nothing to catch',
    apply: (raw) => ({
      ...raw,
      categories: Object.fromEntries(Object.entries(obj(raw.categories)).map(([k, v]) => [k, { ...obj(v), defectRate: 0 }])),
    }),
  },
  {
    name: 'no lateness returns',
    description: 'latenessPerDay 0: lateness does not drive returns',
    apply: (raw) => ({ ...raw, returns: { ...obj(raw.returns), latenessPerDay: 0 } }),
  },
];
