/**
 * The lines under the comparison table for a run with `--sensitivity`: per input the net-margin
 * difference a month at its low and high factor, widest swing first, then each break-even
 * factor with its interval (docs/cli.md, docs/sensitivity.md).
 */
import { perMonthFactor } from '../report/metrics.js';
import type { Results, SensitivityDifference } from '../results/types.js';

const usd = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(Math.round(x)).toLocaleString('en-US')}`;
const REASONS = { 'all-zero': 'all its values are 0', 'from-history': 'the orders come from demand.history', 'no-compared-setup': 'no setup to compare' } as const;
const factor = (x: number | null) => (x === null ? '…' : `×${Number(x.toPrecision(3))}`);

/**
 * @example sensitivitySummary(results) // "\nwhat flips the verdict (merged − unmerged, net margin US$ a month, 4 replications each):\n  leadTime ×0.5 … ×1.5 …"
 */
export function sensitivitySummary(r: Results): string {
  const s = r.sensitivity;
  if (!s || s.setup === null) return '';
  const month = perMonthFactor(r.horizonDays);
  const cell = (d: SensitivityDifference | null) => (d === null ? '–' : usd(d.mean * month).padStart(9));
  const rows = [...s.inputs].sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1));
  const width = Math.max(...rows.map((x) => x.input.length));
  const lines = [`what flips the verdict (${s.setup} − ${s.baseline}, net margin US$ a month, ${s.replications} replications each; study ${usd(s.base.mean * month)}):`];
  for (const x of rows) {
    const name = x.input.padEnd(width);
    if (!x.applicable) lines.push(`  ${name}  not varied: ${REASONS[x.reason!]}`);
    else lines.push(`  ${name}  ${factor(x.low!.factor).padEnd(6)} ${cell(x.low)}   ${factor(x.high!.factor).padEnd(6)} ${cell(x.high)}`);
  }
  for (const b of s.breakEven) {
    if (!b.found) lines.push(`  break-even ${b.input}: none between ${factor(b.searched[0])} and ${factor(b.searched[1])} (the difference keeps its sign)`);
    else lines.push(`  break-even ${b.input}: ${factor(b.factor)} [95% ${factor(b.ci95?.[0] ?? null)}, ${factor(b.ci95?.[1] ?? null)}]`);
  }
  return `\n${lines.join('\n')}\n`;
}
