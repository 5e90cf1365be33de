/**
 * Ladders: the values one class's knob can take, as rungs 0, 1, 2, … in increasing order, so
 * that every stock point's level is non-decreasing along the ladder (docs/advise.md,
 * Ladders). The search moves on rungs; the value of a rung is exactly what goes into
 * `replenishment.classTargets`.
 *
 * | knob | rung i | rungs | coarse step |
 * | --- | --- | --- | --- |
 * | `fillRate` | β = Φ(−3 + 0.1 i), rounded to 6 decimals | 0 … 75 (β 0.00135 … 0.999997) | 8 (0.8 in z) |
 * | `daysOfCover` | 0.5 i days | 0 … 730 (a year) | 16 (8 days) |
 * | `units` | i units per stock point | 0 … 1,000,000 | the largest power of 2 ≤ a quarter of the start |
 */
import { normalCdf, normalQuantile } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import type { Knob } from './advise-options.js';

type Target = Setup['replenishment']['target'];

export interface Ladder {
  knob: Knob;
  /** Number of rungs (the top rung is size − 1). */
  size: number;
  /** The knob's value at rung i. */
  value(i: number): number;
  /** The rung whose value is nearest to `v` (clamped to the ladder). */
  rungOf(v: number): number;
  /** The coarse step of the search from a start rung. */
  coarseStep(start: number): number;
}

const Z_MIN = -3;
const Z_STEP = 0.1;
const DAYS_STEP = 0.5;

const clampRung = (i: number, size: number) => Math.max(0, Math.min(size - 1, Math.round(i)));

const LADDERS: Record<Knob, Ladder> = {
  fillRate: {
    knob: 'fillRate',
    size: 76,
    value: (i) => Math.round(normalCdf(Z_MIN + Z_STEP * i) * 1e6) / 1e6,
    rungOf: (v) => clampRung((normalQuantile(Math.min(Math.max(v, 1e-9), 1 - 1e-9)) - Z_MIN) / Z_STEP, 76),
    coarseStep: () => 8,
  },
  daysOfCover: {
    knob: 'daysOfCover',
    size: 731,
    value: (i) => i * DAYS_STEP,
    rungOf: (v) => clampRung(v / DAYS_STEP, 731),
    coarseStep: () => 16,
  },
  units: {
    knob: 'units',
    size: 1_000_001,
    value: (i) => i,
    rungOf: (v) => clampRung(v, 1_000_001),
    coarseStep: (start) => 2 ** Math.floor(Math.log2(Math.max(1, start / 4))),
  },
};

/** @example ladderOf('daysOfCover').value(3) // 1.5 */
export function ladderOf(knob: Knob): Ladder {
  return LADDERS[knob];
}

/**
 * The target of rung i, in the knob's form.
 * @example targetAt(ladderOf('units'), 12) // { units: 12 }
 */
export function targetAt(ladder: Ladder, i: number): Target {
  const v = ladder.value(i);
  if (ladder.knob === 'fillRate') return { fillRate: v };
  if (ladder.knob === 'daysOfCover') return { daysOfCover: v };
  return { units: v };
}
