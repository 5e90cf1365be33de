import { gzipSync } from 'node:zlib';
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

// Read back (and checked against its results file) by `readCheckedRaw` in validate-results.ts:
// JSON turned NaN into null on the way out, and null is read back as NaN ("not computed").
