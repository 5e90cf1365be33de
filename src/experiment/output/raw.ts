import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ReplicationOutput } from '../../model/result.js';

/**
 * File beside results.json holding every replication's full output, one JSON object per
 * line in replication order, gzip-compressed. `poolsim merge` rebuilds results from these, so
 * a merged file is computed exactly as an unsharded run computes it.
 */
export const RAW_FILE = 'replications.jsonl.gz';

/** Serialises outputs (already in replication order) to gzip'd JSON lines. O(size). */
export function encodeRaw(outputs: readonly ReplicationOutput[]): Buffer {
  return gzipSync(outputs.map((o) => JSON.stringify(o)).join('\n') + '\n');
}

/**
 * Reads the raw file of a results file. JSON turned NaN into null on the way out; it is
 * turned back into NaN for metric values so aggregation treats it as "not computed".
 * Returns `undefined` when the file does not exist.
 */
export function readRawBeside(resultsFile: string): ReplicationOutput[] | undefined {
  const path = join(dirname(resultsFile), RAW_FILE);
  if (!existsSync(path)) return undefined;
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l, (_k, v) => (v === null ? NaN : v)) as ReplicationOutput);
}
