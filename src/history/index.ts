/**
 * The history layer: a seller's own data brought in from their back office — order exports
 * (`importOrders` → an order-history file, `readOrderHistory` → typed arrays for the
 * simulation's replay) and stock files (`importStock`, `readStockSnapshot`). Knows nothing
 * of scenarios, the model or the CLI. Formats and checks: docs/history.md.
 */
export { HISTORY_FORMAT, HISTORY_VERSION, ORDER_FIELDS, LINE_FIELDS } from './order-history.js';
export { STOCK_FORMAT, STOCK_VERSION } from './stock-snapshot.js';
export { readOrderHistory } from './read-history.js';
export { readStockSnapshot } from './read-stock.js';
export { importOrders } from './import-orders.js';
export { importStock } from './import-stock.js';
export { ORDER_COLUMNS, STOCK_COLUMNS, mergeMappings, resolveColumns } from './columns.js';
export { readMappingFile } from './mapping-file.js';
export { parseTimeZone } from './time-zone.js';
export { parseTimestamp } from './parse-time.js';
export { ImportError, HistoryFormatError } from './problems.js';
export { OutputExistsError } from './atomic-file.js';
export { formatSummary } from './summary-text.js';
export { historyMsg } from './messages.js';

export type { OrderHistory, OrderHistoryHeader, HistorySource, OrderRecord } from './order-history.js';
export type { StockRow, StockSnapshot } from './stock-snapshot.js';
export type { ImportOrdersOptions, ImportOrdersResult } from './import-orders.js';
export type { ImportStockOptions, ImportStockResult } from './import-stock.js';
export type { ImportSummary, Quantiles, CountDistribution } from './import-summary.js';
export type { ColumnMapping, FieldSpec } from './columns.js';
export type { ImportProblem, ProblemKind } from './problems.js';
export type { TimeZone } from './time-zone.js';
export type { ParsedTime } from './parse-time.js';
