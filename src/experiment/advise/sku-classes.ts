/**
 * SKU classes for the search: bands of popularity rank by share of demand (A/B/C by
 * default), or one class per SKU. A SKU's share of demand is its popularity weight ÷ the
 * total (`Catalogue.popularity`: the Zipf weight r^−s of a synthetic catalogue, whose listings
 * are drawn at random so every SKU's expected demand follows it; units sold in an order
 * history). Popularity falls with the rank, so every band is a range of ranks. O(U).
 */
import type { ClassSpec } from './advise-options.js';

export interface SkuClass {
  name: string;
  /** Popularity ranks [first, last], 1 = best seller, both included. */
  ranks: [number, number];
  /** The class's share of the catalogue's demand. */
  demandShare: number;
}

/** Name of the class of one SKU with `--classes sku`: its rank. */
export const skuClassName = (rank: number): string => `#${rank}`;

/**
 * The classes of a catalogue with popularity weights `popularity` (index = rank − 1). A band
 * takes the SKUs whose demand starts before its upper boundary (the cumulative share of the
 * bands so far), so the SKU that crosses 80 % is an A; a band left without SKUs is dropped.
 * @example skuClasses([4, 3, 2, 1], { kind: 'bands', bands: [{ name: 'A', share: 0.5 }, { name: 'B', share: 0.5 }] })
 * // A = ranks [1, 2] (0.7 of demand), B = [3, 4]
 */
export function skuClasses(popularity: ArrayLike<number>, spec: ClassSpec): SkuClass[] {
  const U = popularity.length;
  let total = 0;
  for (let k = 0; k < U; k++) total += popularity[k];
  const share = (k: number) => (total > 0 ? popularity[k] / total : 1 / U);
  if (spec.kind === 'sku') return Array.from({ length: U }, (_, k) => ({ name: skuClassName(k + 1), ranks: [k + 1, k + 1], demandShare: share(k) }));

  const out: SkuClass[] = [];
  let bound = 0;
  let k = 0;
  let before = 0;
  spec.bands.forEach((band, j) => {
    bound += band.share;
    const last = j === spec.bands.length - 1;
    const first = k;
    let s = 0;
    while (k < U && (last || before < bound - 1e-12)) {
      s += share(k);
      before += share(k);
      k++;
    }
    if (k > first) out.push({ name: band.name, ranks: [first + 1, k], demandShare: s });
  });
  return out;
}
