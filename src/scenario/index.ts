/**
 * The scenario layer: the file format (zod schema), loading with located errors, and the
 * generated JSON Schema. See `docs/scenario.md` for the format.
 */
export { fieldProblem, loadScenario, locateWarnings, parseScenario, SHARED_KEYS } from './load.js';
export { ScenarioError, formatProblem, formatWarning } from './errors.js';
export { MAX_DAYS, MAX_REPLICATIONS, MAX_SKU_SHOPS, SLOW_RUN_SECONDS, SLOW_SETUP_SECONDS, studyWarnings, studyWork } from './limits.js';
export { scenarioFile, sharedSettings, sharedSettingsShape, setupBlock, CATEGORIES } from './schema.js';
export { scenarioJsonSchema, scenarioJsonSchemaText, writeFileAtomic, SCENARIO_SCHEMA_ID } from './json-schema.js';
export { parseDurationDays } from './duration.js';
export { MAX_SCENARIO_BYTES } from './read-file.js';

export type { LoadedScenario } from './load.js';
export type { Problem, Warning } from './errors.js';
export type { StudyWarning, StudyWork } from './limits.js';
export type { Scenario, Setup, SharedSettings, ScenarioFile, Category, Market, Warehouse, Shop, CategoryParams } from './schema.js';
