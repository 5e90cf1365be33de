/**
 * The order-history contract: what `poolsim import orders` writes and `readOrderHistory`
 * loads (a seller's own orders, for the simulation to replay). The file format is described
 * in `docs/history.md`; this file holds the in-memory shape and the header line's shape.
 */

/** Format name in the first line of an order-history file. */
export const HISTORY_FORMAT = 'poolsim-order-history';
/** Version of the order-history file format; bump when a field changes meaning. */
export const HISTORY_VERSION = 1;

/**
 * A loaded order history, column by column in typed arrays (dense integer ids, as the
 * simulation's hot path wants them). Order `o`'s lines are
 * `[orderLineStart[o], orderLineStart[o + 1])`; times are days since `start`.
 *
 * @example
 * const h = await readOrderHistory('orders.history.jsonl.gz');
 * for (let o = 0; o < h.orderTime.length; o++)
 *   for (let l = h.orderLineStart[o]; l < h.orderLineStart[o + 1]; l++) use(h.lineSku[l], h.lineUnits[l]);
 */
export interface OrderHistory {
  version: 1;
  start: string; // ISO instant of day 0
  timeZone: string;
  days: number; // whole days covered: ceil(last order time), at least 1
  shops: string[];
  markets: string[];
  skus: string[];
  skuCategory: Array<string | null>;
  skuPrice: Float64Array; // median unit price per SKU
  orderTime: Float64Array; // days since start, non-decreasing
  orderShop: Int32Array; // shop of the order's first line
  orderMarket: Int32Array;
  orderReturned: Int8Array; // 1, 0, or -1 unknown
  orderLineStart: Int32Array; // length orders + 1: lines of order o are [orderLineStart[o], orderLineStart[o+1])
  lineSku: Int32Array;
  lineShop: Int32Array;
  lineUnits: Int32Array;
  linePrice: Float64Array;
}

/** Where the history came from: the CSV file, its hash and what was read from it. */
export interface HistorySource {
  /** File name of the CSV (no folder). */
  file: string;
  /** sha256 of the CSV's bytes, hex. */
  sha256: string;
  /** Data rows in the file (header excluded, empty lines excluded). */
  rows: number;
  /** Rows imported (rows − skippedRows). */
  importedRows: number;
  /** Bad rows skipped (see the summary for their kinds). */
  skippedRows: number;
}

/**
 * The first line of an order-history file (JSON). Every later line is one order,
 * `[t, shop, market, returned, deliveryDays, [[sku, shop, units, price], …]]`, in the order
 * `orderFields` / `lineFields` name.
 */
export interface OrderHistoryHeader {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  source: HistorySource;
  /** The time zone of times without an offset (`UTC`, `+08:00` or an IANA name). */
  timeZone: string;
  /** ISO instant of day 0: 00:00 of the first order's day in `timeZone`. */
  start: string;
  days: number;
  orders: number;
  lines: number;
  shops: string[];
  markets: string[];
  skus: Array<{ sku: string; category: string | null; medianPrice: number }>;
  orderFields: readonly ['t', 'shop', 'market', 'returned', 'deliveryDays', 'lines'];
  lineFields: readonly ['sku', 'shop', 'units', 'price'];
}

/** The field names of an order line of the file, in order. */
export const ORDER_FIELDS = ['t', 'shop', 'market', 'returned', 'deliveryDays', 'lines'] as const;
/** The field names of an order's line, in order. */
export const LINE_FIELDS = ['sku', 'shop', 'units', 'price'] as const;

/**
 * One order as one line of the file: time in days since `start`, shop, market, returned
 * (1, 0 or null unknown), delivery days after the order (or null) and its lines
 * `[sku, shop, units, unitPrice]` (indices into the header's lists).
 */
export type OrderRecord = [number, number, number, 1 | 0 | null, number | null, Array<[number, number, number, number]>];
