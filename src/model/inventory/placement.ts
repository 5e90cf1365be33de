/**
 * Where the pool holds stock: the share φ_{k,w} of SKU k's demand (and migrated stock) that
 * each pool warehouse w serves, by `allocation.placement`:
 * - `demand-proportional`: each market's demand goes to the pool warehouse with the
 *   smallest mean pick + QC + handover + transit to it (ties: the first listed); φ_w is the
 *   market-mix share of the markets so assigned, the same for every SKU. Queue waits are
 *   not known in advance and are left out.
 * - `{ single: id }`: everything in that warehouse.
 * - `{ table: { id: weight } }`: the weights, normalised over the pool warehouses.
 * - `{ randomPerSku: n }`: each SKU in min(n, W) pool warehouses drawn uniformly at random
 *   (substream `placement`), with equal shares — the routing studies' "each SKU stocked in
 *   n random warehouses".
 */
import { randomSubset } from '../../engine/index.js';
import type { Rng } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import { ModelInputError } from '../errors.js';
import { emptyPlacement, unknownWarehouse } from '../messages.js';

/**
 * Shares φ_{k,w} of SKU k at pool warehouse w, each SKU's W shares summing to 1: SKU k's
 * share at w is `values[k·stride + w]`. Placements that give every SKU the same shares
 * (`demand-proportional`, `single`, `table`) keep one row (stride 0), so the shares take W
 * numbers, not U × W; `randomPerSku` keeps a row per SKU (stride W).
 */
export interface SkuShares {
  readonly values: Float64Array;
  /** 0: one row for every SKU; W: a row per SKU. */
  readonly stride: number;
}

/**
 * The placement shares of `skus` SKUs over the W pool warehouses (see {@link SkuShares}).
 * O(W × M), or O(U × W) for `randomPerSku`.
 * @param poolIds ids of the pool warehouses, in pool order
 * @param baseDays mean days pick + QC + handover + transit, index `w·M + m` in pool order
 * @param marketShare normalised market mix, index m
 * @param rng the `placement` substream (used by `randomPerSku` only)
 * @example placementShares(setup, 400, ['hangzhou', 'yiwu'], baseDays, share, rng)
 */
export function placementShares(
  setup: Setup,
  skus: number,
  poolIds: readonly string[],
  baseDays: Float64Array,
  marketShare: Float64Array,
  rng: Rng,
): SkuShares {
  const W = poolIds.length;
  const p = setup.allocation.placement;
  if (typeof p === 'object' && 'randomPerSku' in p) {
    const out = new Float64Array(skus * W);
    const n = Math.min(W, p.randomPerSku);
    const idx = new Int32Array(W);
    for (let k = 0; k < skus; k++) {
      randomSubset(idx, n, rng);
      for (let j = 0; j < n; j++) out[k * W + idx[j]] = 1 / n;
    }
    return { values: out, stride: W };
  }
  return { values: commonShares(setup, poolIds, baseDays, marketShare), stride: 0 };
}

function commonShares(setup: Setup, poolIds: readonly string[], baseDays: Float64Array, marketShare: Float64Array): Float64Array {
  const W = poolIds.length;
  const M = marketShare.length;
  const shares = new Float64Array(W);
  const p = setup.allocation.placement;
  if (p === 'demand-proportional') {
    for (let m = 0; m < M; m++) {
      if (marketShare[m] === 0) continue;
      let best = 0;
      for (let w = 1; w < W; w++) if (baseDays[w * M + m] < baseDays[best * M + m]) best = w;
      shares[best] += marketShare[m];
    }
    return shares;
  }
  if ('single' in p) {
    const w = poolIds.indexOf(p.single);
    if (w < 0) throw new ModelInputError(unknownWarehouse('allocation.placement.single', p.single));
    shares[w] = 1;
    return shares;
  }
  if (!('table' in p)) throw new Error('unreachable placement');
  let total = 0;
  for (const [id, weight] of Object.entries(p.table)) {
    const w = poolIds.indexOf(id);
    if (w < 0) throw new ModelInputError(unknownWarehouse('allocation.placement.table', id));
    shares[w] += weight;
    total += weight;
  }
  if (!(total > 0)) throw new ModelInputError(emptyPlacement(setup.name));
  for (let w = 0; w < W; w++) shares[w] /= total;
  return shares;
}

/**
 * Splits the integer `total` by `shares` with largest-remainder rounding, so the parts sum
 * to `total` exactly. Ties in remainder go to the lower index. O(W log W).
 * @example splitLargestRemainder(10, Float64Array.of(0.55, 0.45)) // Int32Array [6, 4]
 */
export function splitLargestRemainder(total: number, shares: Float64Array): Int32Array {
  const W = shares.length;
  return splitLargestRemainderInto(total, shares, 0, W, new Int32Array(W), new Int32Array(W));
}

/**
 * {@link splitLargestRemainder} of the W shares `shares[from … from + W − 1]` into `out`
 * (length ≥ W), with `order` (length ≥ W) as scratch: no allocation, for a call per SKU.
 * The remainders are ordered by an insertion sort (W is a handful of warehouses) on the
 * same total order — larger remainder first, then lower index — so the parts are the same.
 * Returns `out`. O(W²).
 * @example splitLargestRemainderInto(10, Float64Array.of(0.55, 0.45), 0, 2, out, order) // out = [6, 4]
 */
export function splitLargestRemainderInto(
  total: number,
  shares: Float64Array,
  from: number,
  W: number,
  out: Int32Array,
  order: Int32Array,
): Int32Array {
  let given = 0;
  for (let w = 0; w < W; w++) {
    out[w] = Math.floor(total * shares[from + w]);
    given += out[w];
  }
  if (given === total) return out;
  for (let w = 0; w < W; w++) {
    const rem = total * shares[from + w] - out[w];
    let j = w;
    // before every entry with a smaller remainder (ties keep the lower index first)
    while (j > 0 && total * shares[from + order[j - 1]] - out[order[j - 1]] < rem) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = w;
  }
  // the deficit is below W (each floor loses < 1); cycle in case rounding made it larger
  for (let j = 0; given < total; j = (j + 1) % W) {
    out[order[j]]++;
    given++;
  }
  for (let j = W - 1; given > total; j = (j + W - 1) % W) {
    if (out[order[j]] > 0) {
      out[order[j]]--;
      given--;
    }
  }
  return out;
}
