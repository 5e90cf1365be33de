/**
 * A fixed-bin histogram for streaming quantiles: bin i counts values in [i·w, (i+1)·w);
 * the last bin is open (it also counts everything beyond). O(1) per value, O(bins) memory.
 */
export class FixedHistogram {
  readonly counts: Float64Array;
  /** Number of values added. */
  total = 0;

  /**
   * @param binWidth width of a bin, in the unit of the values (days for fulfilment times)
   * @param bins number of bins; the last is open-ended
   * @example const h = new FixedHistogram(0.05, 2400); // 0.05-day bins up to 120 days
   */
  constructor(
    readonly binWidth: number,
    bins: number,
  ) {
    this.counts = new Float64Array(bins);
  }

  /** Adds one value (negative values count in bin 0). */
  add(value: number): void {
    let i = Math.floor(value / this.binWidth);
    if (i < 0) i = 0;
    else if (i >= this.counts.length) i = this.counts.length - 1;
    this.counts[i]++;
    this.total++;
  }

  /**
   * The p-quantile (0 ≤ p ≤ 1), interpolated linearly inside the bin that holds it, so the
   * error is at most one bin width (except in the open last bin, whose lower edge is
   * returned). NaN when empty. O(bins).
   * @example h.quantile(0.9)
   */
  quantile(p: number): number {
    if (this.total === 0) return NaN;
    const rank = p * this.total;
    let cum = 0;
    const last = this.counts.length - 1;
    for (let i = 0; i <= last; i++) {
      const c = this.counts[i];
      if (c > 0 && cum + c >= rank) {
        if (i === last) return i * this.binWidth;
        return (i + (rank - cum) / c) * this.binWidth;
      }
      cum += c;
    }
    return last * this.binWidth;
  }
}
