/**
 * `readStockSnapshot`: loads a stock snapshot written by `poolsim import stock`.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { historyMsg } from './messages.js';
import { HistoryFormatError } from './problems.js';
import { STOCK_FORMAT, STOCK_VERSION, type StockSnapshot } from './stock-snapshot.js';

/**
 * The snapshot in `path`, checked row by row.
 *
 * @throws HistoryFormatError (naming the file) when it is not JSON, not a stock snapshot,
 *   of a version this build does not read, or has a malformed row
 * @throws the file system's error when it cannot be read
 * @example (await readStockSnapshot('stock.stock.json')).rows[0]; // { shop: 'S1', sku: 'K1', warehouse: null, onHand: 12 }
 */
export async function readStockSnapshot(path: string): Promise<StockSnapshot> {
  const file = basename(path);
  let data: Partial<StockSnapshot> & { format?: unknown; version?: unknown };
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== undefined) throw e;
    throw new HistoryFormatError(file, historyMsg.notFormat(STOCK_FORMAT, 'not JSON'));
  }
  if (typeof data !== 'object' || data === null || data.format !== STOCK_FORMAT) {
    throw new HistoryFormatError(file, historyMsg.notFormat(STOCK_FORMAT, JSON.stringify((data as { format?: unknown } | null)?.format ?? null)));
  }
  if (data.version !== STOCK_VERSION) throw new HistoryFormatError(file, historyMsg.unknownVersion(STOCK_FORMAT, JSON.stringify(data.version ?? null), STOCK_VERSION));
  if (!Array.isArray(data.rows)) throw new HistoryFormatError(file, historyMsg.damagedRow(0, 'no rows list'));
  data.rows.forEach((r, i) => {
    const ok =
      typeof r === 'object' && r !== null && typeof r.shop === 'string' && typeof r.sku === 'string' && (r.warehouse === null || typeof r.warehouse === 'string') && Number.isInteger(r.onHand) && r.onHand >= 0;
    if (!ok) throw new HistoryFormatError(file, historyMsg.damagedRow(i, `rows[${i}] must be { shop, sku, warehouse, onHand ≥ 0 }`));
  });
  return data as StockSnapshot;
}
