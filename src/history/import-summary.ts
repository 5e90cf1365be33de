/**
 * The figures of an import a seller can check against their back office: orders and lines,
 * orders per shop and day, basket sizes, market mix, SKU popularity, cross-shop baskets,
 * prices, returns, and the rows skipped by kind. Built from the final orders (after bad
 * rows and split orders are dropped), in one pass, in memory that grows with shops × days,
 * SKUs and distinct values, not with orders.
 */
import type { ImportProblem, ProblemKind } from './problems.js';
import { ValueCounts } from './value-counts.js';

/** Quantiles given for a distribution. */
export interface Quantiles {
  min: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** A distribution of whole numbers: quantiles and the count of each value. */
export interface CountDistribution extends Quantiles {
  /** value → how often it occurred, e.g. { "1": 812, "2": 140 }. */
  counts: Record<string, number>;
}

/** What `<name>.summary.json` holds (docs/history.md, The summary). */
export interface ImportSummary {
  format: 'poolsim-import-summary';
  version: 1;
  source: { file: string; sha256: string; rows: number; importedRows: number; skippedRows: number };
  output: string;
  timeZone: string;
  start: string;
  /** Local calendar date of day 0, `YYYY-MM-DD`. */
  firstDay: string;
  /** Calendar days from the first order's day to the last order's, both included. */
  calendarDays: number;
  /** The history's `days`: ceil(last order time), at least 1. */
  days: number;
  orders: number;
  lines: number;
  units: number;
  /** Time order of the file: `true` when no order came before the one above it. */
  inTimeOrder: boolean;
  ordersPerShopDay: Array<{ shop: string; orders: number; mean: number; min: number; max: number; daily: number[] }>;
  linesPerOrder: CountDistribution;
  unitsPerLine: CountDistribution;
  markets: Array<{ market: string; orders: number; share: number; returns: { known: number; returned: number; rate: number | null } }>;
  skuPopularity: {
    skus: number;
    top10: Array<{ sku: string; units: number; share: number }>;
    /** Share of all units sold by the best-selling 10 % (and 20 %) of SKUs (at least one SKU). */
    top10PercentShare: number;
    top20PercentShare: number;
  };
  crossShopBaskets: { orders: number; share: number };
  price: Quantiles & { approximate: boolean };
  /** Orders whose `returned` is known (given on at least one line). */
  returns: { known: number; returned: number; rate: number | null };
  skipped: { rows: number; byKind: Partial<Record<ProblemKind, number>>; problems: Array<ImportProblem & { message: string }> };
}

const num = (v: number) => (Number.isFinite(v) ? v : 0);

function quantiles(c: ValueCounts): Quantiles {
  const q = (p: number) => num(c.quantile(p));
  return { min: q(0), p10: q(0.1), p25: q(0.25), p50: q(0.5), p75: q(0.75), p90: q(0.9), p99: q(0.99), max: q(1), mean: num(c.mean) };
}

function distribution(c: ValueCounts): CountDistribution {
  return { ...quantiles(c), counts: Object.fromEntries(c.entries().map(([v, n]) => [String(v), n])) };
}

/** Growable counts. */
class Counts {
  a = new Float64Array(16);
  add(i: number, by = 1): void {
    if (i >= this.a.length) {
      const b = new Float64Array(Math.max(i + 1, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
    this.a[i] += by;
  }
  get(i: number): number {
    return i < this.a.length ? this.a[i] : 0;
  }
}

/**
 * Accumulates the summary, order by order in time order.
 * @example
 * const s = new SummaryBuilder();
 * s.addOrder(0, 0, 0, -1, lines); … ; s.build({ … names and context … });
 */
export class SummaryBuilder {
  private orders = 0;
  private lines = 0;
  private units = 0;
  private readonly daily: Counts[] = [];
  private readonly shopOrders = new Counts();
  private lastDay = 0;
  private readonly linesPerOrder = new ValueCounts();
  private readonly unitsPerLine = new ValueCounts();
  private readonly marketOrders = new Counts();
  private readonly marketKnown = new Counts();
  private readonly marketReturned = new Counts();
  private readonly skuUnits = new Counts();
  private crossShop = 0;
  private readonly price = new ValueCounts();

  /**
   * One order: its shop, day (0 = the first order's local day), market, returned flag
   * (1, 0, -1) and its lines (first `n` entries of the arrays; final indices).
   */
  addOrder(shop: number, day: number, market: number, returned: number, sku: Int32Array, lineShop: Int32Array, units: Int32Array, price: Float64Array, n: number): void {
    this.orders++;
    this.lines += n;
    (this.daily[shop] ??= new Counts()).add(day);
    this.shopOrders.add(shop);
    if (day > this.lastDay) this.lastDay = day;
    this.linesPerOrder.add(n);
    this.marketOrders.add(market);
    if (returned >= 0) {
      this.marketKnown.add(market);
      this.marketReturned.add(market, returned);
    }
    let cross = false;
    for (let l = 0; l < n; l++) {
      this.units += units[l];
      this.unitsPerLine.add(units[l]);
      this.skuUnits.add(sku[l], units[l]);
      this.price.add(price[l]);
      if (lineShop[l] !== lineShop[0]) cross = true;
    }
    if (cross) this.crossShop++;
  }

  /** The summary, with the names and the import's context. */
  build(ctx: {
    source: ImportSummary['source'];
    output: string;
    timeZone: string;
    start: string;
    firstDay: string;
    days: number;
    inTimeOrder: boolean;
    shops: readonly string[];
    markets: readonly string[];
    skus: readonly string[];
    skippedByKind: Partial<Record<ProblemKind, number>>;
    problems: Array<ImportProblem & { message: string }>;
  }): ImportSummary {
    const calendarDays = this.orders === 0 ? 0 : this.lastDay + 1;
    const perShop = ctx.shops.map((shop, s) => {
      // calendarDays ≥ 1 whenever there is an order, so min is finite
      const daily = Array.from({ length: calendarDays }, (_, d) => this.daily[s]?.get(d) ?? 0);
      return { shop, orders: this.shopOrders.get(s), mean: calendarDays === 0 ? 0 : this.shopOrders.get(s) / calendarDays, min: daily.reduce((m, v) => Math.min(m, v), Infinity), max: daily.reduce((m, v) => Math.max(m, v), 0), daily };
    });
    const rate = (returned: number, known: number) => (known === 0 ? null : returned / known);
    const markets = ctx.markets
      .map((market, m) => ({
        market,
        orders: this.marketOrders.get(m),
        share: this.orders === 0 ? 0 : this.marketOrders.get(m) / this.orders,
        returns: { known: this.marketKnown.get(m), returned: this.marketReturned.get(m), rate: rate(this.marketReturned.get(m), this.marketKnown.get(m)) },
      }))
      .sort((a, b) => b.orders - a.orders || (a.market < b.market ? -1 : 1));
    const bySales = ctx.skus.map((sku, k) => ({ sku, units: this.skuUnits.get(k) })).sort((a, b) => b.units - a.units || (a.sku < b.sku ? -1 : 1));
    const shareOfTop = (fraction: number) => {
      const n = Math.max(1, Math.ceil(fraction * bySales.length));
      const top = bySales.slice(0, n).reduce((s, x) => s + x.units, 0);
      return this.units === 0 ? 0 : top / this.units;
    };
    const known = markets.reduce((s, m) => s + m.returns.known, 0);
    const returned = markets.reduce((s, m) => s + m.returns.returned, 0);
    return {
      format: 'poolsim-import-summary',
      version: 1,
      source: ctx.source,
      output: ctx.output,
      timeZone: ctx.timeZone,
      start: ctx.start,
      firstDay: ctx.firstDay,
      calendarDays,
      days: ctx.days,
      orders: this.orders,
      lines: this.lines,
      units: this.units,
      inTimeOrder: ctx.inTimeOrder,
      ordersPerShopDay: perShop,
      linesPerOrder: distribution(this.linesPerOrder),
      unitsPerLine: distribution(this.unitsPerLine),
      markets,
      skuPopularity: {
        skus: ctx.skus.length,
        top10: bySales.slice(0, 10).map((x) => ({ ...x, share: this.units === 0 ? 0 : x.units / this.units })),
        top10PercentShare: shareOfTop(0.1),
        top20PercentShare: shareOfTop(0.2),
      },
      crossShopBaskets: { orders: this.crossShop, share: this.orders === 0 ? 0 : this.crossShop / this.orders },
      price: { ...quantiles(this.price), approximate: this.price.approximate },
      returns: { known, returned, rate: rate(returned, known) },
      skipped: { rows: ctx.source.skippedRows, byKind: ctx.skippedByKind, problems: ctx.problems },
    };
  }
}
