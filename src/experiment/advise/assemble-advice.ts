/**
 * The advice document from what the search and the comparison run found (see `advice.ts`
 * for its fields, docs/advise.md for their meaning).
 */
import type { StudyInput } from '../../model/history/seller-data.js';
import type { Results } from '../../results/types.js';
import type { Setup } from '../../scenario/schema.js';
import { toolInfo } from '../tool-info.js';
import { COMPARISON_METRICS, type Advice } from './advice.js';
import type { Knob, Objective } from './advise-options.js';
import type { ClassTargets } from './candidate.js';
import { candidateCosts, type CostRates } from './costing.js';
import type { Ladder } from './ladder.js';
import { estimate, type Judge } from './paired-judge.js';
import type { SearchResult } from './search-space.js';
import type { SkuClass } from './sku-classes.js';
import type { StockLevels } from './stock-levels.js';

export interface AdviceParts {
  source: Results['scenario'];
  scenario: StudyInput;
  setup: Setup;
  reps: number;
  options: { knob: Knob; objective: Objective; conservative?: boolean };
  rates: CostRates;
  classes: readonly SkuClass[];
  ladder: Ladder;
  classTargets: ClassTargets;
  result: SearchResult;
  judge: Judge;
  coarseStep: number;
  candidates: number;
  levels: StockLevels;
  comparison: Results | null;
  run: Advice['run'];
}

/** The advice (plain data, the content of advice.json). */
export function assembleAdvice(p: AdviceParts): Advice {
  const { result, classes, ladder, options: o } = p;
  const costs = candidateCosts(result.best, o.objective, p.rates);
  const f = result.best.figures;
  const names = classes.map((c) => c.name);
  return {
    schemaVersion: 1,
    kind: 'advice',
    tool: toolInfo(),
    scenario: p.source,
    seed: p.scenario.seed,
    replications: p.reps,
    warmupDays: p.setup.warmup,
    horizonDays: p.setup.horizon,
    setup: p.setup.name,
    mode: p.setup.mode,
    knob: o.knob,
    objective: o.objective,
    conservative: o.conservative ?? false,
    costs: p.rates,
    classes: classes.map((c, i) => ({
      name: c.name,
      ranks: c.ranks,
      skus: c.ranks[1] - c.ranks[0] + 1,
      demandShare: c.demandShare,
      rung: result.x[i],
      value: ladder.value(result.x[i]),
      target: p.classTargets[i].target,
    })),
    classTargets: p.classTargets,
    method: {
      name: o.objective.kind === 'target' ? 'bisection-and-marginal-exchange' : 'coordinate-descent',
      coarseStep: p.coarseStep,
      candidates: p.candidates,
      stoppedBecause: result.stoppedBecause,
    },
    achieved: {
      fillRate: estimate(f.fillRate),
      onTimeRate: estimate(f.onTimeRate),
      avgOnHandValue: estimate(f.avgOnHandValue),
      avgOnHandUnits: estimate(f.avgOnHandUnits),
      holdingCost: estimate(costs.holding),
      backorderCost: estimate(costs.backorder),
      lostSaleCost: estimate(costs.lostSale),
      cost: estimate(costs.cost),
      netMargin: estimate(f.netMargin),
      score: estimate(costs.score),
    },
    neighbours: result.neighbours.map((n) => ({
      class: names[n.cls],
      direction: n.direction < 0 ? 'down' : 'up',
      value: ladder.value(n.x[n.cls]),
      scoreDiff: n.scoreDiff,
      reachesTarget: p.judge.metric ? n.feasible : null,
    })),
    levels: p.levels,
    comparison: p.comparison && comparisonBlock(p.comparison),
    trail: result.trail,
    run: p.run,
  };
}

/** The study at the recommended levels: per setup the comparison metrics, and the paired differences against the baseline. */
function comparisonBlock(r: Results): NonNullable<Advice['comparison']> {
  const setups: NonNullable<Advice['comparison']>['setups'] = {};
  for (const [name, s] of Object.entries(r.setups)) {
    setups[name] = Object.fromEntries(COMPARISON_METRICS.map((m) => [m, { mean: s.summary[m].mean, ci95: s.summary[m].ci95 }]));
  }
  return { baseline: r.baseline, setups, differences: r.comparisons.filter((c) => COMPARISON_METRICS.includes(c.metric)) };
}
