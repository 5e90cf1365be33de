import { parse as parseYaml } from 'yaml';
import { parseDurationDays } from '../scenario/duration.js';
import type { Scenario } from '../scenario/schema.js';
import { ExperimentUsageError } from './errors.js';
import { MAX_DAYS } from '../scenario/limits.js';
import { msg } from '../scenario/messages.js';
import { badDuration, badSet, durationOutOfRange } from './messages.js';
import { parsePath } from './sweep/vary.js';

/** Command-line overrides of the resolved scenario. */
export interface RunOverrides {
  seed?: number | string;
  /** Days simulated and discarded before measuring (`--warmup`). */
  warmupDays?: number;
  /** Measured days after the warm-up (`--horizon`). */
  horizonDays?: number;
}

/**
 * Applies `--seed`, `--warmup` and `--horizon` to a resolved scenario: the shared settings
 * and every setup (a run has one horizon, whatever a setup block said). Returns a copy.
 *
 * @example
 * applyOverrides(scenario, { horizonDays: 30 }).setups.every((s) => s.horizon === 30); // true
 */
export function applyOverrides<S extends Scenario>(s: S, o: RunOverrides): S {
  const lengths = {
    ...(o.warmupDays !== undefined ? { warmup: o.warmupDays } : {}),
    ...(o.horizonDays !== undefined ? { horizon: o.horizonDays } : {}),
  };
  return {
    ...s,
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    shared: { ...s.shared, ...lengths },
    setups: s.setups.map((setup) => ({ ...setup, ...lengths })),
  };
}

/**
 * Reads a duration option: days as a number (`30`, `0.5`) or with a unit (`4w`, `12h`, `90m`).
 *
 * @throws {ExperimentUsageError} for anything else
 * @example
 * parseDurationOption('--warmup', '4w'); // 28
 */
export function parseDurationOption(option: string, text: string | number): number {
  const s = String(text).trim();
  const days = /^\d+(\.\d+)?$|^\.\d+$/.test(s) ? Number(s) : parseDurationDays(s);
  if (!Number.isFinite(days) || days < 0) throw new ExperimentUsageError(badDuration(option, s), { option });
  // the same ranges as the scenario's horizon and warmup (docs/scenario.md, Limits and warnings)
  if (option === '--horizon' && (days === 0 || days > MAX_DAYS)) throw new ExperimentUsageError(durationOutOfRange(option, s, msg.expectedHorizon(MAX_DAYS)), { option });
  if (option === '--warmup' && days > MAX_DAYS) throw new ExperimentUsageError(durationOutOfRange(option, s, msg.expectedWarmup(MAX_DAYS)), { option });
  return days;
}

/** `--seed 42` is the number 42; any other text is a string seed (scenario files allow both). */
export function parseSeed(text: string | number): number | string {
  const s = String(text).trim();
  return /^-?\d+$/.test(s) ? Number(s) : s;
}

/**
 * Parses `--set path=value` options into a path → value map (values read as YAML scalars,
 * as `--vary` values are).
 *
 * @throws {ExperimentUsageError} for a malformed option
 * @example
 * parseSets(['demand.crossShopBasketShare=0.2']); // { 'demand.crossShopBasketShare': 0.2 }
 */
export function parseSets(specs: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const path = eq < 0 ? '' : spec.slice(0, eq).trim();
    const value = eq < 0 ? '' : spec.slice(eq + 1).trim();
    if (!parsePath(path) || value === '') throw new ExperimentUsageError(badSet(spec), { set: spec });
    out[path] = parseYaml(value) as unknown;
  }
  return out;
}
