/**
 * `readOrderHistory`: loads an order-history file (`poolsim import orders`) into typed
 * arrays. The header gives the counts, so every array is allocated once at its final size;
 * the body is streamed (gunzip, one line at a time), so memory is the arrays themselves.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { historyMsg } from './messages.js';
import { HISTORY_FORMAT, HISTORY_VERSION, type OrderHistory, type OrderHistoryHeader } from './order-history.js';
import { HistoryFormatError } from './problems.js';

const isIndex = (v: unknown, size: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < size;

/** Checks the header line and returns it typed. */
function checkHeader(file: string, line: string): OrderHistoryHeader {
  let h: Partial<OrderHistoryHeader> & { format?: unknown; version?: unknown };
  try {
    h = JSON.parse(line);
  } catch {
    throw new HistoryFormatError(file, historyMsg.notFormat(HISTORY_FORMAT, 'not JSON'));
  }
  if (typeof h !== 'object' || h === null || h.format !== HISTORY_FORMAT) {
    throw new HistoryFormatError(file, historyMsg.notFormat(HISTORY_FORMAT, JSON.stringify((h as { format?: unknown } | null)?.format ?? null)));
  }
  if (h.version !== HISTORY_VERSION) throw new HistoryFormatError(file, historyMsg.unknownVersion(HISTORY_FORMAT, JSON.stringify(h.version ?? null), HISTORY_VERSION));
  const ok =
    typeof h.start === 'string' &&
    typeof h.timeZone === 'string' &&
    Number.isInteger(h.days) &&
    Number.isInteger(h.orders) &&
    Number.isInteger(h.lines) &&
    Array.isArray(h.shops) &&
    Array.isArray(h.markets) &&
    Array.isArray(h.skus);
  if (!ok) throw new HistoryFormatError(file, historyMsg.damaged(1, 'the header lacks start, timeZone, days, orders, lines, shops, markets or skus'));
  return h as OrderHistoryHeader;
}

/**
 * Loads the order history in `path`. O(orders + lines) time; memory: the typed arrays
 * (about 20 bytes per order and 20 per line).
 *
 * @throws HistoryFormatError (its message names the file) when the file is not gzip, not
 *   an order history, a version this build does not read, or damaged or truncated
 * @throws the file system's error when it cannot be read (ENOENT…)
 * @example
 * const h = await readOrderHistory('orders.history.jsonl.gz');
 * h.orderTime.length; // orders
 */
export async function readOrderHistory(path: string): Promise<OrderHistory> {
  const file = basename(path);
  const gunzip = createGunzip();
  const input = createReadStream(path);
  let streamError: Error | undefined;
  input.on('error', (e) => (streamError ??= e));
  gunzip.on('error', (e) => (streamError ??= e));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  let header: OrderHistoryHeader | undefined;
  let h!: OrderHistory;
  let o = 0;
  let l = 0;
  let lineNo = 0;
  let lastT = -Infinity;
  const damaged = (what: string) => new HistoryFormatError(file, historyMsg.damaged(lineNo, what));
  try {
    for await (const text of lines) {
      lineNo++;
      if (header === undefined) {
        header = checkHeader(file, text);
        h = {
          version: 1,
          start: header.start,
          timeZone: header.timeZone,
          days: header.days,
          shops: header.shops,
          markets: header.markets,
          skus: header.skus.map((s) => s.sku),
          skuCategory: header.skus.map((s) => s.category ?? null),
          skuPrice: Float64Array.from(header.skus, (s) => (typeof s.medianPrice === 'number' ? s.medianPrice : NaN)),
          orderTime: new Float64Array(header.orders),
          orderShop: new Int32Array(header.orders),
          orderMarket: new Int32Array(header.orders),
          orderReturned: new Int8Array(header.orders),
          orderLineStart: new Int32Array(header.orders + 1),
          lineSku: new Int32Array(header.lines),
          lineShop: new Int32Array(header.lines),
          lineUnits: new Int32Array(header.lines),
          linePrice: new Float64Array(header.lines),
        };
        continue;
      }
      if (text === '') continue;
      if (o >= header.orders) throw damaged(`more orders than the ${header.orders} the header announces`);
      let r: unknown;
      try {
        r = JSON.parse(text);
      } catch {
        throw damaged('not JSON');
      }
      if (!Array.isArray(r) || r.length !== 6 || !Array.isArray(r[5])) throw damaged('expected [t, shop, market, returned, deliveryDays, lines]');
      const [t, shop, market, returned, , orderLines] = r as [unknown, unknown, unknown, unknown, unknown, unknown[]];
      if (typeof t !== 'number' || !(t >= lastT)) throw damaged('order times must be numbers in non-decreasing order');
      if (!isIndex(shop, h.shops.length) || !isIndex(market, h.markets.length)) throw damaged('shop or market index out of range');
      if (returned !== null && returned !== 0 && returned !== 1) throw damaged('returned must be 1, 0 or null');
      lastT = t;
      h.orderTime[o] = t;
      h.orderShop[o] = shop;
      h.orderMarket[o] = market;
      h.orderReturned[o] = returned === null ? -1 : returned;
      h.orderLineStart[o] = l;
      for (const line of orderLines) {
        if (l >= header.lines) throw damaged(`more lines than the ${header.lines} the header announces`);
        const [sku, lineShop, units, price] = line as unknown[];
        if (!Array.isArray(line) || !isIndex(sku, h.skus.length) || !isIndex(lineShop, h.shops.length) || !Number.isInteger(units) || typeof price !== 'number') {
          throw damaged('expected lines [sku, shop, units, price] with indices in range');
        }
        h.lineSku[l] = sku;
        h.lineShop[l] = lineShop;
        h.lineUnits[l] = units as number;
        h.linePrice[l] = price;
        l++;
      }
      o++;
    }
  } catch (e) {
    if (e instanceof HistoryFormatError) throw e;
    const err = streamError ?? (e as Error);
    if ((err as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new HistoryFormatError(file, historyMsg.notGzip(err.message));
    throw err;
  } finally {
    lines.close();
    input.destroy();
  }
  if (streamError) {
    if ((streamError as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new HistoryFormatError(file, historyMsg.notGzip(streamError.message));
    throw streamError;
  }
  if (header === undefined) throw new HistoryFormatError(file, historyMsg.notFormat(HISTORY_FORMAT, 'an empty file'));
  if (o !== header.orders || l !== header.lines) throw new HistoryFormatError(file, historyMsg.truncated(o, header.orders));
  h.orderLineStart[o] = l;
  return h;
}
