/**
 * Reading one row of an order export: every field checked, converted and located. The first
 * problem of a row (in column order) makes it a bad row.
 */
import type { FieldSpec } from './columns.js';
import { COUNTRY_ALIASES, countryCode } from './countries.js';
import { historyMsg } from './messages.js';
import { parseTimestamp, type ParsedTime } from './parse-time.js';
import type { ImportProblem, ProblemKind } from './problems.js';
import type { TimeZone } from './time-zone.js';

/** One good row: an order line with its order's fields. Times are instants (ms since 1970, UTC). */
export interface OrderRow {
  line: number;
  orderId: string;
  shop: string;
  sku: string;
  units: number;
  price: number;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  timeMs: number;
  /** The order time as written in the file (for messages). */
  timeText: string;
  category: string | null;
  /** 1 returned, 0 not, -1 not given. */
  returned: number;
  /** NaN when not given. */
  deliveryMs: number;
}

const INTEGER = /^\+?\d+(?:\.0*)?$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const MAX_UNITS = 2 ** 31 - 1;
const RETURNED: Readonly<Record<string, number>> = {
  true: 1, false: 0, '1': 1, '0': 0, yes: 1, no: 0, y: 1, n: 0, t: 1, f: 0, 是: 1, 否: 0,
};

/** A whole number ≥ `min` written as digits (`3`, `+3`, `3.0`), or NaN. */
export function parseUnits(text: string, min: number): number {
  if (!INTEGER.test(text)) return NaN;
  const v = Number(text);
  return v >= min && v <= MAX_UNITS ? v : NaN;
}

/** A plain decimal number (`19.9`, `.5`, `-3`), or NaN (`1,234.5`, `€5`, `1e3`, `0x10`). */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : NaN;
}

/** 1, 0 or -1 (empty) for a returned flag; NaN when it is none of the accepted words. */
export function parseReturned(text: string): number {
  if (text === '') return -1;
  return RETURNED[text.toLowerCase()] ?? NaN;
}

/**
 * Reads rows of one export: the column indices are found once from the header
 * (`resolveColumns`), every row then costs a few comparisons per field.
 */
export class OrderRowReader {
  private readonly col: Record<string, number>;
  private readonly names: string[];
  private readonly time: ParsedTime = { wallMs: 0, offsetMs: NaN };

  constructor(
    columns: ReadonlyMap<string, number>,
    header: readonly string[],
    private readonly zone: TimeZone,
    private readonly file: string,
    readonly specs: readonly FieldSpec[],
  ) {
    this.col = Object.fromEntries(columns);
    this.names = header.map((h) => h.trim());
    this.width = header.length;
  }

  /** Number of fields of the header: a row with another count is a bad row. */
  readonly width: number;

  private problem(kind: ProblemKind, line: number, field: string, got: string, expected: string): ImportProblem {
    const c = this.col[field];
    return { kind, file: this.file, line, column: c + 1, path: this.names[c] ?? field, got, expected };
  }

  private lastText = '';
  private lastInstant = NaN;

  /** The instant of a timestamp, or NaN. The lines of an order repeat its time: the last one is kept. */
  private instant(text: string): number {
    if (text === this.lastText) return this.lastInstant;
    let instant = NaN;
    if (parseTimestamp(text, this.time)) {
      instant = Number.isNaN(this.time.offsetMs) ? this.zone.toUtc(this.time.wallMs) : this.time.wallMs - this.time.offsetMs;
    }
    this.lastText = text;
    this.lastInstant = instant;
    return instant;
  }

  /**
   * The row at `line` as an order line, or the first problem with it.
   * @example reader.read(['A1', 'S1', '2026-03-01 09:30', 'K1', '2', '9.9', 'DE'], 2); // { orderId: 'A1', units: 2, … }
   */
  read(fields: readonly string[], line: number): OrderRow | ImportProblem {
    if (fields.length !== this.width) {
      return { kind: 'column-count', file: this.file, line, column: Math.min(fields.length, this.width) + 1, path: '', got: historyMsg.gotFields(fields.length), expected: historyMsg.expectedFields(this.width) };
    }
    const c = this.col;
    const text = (field: string) => (c[field] < 0 ? '' : fields[c[field]].trim());
    const orderId = text('order_id');
    if (orderId === '') return this.problem('missing-value', line, 'order_id', historyMsg.gotEmpty(), historyMsg.expectedText('an order number'));
    const shop = text('shop_id');
    if (shop === '') return this.problem('missing-value', line, 'shop_id', historyMsg.gotEmpty(), historyMsg.expectedText('a shop id'));
    const timeText = text('order_time');
    const timeMs = this.instant(timeText);
    if (Number.isNaN(timeMs)) return this.problem('bad-date', line, 'order_time', timeText === '' ? historyMsg.gotEmpty() : historyMsg.gotValue(timeText), historyMsg.expectedDate());
    const sku = text('sku');
    if (sku === '') return this.problem('missing-value', line, 'sku', historyMsg.gotEmpty(), historyMsg.expectedText('a SKU'));
    const unitsText = text('quantity');
    const units = parseUnits(unitsText, 1);
    if (Number.isNaN(units)) return this.problem('bad-quantity', line, 'quantity', unitsText === '' ? historyMsg.gotEmpty() : historyMsg.gotValue(unitsText), historyMsg.expectedQuantity());
    const priceText = text('unit_price');
    const price = parseDecimal(priceText);
    if (!(price >= 0) || !Number.isFinite(price)) return this.problem('bad-price', line, 'unit_price', priceText === '' ? historyMsg.gotEmpty() : historyMsg.gotValue(priceText), historyMsg.expectedPrice());
    const countryText = text('country');
    const country = countryCode(countryText);
    if (country === undefined) {
      return this.problem('unknown-country', line, 'country', countryText === '' ? historyMsg.gotEmpty() : historyMsg.gotValue(countryText), historyMsg.expectedCountry(COUNTRY_ALIASES[countryText.toUpperCase()]));
    }
    const categoryText = text('category');
    const returnedText = text('returned');
    const returned = parseReturned(returnedText);
    if (Number.isNaN(returned)) return this.problem('bad-returned', line, 'returned', historyMsg.gotValue(returnedText), historyMsg.expectedReturned());
    const deliveryText = text('delivery_time');
    let deliveryMs = NaN;
    if (deliveryText !== '') {
      deliveryMs = this.instant(deliveryText);
      if (Number.isNaN(deliveryMs)) return this.problem('bad-date', line, 'delivery_time', historyMsg.gotValue(deliveryText), historyMsg.expectedDate());
      if (deliveryMs < timeMs) return this.problem('delivery-before-order', line, 'delivery_time', historyMsg.gotValue(deliveryText), historyMsg.expectedAfterOrder(timeText));
    }
    return { line, orderId, shop, sku, units, price, country, timeMs, timeText, category: categoryText === '' ? null : categoryText, returned, deliveryMs };
  }

  /** The order id of a row, even a bad one ('' when it has none or the row is cut short). */
  orderIdOf(fields: readonly string[]): string {
    const c = this.col.order_id;
    return c < fields.length ? fields[c].trim() : '';
  }

  /** A problem for a good row that contradicts its order (`order-inconsistent`, `duplicate-line`, `order-split`). */
  orderProblem(kind: ProblemKind, line: number, field: string, got: string, expected: string): ImportProblem {
    return this.problem(kind, line, field, got, expected);
  }
}
