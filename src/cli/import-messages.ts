/**
 * Messages of `poolsim import` (the CLI side; the files' own problems are in
 * `src/history/messages.ts`). Rules (checked by `test/history/messages.test.ts`): lower-case
 * first letter, no trailing period, one line.
 */
import type { StockSnapshot } from '../history/index.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const importMsg = {
  needKind: () => 'say what to import: poolsim import orders <file.csv> or poolsim import stock <file.csv>',
  badTimeZone: (text: string) => `--time-zone ${JSON.stringify(text)} is not a time zone: give UTC, an offset such as +08:00, or an IANA name such as Asia/Shanghai`,
  badMaxErrors: (text: string) => `--max-errors must be a whole number ≥ 1 (got ${text})`,
  emptyColumnFlag: (field: string) => `--col-${field} needs the name of a column of the CSV header`,
  stopped: (n: number) => `stopped at ${plural(n, 'bad row')} (--max-errors ${n})`,
  nothingWritten: () => '(nothing written)',
  outputExists: (path: string) => `${path} already exists: choose another --out, or pass --force to replace it`,
  cannotRead: (path: string, code: string) => `cannot read ${path} (${code})`,
  stockSummary: (s: StockSnapshot) => {
    const shops = new Set(s.rows.map((r) => r.shop)).size;
    const skus = new Set(s.rows.map((r) => r.sku)).size;
    const warehouses = new Set(s.rows.flatMap((r) => (r.warehouse === null ? [] : [r.warehouse]))).size;
    const units = s.rows.reduce((sum, r) => sum + r.onHand, 0);
    const skipped = s.source.skippedRows === 0 ? 'no row skipped' : `${plural(s.source.skippedRows, 'bad row')} skipped`;
    return `imported ${plural(s.rows.length, 'stock row')} from ${s.source.file}: ${plural(shops, 'shop')}, ${plural(skus, 'SKU')}${warehouses > 0 ? `, ${plural(warehouses, 'warehouse')}` : ''}, ${plural(units, 'unit')} on hand; ${skipped}`;
  },
} as const;
