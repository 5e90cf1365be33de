/**
 * `replenishment.classTargets` (docs/scenario.md): the stock target of one SKU — its class's
 * when a class holds its popularity rank, else `replenishment.target`. The one place the
 * model reads the field; `inventory/targets.ts` asks it per stock point. O(log classes) per
 * SKU, after an O(classes · log classes) table built once per classes list.
 */
import type { Setup } from '../../scenario/schema.js';

type Replenishment = Setup['replenishment'];
export type Target = Replenishment['target'];
type Classes = NonNullable<Replenishment['classTargets']>;

/** The classes sorted by first rank, as [first index, last index, class] (0-based SKU indices). */
interface RankTable {
  first: Int32Array;
  last: Int32Array;
  target: Target[];
}

const tables = new WeakMap<Classes, RankTable>();

function tableOf(classes: Classes): RankTable {
  let t = tables.get(classes);
  if (t) return t;
  const sorted = [...classes].sort((a, b) => a.ranks[0] - b.ranks[0]);
  t = {
    first: Int32Array.from(sorted, (c) => c.ranks[0] - 1),
    last: Int32Array.from(sorted, (c) => Math.min(c.ranks[1] - 1, 0x7ffffffe)),
    target: sorted.map((c) => c.target),
  };
  tables.set(classes, t);
  return t;
}

/**
 * The target of SKU `sku` (0-based catalogue index = popularity rank − 1).
 * @example skuTarget({ ...r, classTargets: [{ ranks: [1, 2], target: { units: 5 } }] }, 1) // { units: 5 }
 */
export function skuTarget(r: Replenishment, sku: number): Target {
  const classes = r.classTargets;
  if (classes === undefined || classes.length === 0) return r.target;
  const t = tableOf(classes);
  // the last class whose first index is ≤ sku
  let lo = 0;
  let hi = t.first.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.first[mid] <= sku) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && sku <= t.last[found] ? t.target[found] : r.target;
}
