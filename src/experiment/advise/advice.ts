/**
 * The advice: what `poolsim advise` prints and writes as advice.json (docs/advise.md,
 * advice.json). Plain data; `adviceJson` is the file's text.
 */
import type { MetricName } from '../../model/result.js';
import type { Comparison, MetricSummary, Results } from '../../results/types.js';
import type { ClassTargets } from './candidate.js';
import type { CostRates } from './costing.js';
import type { Knob, Objective } from './advise-options.js';
import type { Estimate } from './paired-judge.js';
import type { Move, SearchResult } from './search-space.js';
import type { StockLevels } from './stock-levels.js';

/** The metrics of the merged vs unmerged comparison at the recommended levels. */
export const COMPARISON_METRICS: readonly MetricName[] = [
  'fillRate',
  'onTimeRate',
  'fulfilmentDaysMean',
  'backorderedUnits',
  'lostSalesUnits',
  'avgOnHandUnits',
  'avgOnHandValue',
  'inventoryTurnover',
  'serviceFees',
  'netMargin',
];

export interface AdvisedClass {
  name: string;
  ranks: [number, number];
  skus: number;
  demandShare: number;
  /** The rung on the knob's ladder and its value. */
  rung: number;
  value: number;
  target: ClassTargets[number]['target'];
}

export interface Advice {
  schemaVersion: 1;
  kind: 'advice';
  tool: { name: string; version: string };
  scenario: Results['scenario'];
  seed: number | string;
  /** Replications 0 … n − 1, the same for every candidate. */
  replications: number;
  warmupDays: number;
  horizonDays: number;
  /** The setup searched (its stock levels are the advice). */
  setup: string;
  mode: 'merged' | 'unmerged';
  knob: Knob;
  objective: Objective;
  conservative: boolean;
  costs: CostRates;
  classes: AdvisedClass[];
  /** What to paste into the scenario's replenishment block. */
  classTargets: ClassTargets;
  method: {
    name: 'coordinate-descent' | 'bisection-and-marginal-exchange';
    coarseStep: number;
    candidates: number;
    stoppedBecause: SearchResult['stoppedBecause'];
  };
  /** The recommendation's figures over the replications (mean, 95 % CI), US$ over the window for money. */
  achieved: Record<
    'fillRate' | 'onTimeRate' | 'avgOnHandValue' | 'avgOnHandUnits' | 'holdingCost' | 'backorderCost' | 'lostSaleCost' | 'cost' | 'netMargin' | 'score',
    Estimate
  >;
  /** One-rung neighbours: paired score difference neighbour − recommendation (and, with a target, whether they reach it). */
  neighbours: Array<{ class: string; direction: 'down' | 'up'; value: number; scoreDiff: Estimate; reachesTarget: boolean | null }>;
  levels: StockLevels;
  /** Every setup of the study run at the recommended class targets; null with --no-compare. */
  comparison: {
    baseline: string;
    setups: Record<string, Partial<Record<MetricName, Pick<MetricSummary, 'mean' | 'ci95'>>>>;
    differences: Comparison[];
  } | null;
  trail: Move[];
  run: { startedAt: string; wallSeconds: number; workers: number };
}

/** advice.json's text: two-space JSON, a final newline. */
export function adviceJson(a: Advice): string {
  return `${JSON.stringify(a, null, 2)}\n`;
}

/**
 * The class targets as YAML lines for the scenario's `replenishment:` block.
 * @example classTargetsYaml([{ ranks: [1, 5], target: { units: 4 } }]) // 'classTargets:\n  - { ranks: [1, 5], target: { units: 4 } }'
 */
export function classTargetsYaml(t: ClassTargets): string {
  const form = (target: ClassTargets[number]['target']) => {
    const [k, v] = Object.entries(target)[0];
    return `{ ${k}: ${String(v)} }`;
  };
  return ['classTargets:', ...t.map((c) => `  - { ranks: [${c.ranks[0]}, ${c.ranks[1]}], target: ${form(c.target)} }`)].join('\n');
}
