/**
 * The transition lines under the comparison table: for each setup with a `transition:`
 * block, days to go-live and the break-even day with their intervals (docs/cli.md).
 */
import type { MetricSummary, Results } from '../results/types.js';

const fmt = (x: number | null, digits = 1) => (x === null ? '–' : x.toFixed(digits));
const meanCi = (s: MetricSummary) => (s.ci95 === null ? fmt(s.mean) : `${fmt(s.mean)} [${fmt(s.ci95[0])}, ${fmt(s.ci95[1])}]`);

/**
 * @example transitionSummary(results) // "transition merged: go-live after 9.7 [7.6, 11.8] working days …"
 */
export function transitionSummary(r: Results): string {
  const lines: string[] = [];
  for (const [name, s] of Object.entries(r.setups)) {
    const t = s.transition;
    if (t === undefined) continue;
    const b = t.breakEven;
    const bound = (x: number | null) => (x === null ? 'beyond the horizon' : String(x));
    const be =
      b.day === null
        ? 'break-even beyond the horizon'
        : `break-even on day ${b.day}${b.ci95 === null ? '' : ` [${bound(b.ci95[0])}, ${bound(b.ci95[1])}]`}`;
    lines.push(
      `transition ${name}: go-live after ${meanCi(t.summary.workingDaysToGoLive)} working days ` +
        `(${meanCi(t.summary.calendarDaysToGoLive)} calendar days) from ${t.start}; ` +
        `${fmt(t.summary.migratedUnits.mean, 0)} units moved into the pool; ` +
        `${be} against ${r.baseline}, inside the horizon in ${Math.round(b.withinHorizon * 100)}% of replications`,
    );
  }
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}
