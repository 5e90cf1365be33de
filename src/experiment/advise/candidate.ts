/**
 * A candidate of the search: one rung per class. `classTargetsOf` turns it into the
 * `replenishment.classTargets` list, `withClassTargets` into the scenario that runs it.
 */
import type { StudyInput } from '../../model/history/seller-data.js';
import type { Setup } from '../../scenario/schema.js';
import { targetAt, type Ladder } from './ladder.js';
import type { SkuClass } from './sku-classes.js';

export type ClassTargets = NonNullable<Setup['replenishment']['classTargets']>;

/** A candidate's cache key: its rungs. */
export const candidateKey = (x: readonly number[]): string => x.join(',');

/**
 * The class targets of candidate `x` (rung of each class, in class order).
 * @example classTargetsOf(classes, ladderOf('units'), [5, 2]) // [{ ranks: [1, 3], target: { units: 5 } }, …]
 */
export function classTargetsOf(classes: readonly SkuClass[], ladder: Ladder, x: readonly number[]): ClassTargets {
  return classes.map((c, i) => ({ ranks: [c.ranks[0], c.ranks[1]] as [number, number], target: targetAt(ladder, x[i]) }));
}

/**
 * `scenario` with `classTargets` set in the replenishment of the setups `names` (all when
 * absent), keeping only the setups `keep` (all when absent). Returns a copy; the shared
 * settings get the targets too, so the copy reads as a scenario file would.
 */
export function withClassTargets(
  scenario: StudyInput,
  classTargets: ClassTargets,
  o: { names?: readonly string[]; keep?: readonly string[] } = {},
): StudyInput {
  const set = (s: Setup): Setup => ({ ...s, replenishment: { ...s.replenishment, classTargets } });
  return {
    ...scenario,
    shared: { ...scenario.shared, replenishment: { ...scenario.shared.replenishment, classTargets } },
    setups: scenario.setups.filter((s) => !o.keep || o.keep.includes(s.name)).map((s) => (!o.names || o.names.includes(s.name) ? set(s) : s)),
  };
}
