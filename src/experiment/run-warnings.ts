/**
 * Warnings about a finished study that a reader of its table must know, from what the run
 * knows: a setup that placed no order in the measured window (every rate and mean is then
 * undefined), and measured orders still open when the drain cap stopped the run (the
 * fulfilment figures leave them out). `poolsim run` prints them (docs/results.md, Warnings).
 */
import type { ReplicationOutput } from '../model/result.js';
import { DRAIN_CAP_DAYS } from '../model/setup/build-setup-model.js';
import type { Results } from '../results/types.js';
import { emptyWindow, openAtDrainCap } from './messages.js';

/**
 * One message per setup and reason, in setup order: empty window first. O(setups × replications).
 * @example runWarnings(outcome.results, outcome.outputs) // [] for the bundled studies
 */
export function runWarnings(results: Results, outputs: readonly ReplicationOutput[]): string[] {
  const out: string[] = [];
  for (const name of Object.keys(results.setups)) {
    const per = outputs.map((o) => o.setups[name]).filter((r) => r !== undefined);
    if (per.length === 0) continue;
    const placed = per.reduce((n, r) => n + r.metrics.ordersPlaced, 0);
    if (placed === 0) {
      out.push(emptyWindow(name, results.horizonDays, results.warmupDays));
      continue;
    }
    const open = per.map((r) => r.openAtDrainCap ?? 0);
    const total = open.reduce((a, b) => a + b, 0);
    if (total > 0) out.push(openAtDrainCap(name, total, placed, open.filter((n) => n > 0).length, per.length, DRAIN_CAP_DAYS));
  }
  return out;
}
