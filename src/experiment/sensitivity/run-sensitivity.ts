/**
 * `poolsim run --sensitivity` (or a `sensitivity:` block): what flips the verdict.
 *
 * 1. the compared setup (`sensitivity.setup`, else the first merged setup) and the first
 *    `sensitivity.replications` replication indices of the study, shared by every variant
 *    (common random numbers: each variant's difference is paired with the same orders);
 * 2. the study's own difference over those replications (factor 1, no extra run);
 * 3. per input, one at a time: the scenario scaled by its low and its high factor
 *    (`inputs.ts`), each run like a sweep point on the study's runner into
 *    `<run>/sensitivity/<input>-<factor>/`; the tornado is the paired difference in net
 *    margin (setup − baseline) at low and high;
 * 4. for the `sensitivity.breakEven` inputs with the widest swing, the break-even factor by a
 *    root search on the simulation (`break-even-search.ts`), its runs written alike.
 *
 * The result is the `sensitivity` block of results.json (docs/sensitivity.md).
 */
import { join } from 'node:path';
import { makeSampler } from '../../engine/index.js';
import type { StudyInput } from '../../model/history/seller-data.js';
import type { ReplicationOutput } from '../../model/result.js';
import type { Results, SensitivityResults, SensitivityInputResult, SensitivityBreakEven } from '../../results/types.js';
import { DEFAULT_RANGES, SENSITIVITY_INPUTS, type Sensitivity, type SensitivityInput } from '../../scenario/sensitivity-schema.js';
import type { ReplicationFailure } from '../errors.js';
import { runExperiment, type ExperimentProgress } from '../experiment.js';
import { prepareRunFolder } from '../output/run-folder.js';
import { writeRun } from '../output/write-run.js';
import type { ReplicationRunner } from '../run/runner.js';
import type { Interrupt } from '../run/interrupt.js';
import { pairedComparison } from '../statistics/paired.js';
import { MAX_STEPS_OUT, REFINE_RUNS, estimate, findBracket, secant, stepOut, type Evaluation } from './break-even-search.js';
import { maxFactor, notApplicable, scaleInput } from './inputs.js';

export const SENSITIVITY_DIR = 'sensitivity';

export interface SensitivityOptions {
  scenario: StudyInput;
  source: Results['scenario'];
  /** The block (defaults applied); `{}` parsed by the schema for `--sensitivity` alone. */
  settings: Sensitivity;
  /** The study's results and its replications (the factor-1 point). */
  base: { results: Results; outputs: readonly ReplicationOutput[] };
  runner: ReplicationRunner;
  workers: number;
  /** The study's folder; variants go to its `sensitivity/` folder. */
  dir: string;
  force?: boolean;
  interrupt?: Interrupt;
  /** Replication progress, and `variant` before each variant runs. */
  progress?: ExperimentProgress & { variant?(index: number, input: SensitivityInput, factor: number): void };
  now: () => Date;
}

export interface SensitivityOutcome {
  block: SensitivityResults;
  /** results.json of every variant, in run order. */
  resultsFiles: string[];
  failures: Array<ReplicationFailure & { input: SensitivityInput; factor: number }>;
  interrupted: boolean;
}

/** The setup the analysis compares with the baseline: the block's, else the first merged one, else the first other. */
export function comparedSetup(scenario: StudyInput, settings: Sensitivity): string | null {
  if (settings.setup !== undefined) return settings.setup;
  const others = scenario.setups.filter((s) => s.name !== scenario.baseline);
  return (others.find((s) => s.mode === 'merged') ?? others[0])?.name ?? null;
}

/** Paired net-margin difference setup − baseline over the outputs' replications. */
export function netMarginDifference(outputs: readonly ReplicationOutput[], setup: string, baseline: string): Evaluation & { factor: number } {
  const sorted = [...outputs].sort((a, b) => a.replication - b.replication);
  const p = pairedComparison(
    sorted.map((o) => o.setups[setup]?.metrics.netMargin ?? NaN),
    sorted.map((o) => o.setups[baseline]?.metrics.netMargin ?? NaN),
  );
  return { factor: 1, mean: p.meanDiff ?? NaN, ci95: p.ci95 };
}

/** A representative value of the input in the scenario's shared settings (for the report), or null. */
export function baseValueOf(scenario: StudyInput, input: SensitivityInput): number | null {
  const s = scenario.shared;
  switch (input) {
    case 'demandLevel':
      return s.shops.every((x) => x.ordersPerDay !== undefined) ? s.shops.reduce((sum, x) => sum + x.ordersPerDay!, 0) : null;
    case 'leadTime':
      return makeSampler(s.replenishment.leadTime).mean;
    case 'latenessEffect':
      return s.returns.latenessPerDay;
    case 'crossShopShare':
      return s.demand.crossShopBasketShare;
    default:
      return null;
  }
}

/** Folder name of a variant: `leadTime-x1.5`. */
export const variantDir = (input: SensitivityInput, factor: number): string => `${input}-x${Number(factor.toPrecision(6))}`;

/**
 * Runs the analysis (see the module comment). The runner stays open (the caller closes it).
 * @throws {ExperimentUsageError} when a variant folder holds files and `force` is not set
 */
export async function runSensitivity(o: SensitivityOptions): Promise<SensitivityOutcome> {
  const { scenario, settings } = o;
  const baseline = scenario.baseline;
  const setup = comparedSetup(scenario, settings);
  const indices = [...new Set(o.base.outputs.map((x) => x.replication))].sort((a, b) => a - b).slice(0, settings.replications);
  const baseOutputs = o.base.outputs.filter((x) => indices.includes(x.replication));
  const resultsFiles: string[] = [];
  const failures: SensitivityOutcome['failures'] = [];
  let interrupted = false;
  let runs = 0;

  const evaluate = async (input: SensitivityInput, factor: number): Promise<Evaluation> => {
    o.progress?.variant?.(runs++, input, factor);
    const variant = scaleInput(scenario, input, factor);
    const outcome = await runExperiment({
      scenario: variant,
      source: o.source,
      indices,
      runner: o.runner,
      workers: Math.max(1, Math.min(o.workers, indices.length)),
      interrupt: o.interrupt,
      progress: o.progress,
      now: o.now,
    });
    const dir = prepareRunFolder({ out: join(o.dir, SENSITIVITY_DIR, variantDir(input, factor)), force: o.force, scenarioName: '', now: o.now() });
    resultsFiles.push(writeRun(dir, outcome.results, outcome.outputs));
    failures.push(...outcome.failures.map((f) => ({ ...f, input, factor })));
    interrupted ||= outcome.interrupted;
    return { ...netMarginDifference(outcome.outputs, setup!, baseline), factor };
  };

  const base = setup === null ? { factor: 1, mean: NaN, ci95: null } : netMarginDifference(baseOutputs, setup, baseline);
  const inputs: SensitivityInputResult[] = [];
  const evaluations = new Map<SensitivityInput, Evaluation[]>();
  for (const input of settings.inputs ?? SENSITIVITY_INPUTS) {
    const reason = setup === null ? 'no-compared-setup' : notApplicable(scenario, input);
    const [low, high] = settings.ranges[input] ?? DEFAULT_RANGES[input];
    const baseValue = baseValueOf(scenario, input);
    if (reason !== null) {
      inputs.push({ input, applicable: false, reason, range: [low, high], baseValue, low: null, high: null, swing: null });
      continue;
    }
    const top = maxFactor(scenario, input);
    const points: Evaluation[] = [{ ...base }];
    for (const factor of [low, Math.min(high, top)]) {
      if (interrupted || o.interrupt?.stopping) break;
      points.push(await evaluate(input, factor));
    }
    if (points.length < 3) {
      interrupted = true;
      break;
    }
    evaluations.set(input, points);
    const [l, h] = [points[1], points[2]];
    inputs.push({ input, applicable: true, range: [low, high], baseValue, low: l, high: h, swing: Math.abs(h.mean - l.mean) });
  }

  const ranked = inputs
    .filter((r) => r.applicable && r.swing !== null && Number.isFinite(r.swing))
    .sort((a, b) => b.swing! - a.swing! || SENSITIVITY_INPUTS.indexOf(a.input) - SENSITIVITY_INPUTS.indexOf(b.input))
    .slice(0, interrupted ? 0 : settings.breakEven);
  const breakEven: SensitivityBreakEven[] = [];
  for (const r of ranked) {
    if (o.interrupt?.stopping) {
      interrupted = true;
      break;
    }
    breakEven.push(await searchBreakEven(r.input, evaluations.get(r.input)!, maxFactor(scenario, r.input), evaluate));
  }

  const block: SensitivityResults = {
    metric: 'netMargin',
    setup,
    baseline,
    replications: indices.length,
    replicationIndices: indices,
    base: { mean: base.mean, ci95: base.ci95 },
    inputs,
    breakEven,
  };
  return { block, resultsFiles, failures, interrupted };
}

/** Brackets and refines the zero of the input's mean difference (break-even-search.ts). */
async function searchBreakEven(
  input: SensitivityInput,
  start: readonly Evaluation[],
  top: number,
  evaluate: (input: SensitivityInput, factor: number) => Promise<Evaluation>,
): Promise<SensitivityBreakEven> {
  const points = [...start];
  let bracket = findBracket(points);
  for (let step = 0; bracket === null && step < MAX_STEPS_OUT; step++) {
    const next = stepOut(points, top);
    if (next === null) break;
    points.push(await evaluate(input, next));
    bracket = findBracket(points);
  }
  const searched: [number, number] = [Math.min(...points.map((p) => p.factor)), Math.max(...points.map((p) => p.factor))];
  if (bracket === null) return { input, found: false, factor: null, ci95: null, searched, evaluations: sortByFactor(points) };
  // Illinois regula falsi: halve the kept end's value when the same end survives twice
  let [a, b] = bracket;
  let keptA = 0;
  let keptB = 0;
  for (let i = 0; i < REFINE_RUNS && a !== b; i++) {
    const ya = keptA >= 2 ? a.mean / 2 : a.mean;
    const yb = keptB >= 2 ? b.mean / 2 : b.mean;
    const x = secant({ ...a, mean: ya }, { ...b, mean: yb });
    if (!(x > a.factor && x < b.factor)) break;
    // the bracket is as narrow as the variant folders tell factors apart (6 significant
    // digits): a factor already run would be run again into its own folder
    if (points.some((p) => variantDir(input, p.factor) === variantDir(input, x))) break;
    const e = await evaluate(input, x);
    points.push(e);
    if (e.mean === 0) {
      a = b = e;
    } else if (Math.sign(e.mean) === Math.sign(a.mean)) {
      a = e;
      keptB++;
      keptA = 0;
    } else {
      b = e;
      keptA++;
      keptB = 0;
    }
  }
  const est = estimate(points, [a, b]);
  return { input, found: true, factor: est.factor, ci95: est.ci95, searched, evaluations: sortByFactor(points) };
}

const sortByFactor = (points: readonly Evaluation[]): Evaluation[] => [...points].sort((x, y) => x.factor - y.factor);
