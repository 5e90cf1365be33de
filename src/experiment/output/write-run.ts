import { join } from 'node:path';
import type { ReplicationOutput } from '../../model/result.js';
import type { Results } from '../../results/types.js';
import { writeFileAtomic } from './atomic-write.js';
import { replicationsCsv, summaryCsv } from './csv.js';
import { encodeRaw, RAW_FILE } from './raw.js';

/** File names inside a run folder. */
export const RESULTS_FILE = 'results.json';
export const REPLICATIONS_CSV = 'replications.csv';
export const SUMMARY_CSV = 'summary.csv';

/** results.json text: two-space indented, trailing newline (stable bytes for diffing runs). */
export function resultsJson(r: Results): string {
  return JSON.stringify(r, null, 2) + '\n';
}

/**
 * Writes a run folder: the raw replications, `replications.csv`, `summary.csv`, then
 * `results.json` last, each atomically (a results.json that exists is complete, and so are
 * the files written before it). Returns the path of results.json.
 */
export function writeRun(dir: string, results: Results, outputs: readonly ReplicationOutput[]): string {
  const sorted = [...outputs].sort((a, b) => a.replication - b.replication);
  writeFileAtomic(join(dir, RAW_FILE), encodeRaw(sorted));
  writeFileAtomic(join(dir, REPLICATIONS_CSV), replicationsCsv(results));
  writeFileAtomic(join(dir, SUMMARY_CSV), summaryCsv(results));
  const file = join(dir, RESULTS_FILE);
  writeFileAtomic(file, resultsJson(results));
  return file;
}
