/**
 * `importOrders`: an order export (CSV, one row per order line) → an order-history file and
 * its summary. The steps:
 *
 * 1. check the outputs may be written (no `force`: they must not exist);
 * 2. pass 1, streaming the CSV: find the columns in the header (mapping applied); check
 *    every row; gather the rows of each order (they are next to each other in the file);
 *    append each finished order to the time-sorted runs (`order-runs.ts`) and its id's
 *    fingerprint to the split detector (`order-split.ts`); stop at `maxErrors` bad rows;
 * 3. find the orders that came back after other orders (`order-split`);
 * 4. pass 2, merging the runs in time order: skip the split pieces (bad rows), give shops,
 *    markets and SKUs their final index (order of first appearance in time), write each
 *    order as one JSON line into a gzip stream, feed the summary and the SKU prices;
 * 5. write the history (header line, then the orders) and the summary, each atomically.
 *
 * Memory is bounded: the runs' buffer (32 MiB), the split detector's chunk (10 MiB), one
 * order at a time, and what grows with the catalogue (shops, SKUs, markets, days), not with
 * the rows. Nothing is written when the import stops (ImportError).
 */
import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { basename } from 'node:path';
import { createGzip, gzipSync, type Gzip } from 'node:zlib';
import { assertWritable, tempPathBeside, writeFileAtomic } from './atomic-file.js';
import { ORDER_COLUMNS, resolveColumns, type ColumnMapping } from './columns.js';
import { readCsvRows } from './csv-source.js';
import { SummaryBuilder, type ImportSummary } from './import-summary.js';
import { historyMsg } from './messages.js';
import { HISTORY_FORMAT, HISTORY_VERSION, LINE_FIELDS, ORDER_FIELDS, type OrderHistoryHeader } from './order-history.js';
import { OrderRowReader, type OrderRow } from './order-rows.js';
import { OrderRuns, RunOrder, type RunStats } from './order-runs.js';
import { SplitDetector } from './order-split.js';
import { formatProblem, sortProblems } from '../scenario/errors.js';
import { ImportError, fileProblem, type ImportProblem, type ProblemKind } from './problems.js';
import type { TimeZone } from './time-zone.js';
import { SkuPrices } from './value-counts.js';

const DAY_MS = 86_400_000;

/** What to import and where to. */
export interface ImportOrdersOptions {
  /** The CSV file. */
  input: string;
  /** The order-history file to write (`.history.jsonl.gz`). */
  out: string;
  /** The summary file to write (`.summary.json`). */
  summaryOut: string;
  /** Field → header name, for headers that are not the default names. */
  mapping: ColumnMapping;
  /** Applies to times without an offset. */
  timeZone: TimeZone;
  /** Stop (ImportError, nothing written) at this many bad rows; fewer are skipped and reported. */
  maxErrors: number;
  /** Replace existing output files. */
  force: boolean;
  /** Size of the in-memory run buffer, bytes (tests make it small to force spills). */
  runBufferBytes?: number;
}

/** What an import did. */
export interface ImportOrdersResult {
  summary: ImportSummary;
  /** The skipped rows' problems, in line order. */
  problems: ImportProblem[];
  runs: RunStats;
}

/**
 * What makes two lines of an order duplicates: the same SKU from the same shop. A
 * cross-shop basket may hold one SKU from two shops (each shop lists it; `poolsim export
 * orders` writes such baskets), and those are two real lines.
 */
const lineKey = (row: OrderRow) => `${row.shop}\u0000${row.sku}`;

/** Orders of the first pass: the rows of the current order gathered, then handed on. */
class OrderAssembler {
  readonly shops = new Map<string, number>();
  readonly markets = new Map<string, number>();
  readonly skus = new Map<string, number>();
  readonly skuCategory: Array<string | null> = [];
  private readonly order = new RunOrder();
  private first: OrderRow | undefined;
  private readonly skuLines = new Map<string, number>();
  private seq = 0;

  constructor(
    private readonly reader: OrderRowReader,
    private readonly runs: OrderRuns,
    private readonly split: SplitDetector,
  ) {}

  private index(map: Map<string, number>, key: string): number {
    let i = map.get(key);
    if (i === undefined) {
      i = map.size;
      map.set(key, i);
    }
    return i;
  }

  /** Adds a good row; returns a problem when it contradicts its order (the row is then skipped). */
  add(row: OrderRow): ImportProblem | undefined {
    const first = this.first;
    if (first === undefined || row.orderId !== first.orderId) {
      this.flush();
      this.first = row;
      const o = this.order;
      o.orderId = row.orderId;
      o.timeMs = row.timeMs;
      o.market = this.index(this.markets, row.country);
      o.shop = this.index(this.shops, row.shop);
      o.returned = -1;
      o.deliveryMs = NaN;
      o.lines = 0;
    } else if (row.timeMs !== first.timeMs) {
      return this.reader.orderProblem('order-inconsistent', row.line, 'order_time', historyMsg.gotValue(row.timeText), historyMsg.expectedSameAsFirst('order_time', first.timeText, first.line));
    } else if (row.country !== first.country) {
      return this.reader.orderProblem('order-inconsistent', row.line, 'country', historyMsg.gotValue(row.country), historyMsg.expectedSameAsFirst('country', first.country, first.line));
    } else if (this.skuLines.has(lineKey(row))) {
      return this.reader.orderProblem('duplicate-line', row.line, 'sku', historyMsg.gotSkuAgain(row.sku, row.shop, row.orderId), historyMsg.expectedSkuOnce(this.skuLines.get(lineKey(row))!));
    }
    const o = this.order;
    const l = o.lines++;
    o.reserve(o.lines);
    const sku = this.index(this.skus, row.sku);
    if (sku === this.skuCategory.length) this.skuCategory.push(row.category);
    else if (this.skuCategory[sku] === null && row.category !== null) this.skuCategory[sku] = row.category;
    o.sku[l] = sku;
    o.lineShop[l] = this.index(this.shops, row.shop);
    o.units[l] = row.units;
    o.price[l] = row.price;
    o.fileLine[l] = row.line;
    if (row.returned > o.returned) o.returned = row.returned;
    if (row.deliveryMs > o.deliveryMs || (Number.isNaN(o.deliveryMs) && !Number.isNaN(row.deliveryMs))) o.deliveryMs = row.deliveryMs;
    this.skuLines.set(lineKey(row), row.line);
    return undefined;
  }

  /**
   * A bad row of order `orderId` (as far as it could be read): if that is another order, the
   * current one ends here, so its id coming back later is a split order.
   */
  badRow(orderId: string): void {
    if (orderId !== '' && this.first !== undefined && orderId !== this.first.orderId) this.flush();
  }

  /** Hands the current order on (at a new order id and at the end of the file). */
  flush(): void {
    const o = this.order;
    if (this.first !== undefined && o.lines > 0) {
      o.seq = this.seq++;
      this.runs.add(o);
      this.split.add(o.orderId, o.seq, o.fileLine[0], o.lines);
    }
    this.first = undefined;
    this.skuLines.clear();
    o.lines = 0;
  }
}

/** Collects bad rows and says when there are too many. */
class BadRows {
  readonly problems: ImportProblem[] = [];
  readonly byKind: Partial<Record<ProblemKind, number>> = {};
  constructor(private readonly max: number) {}
  /** Records one; true when the import must stop. */
  add(p: ImportProblem): boolean {
    this.problems.push(p);
    this.byKind[p.kind] = (this.byKind[p.kind] ?? 0) + 1;
    return this.problems.length >= this.max;
  }
  /** The error that stops the import at `max` bad rows (the CLI adds the "stopped at" line). */
  stop(): ImportError {
    return new ImportError(this.problems, true);
  }
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Imports an order export; see the file comment for the steps and docs/history.md for the
 * columns, the checks and the formats.
 *
 * @throws ImportError (nothing written) for a file-level problem — not UTF-8, not CSV, a
 *   missing column, no importable row — or when `maxErrors` bad rows were found
 * @throws OutputExistsError when an output exists and `force` is false
 * @example
 * const { summary } = await importOrders({ input: 'orders.csv', out: 'orders.history.jsonl.gz', summaryOut: 'orders.summary.json',
 *   mapping: {}, timeZone: parseTimeZone('Asia/Shanghai')!, maxErrors: 100, force: false });
 */
export async function importOrders(opts: ImportOrdersOptions): Promise<ImportOrdersResult> {
  assertWritable(opts.out, opts.force);
  assertWritable(opts.summaryOut, opts.force);
  const name = opts.input;
  const bad = new BadRows(opts.maxErrors);
  const runs = new OrderRuns(opts.runBufferBytes);
  const split = new SplitDetector();
  let assembler: OrderAssembler | undefined;
  let reader: OrderRowReader | undefined;
  const bodyPath = tempPathBeside(opts.out, 'body');
  let gzip: Gzip | undefined;
  let body: WriteStream | undefined;
  try {
    // ---- pass 1
    const read = await readCsvRows(opts.input, name, {
      header: (fields, line) => {
        const columns = resolveColumns(ORDER_COLUMNS, fields, opts.mapping, name, line);
        reader = new OrderRowReader(columns, fields, opts.timeZone, name, ORDER_COLUMNS);
        assembler = new OrderAssembler(reader, runs, split);
      },
      row: (fields, line) => {
        const r = reader!.read(fields, line);
        if ('kind' in r) assembler!.badRow(reader!.orderIdOf(fields));
        const problem = 'kind' in r ? r : assembler!.add(r);
        return problem === undefined || !bad.add(problem);
      },
    });
    if (read.stopped) throw bad.stop();
    assembler!.flush();

    // ---- the split orders
    const pieces = new Map(split.finish().map((p) => [p.seq, p]));

    // ---- pass 2
    const a = assembler!;
    const shopNames = [...a.shops.keys()];
    const marketNames = [...a.markets.keys()];
    const skuNames = [...a.skus.keys()];
    const shopMap = new Int32Array(shopNames.length).fill(-1);
    const marketMap = new Int32Array(marketNames.length).fill(-1);
    const skuMap = new Int32Array(skuNames.length).fill(-1);
    const shops: string[] = [];
    const markets: string[] = [];
    const skus: number[] = []; // first-pass index of each final SKU
    const finalIndex = (map: Int32Array, i: number, list: Array<string | number>, value: string | number) => {
      if (map[i] < 0) {
        map[i] = list.length;
        list.push(value);
      }
      return map[i];
    };
    const summary = new SummaryBuilder();
    const prices = new SkuPrices();
    // level 4: compressing at level 6 took longer than building the lines (3.6 s against 2.4 s
    // for 600k orders, bench/import.bench.ts) for a file 10 % smaller
    gzip = createGzip({ level: 4 });
    body = createWriteStream(bodyPath);
    gzip.pipe(body);
    const bodyDone = once(body, 'close');
    let text = '';
    let orders = 0;
    let lines = 0;
    let startMs = NaN;
    let startDay = 0;
    let lastT = 0;
    const cursor = runs.finish();
    let fSku = new Int32Array(64);
    let fShop = new Int32Array(64);
    while (cursor.next()) {
      const o = cursor.order;
      const piece = pieces.get(o.seq);
      if (piece) {
        for (let l = 0; l < o.lines; l++) {
          const p = reader!.orderProblem('order-split', o.fileLine[l], 'order_id', historyMsg.gotOrderAgain(o.readOrderId()), historyMsg.expectedOrderTogether(piece.firstLine));
          if (bad.add(p)) throw bad.stop();
        }
        continue;
      }
      if (orders === 0) {
        startDay = opts.timeZone.localDay(o.timeMs);
        startMs = opts.timeZone.toUtc(startDay * DAY_MS);
      }
      const t = (o.timeMs - startMs) / DAY_MS;
      lastT = t;
      const shop = finalIndex(shopMap, o.shop, shops, shopNames[o.shop]);
      const market = finalIndex(marketMap, o.market, markets, marketNames[o.market]);
      if (o.lines > fSku.length) {
        fSku = new Int32Array(o.lines * 2);
        fShop = new Int32Array(o.lines * 2);
      }
      let json = `[${t},${shop},${market},${o.returned < 0 ? 'null' : o.returned},${Number.isNaN(o.deliveryMs) ? 'null' : (o.deliveryMs - o.timeMs) / DAY_MS},[`;
      for (let l = 0; l < o.lines; l++) {
        const k = finalIndex(skuMap, o.sku[l], skus, o.sku[l]);
        const s = finalIndex(shopMap, o.lineShop[l], shops, shopNames[o.lineShop[l]]);
        fSku[l] = k;
        fShop[l] = s;
        prices.add(k, o.price[l]);
        json += `${l === 0 ? '' : ','}[${k},${s},${o.units[l]},${o.price[l]}]`;
      }
      text += `${json}]]\n`;
      summary.addOrder(shop, opts.timeZone.localDay(o.timeMs) - startDay, market, o.returned, fSku, fShop, o.units, o.price, o.lines);
      orders++;
      lines += o.lines;
      if (text.length > 1 << 16) {
        if (!gzip.write(text)) await once(gzip, 'drain');
        text = '';
      }
    }
    gzip.end(text);
    await bodyDone;
    if (orders === 0) throw new ImportError([...bad.problems, fileProblem('no-rows', name, historyMsg.noRows(bad.problems.length))]);

    // ---- write
    const problems = sortProblems(bad.problems);
    const skipped = problems.length;
    const source = { file: basename(opts.input), sha256: read.sha256, rows: read.rows, importedRows: read.rows - skipped, skippedRows: skipped };
    const days = Math.max(1, Math.ceil(lastT));
    const start = new Date(startMs).toISOString();
    const header: OrderHistoryHeader = {
      format: HISTORY_FORMAT,
      version: HISTORY_VERSION,
      source,
      timeZone: opts.timeZone.name,
      start,
      days,
      orders,
      lines,
      shops,
      markets,
      skus: skus.map((first, k) => ({ sku: skuNames[first], category: a.skuCategory[first], medianPrice: prices.median(k) })),
      orderFields: ORDER_FIELDS,
      lineFields: LINE_FIELDS,
    };
    const built = summary.build({
      source,
      output: opts.out,
      timeZone: opts.timeZone.name,
      start,
      firstDay: isoDate(startDay),
      days,
      inTimeOrder: runs.stats.inFileOrder,
      shops,
      markets,
      skus: skus.map((first) => skuNames[first]),
      skippedByKind: bad.byKind,
      problems: problems.map((p) => ({ ...p, message: formatProblem(p) })),
    });
    writeFileAtomic(opts.out, [gzipSync(`${JSON.stringify(header)}\n`), { file: bodyPath }], opts.force);
    writeFileAtomic(opts.summaryOut, [`${JSON.stringify(built, null, 2)}\n`], opts.force);
    return { summary: built, problems, runs: runs.stats };
  } finally {
    gzip?.destroy();
    body?.destroy();
    runs.dispose();
    rmSync(bodyPath, { force: true });
  }
}
