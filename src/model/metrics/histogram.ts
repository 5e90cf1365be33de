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
    return binnedQuantile(this.counts, this.binWidth, p, this.total);
  }
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of the values counted in fixed-width bins (bin i holds
 * [i·w, (i+1)·w), the last bin is open-ended): finds the bin where the cumulative count
 * reaches p·N and interpolates linearly inside it (values assumed uniform within a bin, the
 * usual grouped-data quantile), so the error is at most one bin width. A quantile in the
 * open last bin returns that bin's lower edge (a lower bound). NaN when nothing is counted.
 * O(bins). Serves {@link FixedHistogram.quantile} and the experiment layer's pooled
 * histograms (`histogramQuantile`); checked by `test/model/histogram.test.ts`.
 *
 * @param counts count per bin
 * @param binWidth bin width, in the unit of the values (days for fulfilment times)
 * @param p the probability, 0 ≤ p ≤ 1
 * @param total the sum of `counts` when the caller keeps it (saves a pass); summed otherwise
 * @example
 * binnedQuantile([2, 2], 1, 0.5); // 1
 * binnedQuantile([2, 2], 1, 0.25); // 0.5
 */
export function binnedQuantile(counts: ArrayLike<number>, binWidth: number, p: number, total = sumOf(counts)): number {
  if (total === 0) return NaN;
  const rank = p * total;
  let cum = 0;
  const last = counts.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = counts[i];
    if (c > 0 && cum + c >= rank) {
      if (i === last) return i * binWidth;
      return (i + (rank - cum) / c) * binWidth;
    }
    cum += c;
  }
  return last * binWidth;
}

function sumOf(counts: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  return total;
}
