import { join } from 'node:path';
import type { ReplicationOutput } from '../../model/result.js';
import type { Results } from '../../results/types.js';
import { isFileSystemError, OutputError, writeReason } from '../errors.js';
import { outputWriteFailed } from '../messages.js';
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
 * @throws {OutputError} when a file cannot be written (a full disk, a read-only folder): no file
 *   is left half-written, and the message says which are complete
 */
export function writeRun(dir: string, results: Results, outputs: readonly ReplicationOutput[]): string {
  const sorted = [...outputs].sort((a, b) => a.replication - b.replication);
  const complete: string[] = [];
  const write = (name: string, data: () => string | Uint8Array) => {
    const file = join(dir, name);
    try {
      writeFileAtomic(file, data());
    } catch (err) {
      if (!isFileSystemError(err)) throw err;
      throw new OutputError(outputWriteFailed(file, writeReason(err), complete), { file });
    }
    complete.push(name);
    return file;
  };
  write(RAW_FILE, () => encodeRaw(sorted));
  write(REPLICATIONS_CSV, () => replicationsCsv(results));
  write(SUMMARY_CSV, () => summaryCsv(results));
  return write(RESULTS_FILE, () => resultsJson(results));
}
