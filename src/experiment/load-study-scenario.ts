import { loadScenario, parseScenario } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';
import { applyValues } from './sweep/apply-values.js';

/** A scenario ready to run, with how results.json names its source. */
export interface StudyScenario {
  scenario: Scenario;
  /** Name, file as given and SHA-256 of the file's bytes (not of the overridden text). */
  source: { name: string; sha256: string; file: string; description?: string };
  /** The file's text, for sweeps to apply values to. */
  text: string;
}

/**
 * Loads and validates a scenario file, first setting `values` (path → value) in its text
 * when given (`--set`, sweep points). Validation errors point at the file's own lines.
 *
 * @throws ScenarioError listing every problem (from the scenario layer)
 * @throws {ExperimentUsageError} when a path cannot be set
 */
export async function loadStudyScenario(file: string, values?: Record<string, unknown>): Promise<StudyScenario> {
  const loaded = await loadScenario(file);
  return withValues(loaded.text, loaded.sha256, file, loaded.scenario, values);
}

/** As `loadStudyScenario`, from text already read (a sweep applies each point's values to it). */
export function withValues(
  text: string,
  sha256: string,
  file: string,
  base: Scenario | undefined,
  values: Record<string, unknown> | undefined,
): StudyScenario {
  const scenario =
    values && Object.keys(values).length > 0 ? parseScenario(applyValues(text, values), file).scenario : (base ?? parseScenario(text, file).scenario);
  const source = {
    name: scenario.name,
    sha256,
    file,
    ...(scenario.description !== undefined ? { description: scenario.description } : {}),
  };
  return { scenario, source, text };
}
