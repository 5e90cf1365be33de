/**
 * Exact quantiles of a stream of values (prices, lines per order) in memory that grows with
 * the number of distinct values, not with the number of values: a count per distinct value.
 * Past `maxDistinct` distinct values, values are rounded to 4 significant digits (prices:
 * within 0.05 %), which bounds the map at about 9,000 keys per power of ten.
 */

/** Rounds to 4 significant digits. */
function round4(v: number): number {
  return v === 0 ? 0 : Number(v.toPrecision(4));
}

/**
 * Counts of values.
 * @example
 * const c = new ValueCounts(); c.add(3); c.add(1); c.add(3);
 * c.quantile(0.5); // 3
 */
export class ValueCounts {
  private counts = new Map<number, number>();
  private rounded = false;
  private n = 0;
  private total = 0;
  private sorted: Array<[number, number]> | undefined;

  constructor(private readonly maxDistinct = 10_000) {}

  /** Adds `weight` occurrences of `v`. O(1) amortised. */
  add(v: number, weight = 1): void {
    const key = this.rounded ? round4(v) : v;
    this.counts.set(key, (this.counts.get(key) ?? 0) + weight);
    this.n += weight;
    this.total += v * weight;
    this.sorted = undefined;
    if (!this.rounded && this.counts.size > this.maxDistinct) {
      this.rounded = true;
      const old = this.counts;
      this.counts = new Map();
      for (const [k, c] of old) this.counts.set(round4(k), (this.counts.get(round4(k)) ?? 0) + c);
    }
  }

  /** Number of values added. */
  get count(): number {
    return this.n;
  }

  /** Mean of the values added (exact, rounding aside), NaN when empty. */
  get mean(): number {
    return this.n === 0 ? NaN : this.total / this.n;
  }

  /** True when values have been rounded to 4 significant digits. */
  get approximate(): boolean {
    return this.rounded;
  }

  /** (value, count) pairs in increasing value. */
  entries(): ReadonlyArray<readonly [number, number]> {
    this.sorted ??= [...this.counts].sort((a, b) => a[0] - b[0]);
    return this.sorted;
  }

  /**
   * The `p`-quantile by the nearest-rank rule (the smallest value with at least p·n values
   * at or below it; Hyndman & Fan type 1), NaN when empty. The median of an even count is
   * the lower middle value, so it is always a value that occurred. O(distinct) per call.
   */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    const rank = Math.max(1, Math.ceil(p * this.n));
    let seen = 0;
    for (const [v, c] of this.entries()) {
      seen += c;
      if (seen >= rank) return v;
    }
    return this.entries()[this.entries().length - 1][0];
  }
}

/**
 * The median price of each SKU, cheaply for the common case of one price per SKU: the first
 * price and its count sit in typed arrays; a map of counts is made only for a SKU that is
 * sold at a second price.
 */
export class SkuPrices {
  private first = new Float64Array(1024);
  private firstCount = new Float64Array(1024);
  private more = new Map<number, ValueCounts>();

  /** Records one line of `sku` at `price` (weighted by lines, not units). */
  add(sku: number, price: number): void {
    if (sku >= this.first.length) {
      const size = Math.max(sku + 1, this.first.length * 2);
      const f = new Float64Array(size);
      f.set(this.first);
      const c = new Float64Array(size);
      c.set(this.firstCount);
      this.first = f;
      this.firstCount = c;
    }
    if (this.firstCount[sku] === 0) {
      this.first[sku] = price;
      this.firstCount[sku] = 1;
      return;
    }
    const counts = this.more.get(sku);
    if (counts) counts.add(price);
    else if (price === this.first[sku]) this.firstCount[sku]++;
    else {
      const c = new ValueCounts(1000);
      c.add(this.first[sku], this.firstCount[sku]);
      c.add(price);
      this.more.set(sku, c);
    }
  }

  /** The median unit price of `sku` over its lines, NaN when it had none. */
  median(sku: number): number {
    const counts = this.more.get(sku);
    if (counts) return counts.quantile(0.5);
    return sku < this.first.length && this.firstCount[sku] > 0 ? this.first[sku] : NaN;
  }
}
