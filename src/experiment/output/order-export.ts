/**
 * The synthetic order stream of one replication as an order-export CSV — what a seller's back
 * office exports, and what `poolsim import orders` reads by default — so that the round trip
 * export → import → replay can be tested and users see the import format by example.
 *
 * Steps of `writeOrderExport`:
 *  1. the settings: the scenario's baseline setup (the stream depends only on seed,
 *     replication and demand settings, never on the setup: common random numbers), its
 *     catalogue and static model (`setupInputs`, for the market index,
 *     the line cap and the run's end), exactly as `simulateSetup` builds them;
 *  2. an `OrderStream` with the options a run gives it (u_max over all setups);
 *  3. the shops' arrivals merged by time without a simulation — repeated minimum over the
 *     shops (they are few; ties: the shop listed first) — each order drawn into one
 *     `OrderPool` slot (alloc, fill, read, release), kept iff keepU < (1 + 0)/(1 + u_max):
 *     exactly the orders of a setup without search-badge uplift (all of them when u_max = 0);
 *  4. orders placed in [0, warmup + horizon), the end of the measured window: what the run
 *     places after it, while it drains, is not exported;
 *  5. one CSV row per order line, the lines of an order together, orders in time order.
 *
 * The export is streamed to a sink in pieces (memory O(catalogue), not O(orders)).
 */
import { CATEGORIES } from '../../scenario/categories.js';
import type { Scenario, Setup } from '../../scenario/schema.js';
import { OrderPool } from '../../model/orders/order-pool.js';
import { maxUplift, setupInputs } from '../../model/replication.js';
import { csvField } from './csv.js';

/** The header of an order export, in column order: the import's default names, plus `category`. */
export const ORDER_EXPORT_HEADER = ['order_id', 'shop_id', 'order_time', 'sku', 'quantity', 'unit_price', 'country', 'category'] as const;

/** Digits of the zero-padded serial in `order_id` (`O00000001`; longer past 99,999,999 orders). */
export const ORDER_ID_DIGITS = 8;
/** Digits of the zero-padded SKU number in `sku` (`SKU-00001` = popularity rank 1). */
export const SKU_DIGITS = 5;

const DAY_MS = 86_400_000;

/** Where the CSV text goes, piece by piece (an `AtomicFileWriter`, or a string builder in tests). */
export interface TextSink {
  write(text: string): void;
}

export interface OrderExportOptions {
  /** Replication index (0-based): the substreams of `substream(seed, replication, …)`. */
  replication: number;
  /** Milliseconds since the epoch of day 0 (00:00 UTC of the start date). */
  startMs: number;
}

/** What an export wrote: orders, CSV rows (order lines) and the days it covers (warm-up + horizon). */
export interface OrderExportCounts {
  orders: number;
  lines: number;
  days: number;
}

/**
 * The setup whose settings the export uses: the baseline (`scenario.baseline`), else the
 * first setup. Any setup gives the same orders when the setups share their demand and
 * catalogue settings, as a study's setups do.
 * @example exportSetupOf(scenario).name; // 'unmerged'
 */
export function exportSetupOf(scenario: Scenario): Setup {
  return scenario.setups.find((s) => s.name === scenario.baseline) ?? scenario.setups[0];
}

/** `SKU-` + the SKU index + 1 (its popularity rank), zero-padded: index 0 → `SKU-00001`. */
export const skuCode = (index: number): string => `SKU-${String(index + 1).padStart(SKU_DIGITS, '0')}`;

/** `O` + the 1-based serial, zero-padded: 1 → `O00000001`. */
export const orderId = (serial: number): string => `O${String(serial).padStart(ORDER_ID_DIGITS, '0')}`;

/**
 * An order time as ISO 8601 UTC with milliseconds: `t` days after `startMs`, truncated to the
 * millisecond (so an order never moves into the next day).
 * @example orderTime(0.5, Date.UTC(2026, 0, 1)); // '2026-01-01T12:00:00.000Z'
 */
export const orderTime = (t: number, startMs: number): string => new Date(startMs + Math.floor(t * DAY_MS)).toISOString();

/**
 * Writes the order export of replication `o.replication` of `scenario` to `sink`: the header
 * row, then one row per order line (see the module comment for which orders, and
 * docs/cli.md, poolsim export orders, for the columns). `unit_price` is written with
 * `String(x)`, the shortest text that reads back as the same double, so an import recovers
 * the catalogue price exactly. Same (scenario, options) ⇒ the same bytes.
 * O(catalogue + lines) time, O(catalogue) memory.
 *
 * @throws ModelInputError when the baseline setup cannot be built (as a run would)
 * @example
 * let text = '';
 * const counts = writeOrderExport(scenario, { replication: 0, startMs: Date.UTC(2026, 0, 1) }, { write: (s) => (text += s) });
 */
export function writeOrderExport(scenario: Scenario, o: OrderExportOptions, sink: TextSink): OrderExportCounts {
  // 1. the settings
  const setup = exportSetupOf(scenario);
  const upliftMax = maxUplift(scenario);
  // 2. the stream a run of this setup reads
  const { catalogue, model, stream } = setupInputs(scenario, setup, o.replication, upliftMax);
  const keepBelow = (1 + 0) / (1 + upliftMax);
  const end = model.measureTo;

  // text of every id once, not per row
  const shopText = setup.shops.map((s) => csvField(s.id));
  const marketText = model.marketIds.map((id) => csvField(id));
  const U = catalogue.skuCount;
  const skuText = Array.from({ length: U }, (_, k) => csvField(skuCode(k)));
  const priceText = Array.from(catalogue.price, (p) => csvField(p));
  const categoryText = Array.from(catalogue.category, (c) => csvField(CATEGORIES[c]));

  sink.write(`${ORDER_EXPORT_HEADER.join(',')}\n`);
  // 3. merge the shops' arrivals by time
  const S = setup.shops.length;
  const next = new Float64Array(S);
  for (let i = 0; i < S; i++) next[i] = stream.next(i, 0);
  const pool = new OrderPool(2 * model.lineCap, 1);
  let orders = 0;
  let lines = 0;
  for (;;) {
    let shop = 0;
    for (let i = 1; i < S; i++) if (next[i] < next[shop]) shop = i;
    const t = next[shop];
    // 4. the end of the measured window (every other shop's next order is at t or later)
    if (!(t < end)) break;
    const slot = pool.alloc();
    stream.fill(shop, slot, pool);
    if (pool.keepU[slot] < keepBelow) {
      // 5. the order's rows
      const head = `${orderId(++orders)},`;
      const time = orderTime(t, o.startMs);
      const country = marketText[pool.market[slot]];
      const n = pool.lineCount[slot];
      const base = slot * pool.lineStride;
      let rows = '';
      for (let l = base; l < base + n; l++) {
        const sku = pool.lineSku[l];
        rows += `${head}${shopText[pool.lineShop[l]]},${time},${skuText[sku]},${pool.lineUnits[l]},${priceText[sku]},${country},${categoryText[sku]}\n`;
      }
      lines += n;
      sink.write(rows);
    }
    pool.release(slot);
    next[shop] = stream.next(shop, t);
  }
  return { orders, lines, days: end };
}
