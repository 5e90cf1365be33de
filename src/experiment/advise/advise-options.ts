/**
 * The advisor's choices, as the command line gives them, and their parsers: the objective
 * (least cost, most net margin, or a target at least cost), the SKU classes, the knob the
 * search turns and the cost rates. Every parser throws an `ExperimentUsageError` naming the
 * option and the value (the CLI exits 2).
 */
import { ExperimentUsageError } from '../errors.js';
import { adviseMsg } from './messages.js';

/** The form of `replenishment.target` the search sets per class (docs/advise.md, Ladders). */
export type Knob = 'fillRate' | 'daysOfCover' | 'units';
export const KNOBS: readonly Knob[] = ['fillRate', 'daysOfCover', 'units'];

/** The metrics a target can be set on. */
export type TargetMetric = 'fillRate' | 'onTimeRate';

export type Objective =
  /** Least expected cost: holding + backorder + lost-sale cost. */
  | { kind: 'cost' }
  /** Most net margin (the model's, fee tier included) less the holding cost. */
  | { kind: 'netMargin' }
  /** Least expected cost among the candidates whose metric reaches `value`. */
  | { kind: 'target'; metric: TargetMetric; value: number };

/** How SKUs are grouped: bands of popularity rank by share of demand, or one class per SKU. */
export type ClassSpec = { kind: 'bands'; bands: Array<{ name: string; share: number }> } | { kind: 'sku' };

/** The default bands: A = the best sellers making 80 % of demand, B the next 15 %, C the rest. */
export const ABC_BANDS: ReadonlyArray<{ name: string; share: number }> = [
  { name: 'A', share: 0.8 },
  { name: 'B', share: 0.15 },
  { name: 'C', share: 0.05 },
];

/** `--classes sku` refuses catalogues with more SKUs than this. */
export const MAX_SKU_CLASSES = 100;

/** Cost of capital, obsolescence and shrinkage a year, as a share of the stock's value at cost (docs/advise.md). */
export const DEFAULT_HOLDING_RATE = 0.25;
/** Default backorder cost a unit-day, as a share of the demand-weighted mean unit price. */
export const DEFAULT_BACKORDER_PRICE_SHARE = 0.01;

/**
 * `--target fillRate=0.95` / `onTimeRate=0.9`.
 * @example parseTarget('fillRate=0.95') // { kind: 'target', metric: 'fillRate', value: 0.95 }
 */
export function parseTarget(spec: string): Objective {
  const m = /^\s*(fillRate|onTimeRate)\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(spec);
  const value = m ? Number(m[2]) : NaN;
  if (!m || !(value > 0 && value < 1)) throw new ExperimentUsageError(adviseMsg.badTarget(spec), { target: spec });
  return { kind: 'target', metric: m[1] as TargetMetric, value };
}

/**
 * `--classes abc` (the default bands), `sku`, or bands `NAME=share,…` with shares adding up to 1.
 * @example parseClasses('A=0.5,B=0.5') // { kind: 'bands', bands: [{ name: 'A', share: 0.5 }, { name: 'B', share: 0.5 }] }
 */
export function parseClasses(spec: string): ClassSpec {
  const s = spec.trim();
  if (s === 'abc') return { kind: 'bands', bands: ABC_BANDS.map((b) => ({ ...b })) };
  if (s === 'sku') return { kind: 'sku' };
  const fail = (why: string) => new ExperimentUsageError(adviseMsg.badClasses(spec, why), { classes: spec });
  const bands: Array<{ name: string; share: number }> = [];
  for (const part of s.split(',')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const text = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) throw fail(adviseMsg.classesName(name));
    const share = /^[0-9]*\.?[0-9]+$/.test(text) ? Number(text) : NaN;
    if (!(share > 0)) throw fail(adviseMsg.classesShare(name, text));
    if (bands.some((b) => b.name === name)) throw fail(adviseMsg.classesRepeated(name));
    bands.push({ name, share });
  }
  const sum = bands.reduce((a, b) => a + b.share, 0);
  if (Math.abs(sum - 1) > 1e-9) throw fail(adviseMsg.classesShares(Number(sum.toPrecision(6))));
  return { kind: 'bands', bands };
}

/**
 * A number option ≥ 0 (or > 0 with `positive`), undefined when absent.
 * @example nonNegativeOption('--holding-rate', 0.2) // 0.2
 */
export function nonNegativeOption(option: string, v: number | undefined, positive = false): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isFinite(v) || v < 0 || (positive && v === 0)) {
    throw new ExperimentUsageError(adviseMsg.badNumber(option, v, positive ? 'a number > 0' : 'a number ≥ 0'), { option });
  }
  return v;
}
