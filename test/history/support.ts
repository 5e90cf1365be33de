/**
 * Helpers of the history tests: CSV files in a temporary folder, imports with defaults.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { importOrders, type ImportOrdersOptions } from '../../src/history/import-orders.js';
import { parseTimeZone } from '../../src/history/time-zone.js';

/** A temporary folder removed after the file's tests. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `poolsim-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `lines` (joined with `eol`, final line break included) to `dir/name`; returns the path. */
export function writeCsv(dir: string, name: string, lines: readonly string[], eol = '\n'): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join(eol) + eol);
  return path;
}

/** The default header of an order export. */
export const ORDER_HEADER = 'order_id,shop_id,order_time,sku,quantity,unit_price,country';

/** Imports `input` next to itself with the defaults (UTC, 100 errors, force). */
export function importCsv(input: string, opts: Partial<ImportOrdersOptions> = {}) {
  const stem = input.replace(/\.csv$/, '');
  return importOrders({
    input,
    out: `${stem}.history.jsonl.gz`,
    summaryOut: `${stem}.summary.json`,
    mapping: {},
    timeZone: parseTimeZone('UTC')!,
    maxErrors: 100,
    force: true,
    ...opts,
  });
}
