/**
 * The scenario layer: the file format (zod schema), loading with located errors, and the
 * generated JSON Schema. See `docs/scenario.md` for the format.
 */
export { fieldProblem, loadScenario, parseScenario, SHARED_KEYS } from './load.js';
export { ScenarioError, formatProblem } from './errors.js';
export { scenarioFile, sharedSettings, sharedSettingsShape, setupBlock, CATEGORIES } from './schema.js';
export { scenarioJsonSchema, scenarioJsonSchemaText, writeFileAtomic, SCENARIO_SCHEMA_ID } from './json-schema.js';
export { parseDurationDays } from './duration.js';
export { MAX_SCENARIO_BYTES } from './read-file.js';

export type { LoadedScenario } from './load.js';
export type { Problem } from './errors.js';
export type { Scenario, Setup, SharedSettings, ScenarioFile, Category, Market, Warehouse, Shop, CategoryParams } from './schema.js';
