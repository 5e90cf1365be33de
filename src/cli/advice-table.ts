/**
 * The human table `poolsim advise` prints on stdout: the objective and costs, the recommended
 * target per class, the stock it means per class × warehouse, what it achieves (95 % CIs),
 * the neighbours, the search, the study's setups at those levels, and the YAML to paste.
 */
import { classTargetsYaml, COMPARISON_METRICS, type Advice } from '../experiment/advise/advice.js';
import type { Estimate } from '../experiment/advise/paired-judge.js';
import type { Results } from '../results/types.js';
import { adviseCliMsg as msg } from './advise-messages.js';
import { comparisonTable } from './comparison-table.js';

const num = (x: number, d: number) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }).replace('-', '−');
/** US$ with no cents from $100 on. */
export const money = (x: number) => `${x < 0 ? '−' : ''}$${num(Math.abs(x), Math.abs(x) >= 100 ? 0 : 2)}`;
export const percent = (x: number, d = 2) => `${num(100 * x, d)}%`;

const interval = (e: Estimate, f: (x: number) => string) => (e.ci95 ? `${f(e.mean)} [${f(e.ci95[0])}, ${f(e.ci95[1])}]` : f(e.mean));
const signedMoney = (x: number) => (x >= 0 ? `+${money(x)}` : money(x));

/** Pads cells; the first `left` columns left-aligned, the rest right-aligned. */
function layout(rows: string[][], left = 1): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => (c < left ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** A neighbour whose score is the recommendation's in every replication: it holds the same stock (the rung changes no level). */
const sameStock = (d: Estimate) => d.mean === 0 && d.ci95 !== null && d.ci95[0] === 0 && d.ci95[1] === 0;

/** The knob's value as the scenario writes it. */
export function knobValue(a: Pick<Advice, 'knob'>, v: number): string {
  return a.knob === 'fillRate' ? `fillRate ${v}` : a.knob === 'daysOfCover' ? `daysOfCover ${v}` : `units ${v}`;
}

/** The whole table (ends with a newline). */
export function adviceTable(a: Advice, comparison: Results | null): string {
  const out: string[] = [];
  out.push(msg.title(a.setup, a.scenario.name, a.replications, String(a.seed), a.horizonDays, a.warmupDays));
  const o = a.objective;
  out.push(o.kind === 'cost' ? msg.objectiveCost() : o.kind === 'netMargin' ? msg.objectiveNetMargin() : msg.objectiveTarget(o.metric, percent(o.value, 1), a.conservative));
  out.push(msg.rates(percent(a.costs.holdingRate, 0), money(a.costs.backorderCostPerUnitDay), money(a.costs.lostSaleCostPerUnit)));
  out.push('');
  out.push(
    layout(
      [
        ['class', 'ranks', 'SKUs', 'demand', 'target'],
        ...a.classes.map((c) => [c.name, `${c.ranks[0]}–${c.ranks[1]}`, String(c.skus), percent(c.demandShare, 1), knobValue(a, c.value)]),
      ],
      2,
    ),
  );
  out.push('');
  out.push(msg.levelsHeading());
  const L = a.levels;
  out.push(
    layout(
      [
        ['class', 'warehouse', 'SKUs', 'reorder units', 'order-up-to units', 'value at cost'],
        ...L.byClass.map((r) => [r.class, r.warehouse, String(r.skus), num(r.reorderUnits, 0), num(r.orderUpToUnits, 0), money(r.orderUpToValue)]),
        ['total', '', '', num(L.byClass.reduce((s, r) => s + r.reorderUnits, 0), 0), num(L.units, 0), money(L.value)],
      ],
      2,
    ),
  );
  out.push('');
  out.push(msg.achievedHeading(a.replications));
  const x = a.achieved;
  const target = o.kind === 'target' ? o.metric : null;
  const mark = (m: string) => (m === target ? `   (target ≥ ${percent((o as { value: number }).value, 1)})` : '');
  out.push(
    layout(
      [
        ['fill rate', interval(x.fillRate, (v) => percent(v)) + mark('fillRate')],
        ['on-time rate', interval(x.onTimeRate, (v) => percent(v)) + mark('onTimeRate')],
        ['value tied up (time average, at cost)', interval(x.avgOnHandValue, money)],
        ['units on hand (time average)', interval(x.avgOnHandUnits, (v) => num(v, 0))],
        ['holding cost', interval(x.holdingCost, money)],
        ['backorder cost', interval(x.backorderCost, money)],
        ['lost-sale cost', interval(x.lostSaleCost, money)],
        ['expected cost', interval(x.cost, money)],
        ['net margin', interval(x.netMargin, money)],
      ].map((r) => ['  ' + r[0], r[1]]),
      2,
    ),
  );
  if (a.neighbours.length > 0) {
    out.push('');
    out.push(msg.neighboursHeading());
    out.push(
      layout(
        a.neighbours.map((n) => [
          `  ${n.class} ${n.direction}`,
          knobValue(a, n.value),
          interval(n.scoreDiff, signedMoney),
          [n.reachesTarget === null ? '' : n.reachesTarget ? msg.reachesTarget() : msg.missesTarget(), sameStock(n.scoreDiff) ? msg.sameStock() : '']
            .filter((t) => t !== '')
            .join('; '),
        ]),
        2,
      ),
    );
  }
  out.push('');
  const method = a.method.name === 'coordinate-descent' ? 'coordinate descent' : 'bisection on a common rung, then marginal exchange';
  out.push(msg.method(method, a.method.candidates, a.method.coarseStep, a.method.stoppedBecause === 'converged' ? msg.converged() : msg.budget()));
  if (comparison) {
    out.push('');
    out.push(msg.comparisonHeading());
    out.push(comparisonTable(comparison, COMPARISON_METRICS).trimEnd());
  }
  out.push('');
  out.push(msg.yamlHeading());
  out.push(
    classTargetsYaml(a.classTargets)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  return `${out.join('\n')}\n`;
}
