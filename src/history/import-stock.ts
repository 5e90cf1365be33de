/**
 * `importStock`: a stock CSV (`shop_id, sku, on_hand[, warehouse]`) → a stock snapshot
 * (JSON). A stock file has one row per shop × SKU (× warehouse), so it is held in memory:
 * about 150 bytes a row (a million rows, 150 MB).
 */
import { basename } from 'node:path';
import { assertWritable, writeFileAtomic } from './atomic-file.js';
import { STOCK_COLUMNS, resolveColumns, type ColumnMapping } from './columns.js';
import { readCsvRows } from './csv-source.js';
import { historyMsg } from './messages.js';
import { parseUnits } from './order-rows.js';
import { sortProblems } from '../scenario/errors.js';
import { ImportError, fileProblem, type ImportProblem, type ProblemKind } from './problems.js';
import { STOCK_FORMAT, STOCK_VERSION, type StockRow, type StockSnapshot } from './stock-snapshot.js';

/** What to import and where to. */
export interface ImportStockOptions {
  input: string;
  out: string;
  mapping: ColumnMapping;
  maxErrors: number;
  force: boolean;
}

/** What the import did. */
export interface ImportStockResult {
  snapshot: StockSnapshot;
  problems: ImportProblem[];
  byKind: Partial<Record<ProblemKind, number>>;
}

/**
 * Imports a stock file.
 *
 * @throws ImportError (nothing written) for a file-level problem or at `maxErrors` bad rows
 * @throws OutputExistsError when `out` exists and `force` is false
 * @example await importStock({ input: 'stock.csv', out: 'stock.stock.json', mapping: {}, maxErrors: 100, force: false });
 */
export async function importStock(opts: ImportStockOptions): Promise<ImportStockResult> {
  assertWritable(opts.out, opts.force);
  const file = opts.input;
  const rows: StockRow[] = [];
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const byKind: Partial<Record<ProblemKind, number>> = {};
  let col: Map<string, number> = new Map();
  let names: string[] = [];
  let width = 0;
  const problem = (kind: ProblemKind, line: number, field: string, got: string, expected: string): ImportProblem => {
    const c = col.get(field) ?? -1;
    return { kind, file, line, column: c + 1, path: names[c] ?? field, got, expected };
  };
  const readRow = (fields: string[], line: number): ImportProblem | undefined => {
    if (fields.length !== width) {
      return { kind: 'column-count', file, line, column: Math.min(fields.length, width) + 1, path: '', got: historyMsg.gotFields(fields.length), expected: historyMsg.expectedFields(width) };
    }
    const text = (field: string) => {
      const c = col.get(field) ?? -1;
      return c < 0 ? '' : fields[c].trim();
    };
    const shop = text('shop_id');
    if (shop === '') return problem('missing-value', line, 'shop_id', historyMsg.gotEmpty(), historyMsg.expectedText('a shop id'));
    const sku = text('sku');
    if (sku === '') return problem('missing-value', line, 'sku', historyMsg.gotEmpty(), historyMsg.expectedText('a SKU'));
    const unitsText = text('on_hand');
    const onHand = parseUnits(unitsText, 0);
    if (Number.isNaN(onHand)) return problem('bad-on-hand', line, 'on_hand', unitsText === '' ? historyMsg.gotEmpty() : historyMsg.gotValue(unitsText), historyMsg.expectedOnHand());
    const warehouseText = text('warehouse');
    const warehouse = warehouseText === '' ? null : warehouseText;
    const key = JSON.stringify([shop, sku, warehouse]);
    const first = seen.get(key);
    if (first !== undefined) {
      return problem('duplicate-row', line, 'sku', historyMsg.gotStockAgain(shop, sku, warehouse), historyMsg.expectedStockOnce(first, (col.get('warehouse') ?? -1) >= 0));
    }
    seen.set(key, line);
    rows.push({ shop, sku, warehouse, onHand });
    return undefined;
  };
  const read = await readCsvRows(opts.input, file, {
    header: (fields, line) => {
      col = resolveColumns(STOCK_COLUMNS, fields, opts.mapping, file, line);
      names = fields.map((f) => f.trim());
      width = fields.length;
    },
    row: (fields, line) => {
      const p = readRow(fields, line);
      if (p === undefined) return true;
      problems.push(p);
      byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
      return problems.length < opts.maxErrors;
    },
  });
  if (read.stopped) throw new ImportError(problems, true);
  if (rows.length === 0) throw new ImportError([...problems, fileProblem('no-rows', file, historyMsg.noRows(problems.length))]);
  const snapshot: StockSnapshot = {
    format: STOCK_FORMAT,
    version: STOCK_VERSION,
    source: { file: basename(opts.input), sha256: read.sha256, rows: read.rows, importedRows: rows.length, skippedRows: problems.length },
    rows,
  };
  writeFileAtomic(opts.out, [`${JSON.stringify(snapshot, null, 1)}\n`], opts.force);
  return { snapshot, problems: sortProblems(problems), byKind };
}
