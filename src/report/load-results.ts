/**
 * Reads a results file for the report: a single run (`results.json`, the `Results` contract)
 * or a sweep (`{ "varied": [...], "points": [Results, ...] }`, or a bare array of results that
 * each carry a `sweepPoint`). Checks the structure the report relies on, not every field:
 * the experiment layer validates what it writes.
 */
import { readFileSync } from 'node:fs';
import { RESULTS_SCHEMA_VERSION, type Results } from '../results/types.js';
import { ReportInputError } from './errors.js';
import { baselineMissing, resultsNotJson, resultsNotResults, resultsSchemaVersion, resultsUnreadable, sweepEmpty } from './messages.js';
import type { SweepInput } from './sweep-analysis.js';

export type LoadedResults = { kind: 'single'; results: Results } | { kind: 'sweep'; sweep: SweepInput };

const isDict = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Fields the report reads, with a check of each one's type. */
const REQUIRED: Array<[string, (x: unknown) => boolean]> = [
  ['tool', isDict],
  ['scenario', (x) => isDict(x) && typeof x.name === 'string' && typeof x.file === 'string'],
  ['replications', (x) => typeof x === 'number'],
  ['replicationIndices', Array.isArray],
  ['horizonDays', (x) => typeof x === 'number'],
  ['warmupDays', (x) => typeof x === 'number'],
  ['baseline', (x) => typeof x === 'string'],
  ['assumptions', isDict],
  ['setups', isDict],
  ['comparisons', Array.isArray],
  ['run', isDict],
];

/**
 * Checks that a parsed value is a results object the report can read.
 *
 * @throws {ReportInputError} naming the first missing or mistyped field
 */
export function asResults(x: unknown, file: string): Results {
  if (!isDict(x)) throw new ReportInputError(resultsNotResults(file, 'the top-level object'), { file });
  if (x.schemaVersion !== RESULTS_SCHEMA_VERSION) {
    if (!('schemaVersion' in x)) throw new ReportInputError(resultsNotResults(file, 'schemaVersion'), { file, field: 'schemaVersion' });
    throw new ReportInputError(resultsSchemaVersion(file, x.schemaVersion, RESULTS_SCHEMA_VERSION), { file, field: 'schemaVersion' });
  }
  for (const [field, ok] of REQUIRED) {
    if (!ok(x[field])) throw new ReportInputError(resultsNotResults(file, field), { file, field });
  }
  const setups = x.setups as Record<string, unknown>;
  for (const [name, s] of Object.entries(setups)) {
    const field = `setups.${name}`;
    if (!isDict(s) || !isDict(s.summary) || !Array.isArray(s.monthly) || !Array.isArray(s.byMarket) || !isDict(s.series)) {
      throw new ReportInputError(resultsNotResults(file, field), { file, field });
    }
  }
  if (!(String(x.baseline) in setups)) {
    throw new ReportInputError(baselineMissing(file, String(x.baseline), Object.keys(setups)), { file, field: 'baseline' });
  }
  return x as unknown as Results;
}

/**
 * Interprets parsed JSON as a single run or a sweep.
 *
 * @throws {ReportInputError} when it is neither
 */
export function interpretResults(json: unknown, file: string): LoadedResults {
  const sweepPoints = Array.isArray(json) ? json : isDict(json) && Array.isArray(json.points) ? json.points : null;
  if (sweepPoints !== null) {
    if (sweepPoints.length === 0) throw new ReportInputError(sweepEmpty(file), { file, field: 'points' });
    const points = sweepPoints.map((p, i) => asResults(p, `${file} (point ${i})`));
    const declared = isDict(json) && Array.isArray(json.varied) ? json.varied.filter((v): v is string => typeof v === 'string') : [];
    const varied = declared.length > 0 ? declared : [...new Set(points.flatMap((p) => Object.keys(p.sweepPoint ?? {})))];
    return { kind: 'sweep', sweep: { varied, points } };
  }
  return { kind: 'single', results: asResults(json, file) };
}

/**
 * Reads and checks a results or sweep file.
 *
 * @throws {ReportInputError} when the file is missing, not JSON, or not a results file
 * @example
 * const loaded = loadResultsFile('reports/default-study-20250301-140509/results.json');
 * if (loaded.kind === 'single') console.log(loaded.results.scenario.name);
 */
export function loadResultsFile(file: string): LoadedResults {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ReportInputError(resultsUnreadable(file, (e as NodeJS.ErrnoException).code ?? String(e)), { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ReportInputError(resultsNotJson(file, (e as Error).message.replace(/\.$/, '')), { file });
  }
  return interpretResults(json, file);
}
