/**
 * Test helpers: scenarios for the model tests, loaded through the real loader so they are
 * validated exactly as users' files are.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseScenario } from '../../../src/scenario/load.js';
import type { Scenario } from '../../../src/scenario/schema.js';

export const SCENARIOS = resolve(__dirname, '../../../scenarios');

/** The raw (unvalidated) data of a bundled scenario file. */
export function rawScenario(file: string): Record<string, unknown> {
  return parse(readFileSync(resolve(SCENARIOS, file), 'utf8')) as Record<string, unknown>;
}

/** Validates raw scenario data with the loader and returns the resolved scenario. */
export function scenarioFrom(raw: Record<string, unknown>, label = 'test.yaml'): Scenario {
  return parseScenario(stringify(raw), label).scenario;
}

/** A bundled scenario with top-level fields replaced (shallow: `{ horizon: 30 }`). */
export function bundled(file: string, replace: Record<string, unknown> = {}): Scenario {
  return scenarioFrom({ ...rawScenario(file), ...replace }, file);
}
