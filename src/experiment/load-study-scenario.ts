import { loadScenario, locateWarnings, parseScenario } from '../scenario/load.js';
import type { Warning } from '../scenario/errors.js';
import { studyWarnings } from '../scenario/limits.js';
import type { StudyInput } from '../model/history/seller-data.js';
import type { Results } from '../results/types.js';
import type { Scenario } from '../scenario/schema.js';
import { checkCatalogue } from './catalogue-check.js';
import { ExperimentUsageError } from './errors.js';
import { sellerDataVaried } from './messages.js';
import { withSellerData, type SellerFileCache } from './seller-data.js';
import { applyValues } from './sweep/apply-values.js';

/** A scenario ready to run, with how results.json names its source. */
export interface StudyScenario {
  /** The scenario with the seller's data its file names (`demand.history`, `replenishment.initialStock`). */
  scenario: StudyInput;
  /** Name, file as given and SHA-256 of the file's bytes (not of the overridden text); the seller's files. */
  source: Results['scenario'];
  /** The file's text, for sweeps to apply values to. */
  text: string;
  /** Warnings about the study as loaded (a slow setup or slow replications), located in the file. */
  warnings: Warning[];
}

/** The settings that name the seller's files: a sweep or `--set` may not change them. */
const SELLER_PATHS = ['demand.history', 'replenishment.initialStock', 'demand.mode'];

/**
 * Loads and validates a scenario file, first setting `values` (path → value) in its text
 * when given (`--set`, sweep points), and reads the seller's files it names. Validation
 * errors point at the file's own lines.
 *
 * @throws ScenarioError listing every problem (from the scenario layer), or the one problem
 *   of a catalogue that would leave a shop without SKUs (`checkCatalogue`) or of a seller file
 *   (`withSellerData`)
 * @throws {ExperimentUsageError} when a path cannot be set
 */
export async function loadStudyScenario(file: string, values?: Record<string, unknown>): Promise<StudyScenario> {
  const loaded = await loadScenario(file);
  return withValues(loaded.text, loaded.sha256, file, loaded.scenario, values);
}

/**
 * As `loadStudyScenario`, from text already read (a sweep applies each point's values to it;
 * its points share `cache`, so each seller file is read once).
 */
export async function withValues(
  text: string,
  sha256: string,
  file: string,
  base: Scenario | undefined,
  values: Record<string, unknown> | undefined,
  cache?: SellerFileCache,
): Promise<StudyScenario> {
  for (const path of Object.keys(values ?? {})) {
    const bare = path.replace(/^setups\.[^.]+\./, '');
    if (SELLER_PATHS.includes(bare)) throw new ExperimentUsageError(sellerDataVaried(path));
  }
  const scenario =
    values && Object.keys(values).length > 0 ? parseScenario(applyValues(text, values), file).scenario : (base ?? parseScenario(text, file).scenario);
  checkCatalogue(scenario, text, file);
  const { input, provenance } = await withSellerData(scenario, file, text, cache);
  const source = {
    name: scenario.name,
    sha256,
    file,
    ...(scenario.description !== undefined ? { description: scenario.description } : {}),
    ...provenance,
  };
  return { scenario: input, source, text, warnings: locateWarnings(text, file, studyWarnings(scenario)) };
}
