import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RESULTS_SCHEMA_VERSION, type ResultsFile } from './types.js';
import { message } from './messages.js';

/**
 * The results file name for a run: `<date>-<host>.json`, the date in UTC to the second so
 * that two runs on one day do not overwrite each other, with characters unsafe in file
 * names replaced.
 * @example resultsFileName('2025-03-01T09:30:15.123Z', 'box') // '2025-03-01T093015Z-box.json'
 */
export function resultsFileName(isoDate: string, host: string): string {
  const date = isoDate.replace(/\.\d+Z$/, 'Z').replace(/:/g, '');
  const safeHost = host.replace(/[^A-Za-z0-9._-]/g, '_') || 'host';
  return `${date}-${safeHost}.json`;
}

/** Writes a run to `dir/<date>-<host>.json` (creating `dir`) and returns the path. */
export function writeResults(dir: string, results: ResultsFile): string {
  const path = join(dir, resultsFileName(results.meta.date, results.meta.host));
  writeResultsTo(path, results);
  return path;
}

/** Writes a run to an exact path (used for `bench/baseline.json`). */
export function writeResultsTo(path: string, results: ResultsFile): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * Reads a results file written by {@link writeResults}.
 * @throws Error when the file is not a results file of a known schema version.
 */
export function readResults(path: string): ResultsFile {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<ResultsFile>;
  if (data.schemaVersion !== RESULTS_SCHEMA_VERSION || !Array.isArray(data.records) || !data.meta) {
    throw new Error(message.notAResultsFile(path, data.schemaVersion));
  }
  return data as ResultsFile;
}
