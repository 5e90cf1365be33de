/**
 * Which setups the transition and EPR parts of a report are about: setups with a `transition`
 * block in their results (merged setups that went live during the horizon, or tried to), and
 * setups whose EPR check refused sales.
 */
import type { Results, TransitionResults } from '../results/types.js';

/** Setups of `order` whose results carry a transition, in that order. O(setups). */
export function transitionSetups(results: Results, order: readonly string[]): string[] {
  return order.filter((s) => results.setups[s]?.transition !== undefined);
}

/**
 * The transition setup the charts show: `preferred` (the verdict's setup) when it has a
 * transition, else the first that has one; null when none has. O(setups).
 *
 * @example
 * chartedTransition(results, ['unmerged', 'merged'], 'merged'); // { setup: 'merged', transition: {…} }
 */
export function chartedTransition(
  results: Results,
  order: readonly string[],
  preferred: string | null,
): { setup: string; transition: TransitionResults } | null {
  const all = transitionSetups(results, order);
  const setup = preferred !== null && all.includes(preferred) ? preferred : all[0];
  if (setup === undefined) return null;
  return { setup, transition: results.setups[setup].transition as TransitionResults };
}

/** Setups of `order` whose EPR check refused sales (mean `blockedSales` or a listed SKU above zero). O(setups). */
export function eprBlockedSetups(results: Results, order: readonly string[]): string[] {
  return order.filter((name) => {
    const s = results.setups[name];
    if (s === undefined) return false;
    const sales = s.summary.blockedSales?.mean ?? 0;
    return sales > 0 || (s.blockedSkus ?? []).some((k) => k.sales > 0);
  });
}
