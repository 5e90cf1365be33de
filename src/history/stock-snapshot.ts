/**
 * The stock-snapshot contract: what `poolsim import stock` writes and `readStockSnapshot`
 * loads — units on hand per shop × SKU (× warehouse), as a study's initial stock.
 */

/** Format name of a stock snapshot. */
export const STOCK_FORMAT = 'poolsim-stock-snapshot';
/** Version of the stock-snapshot format; bump when a field changes meaning. */
export const STOCK_VERSION = 1;

/** One row: a shop's units of a SKU (at a warehouse, or `null` when the file has no warehouse column or leaves it empty). */
export interface StockRow {
  shop: string;
  sku: string;
  warehouse: string | null;
  onHand: number;
}

/** A stock snapshot file (JSON), as written and as read. */
export interface StockSnapshot {
  format: typeof STOCK_FORMAT;
  version: typeof STOCK_VERSION;
  source: { file: string; sha256: string; rows: number; importedRows: number; skippedRows: number };
  /** In file order. */
  rows: StockRow[];
}
