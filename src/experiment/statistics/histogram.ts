import { binnedQuantile } from '../../model/metrics/histogram.js';

/**
 * Fixed-bin histograms: bin i counts values in [i·w, (i+1)·w); the last bin is open-ended
 * (the model's `SetupSeries.fulfilmentHistogram` layout).
 */
export interface Histogram {
  binWidthDays: number;
  counts: number[];
}

/**
 * Sums histograms bin by bin (shorter ones are padded with zeros). O(total bins).
 *
 * @throws {RangeError} when bin widths differ (the model must use one width per setup)
 * @example
 * sumHistograms([{ binWidthDays: 1, counts: [1, 2] }, { binWidthDays: 1, counts: [0, 1, 4] }]);
 * // { binWidthDays: 1, counts: [1, 3, 4] }
 */
export function sumHistograms(histograms: readonly Histogram[]): Histogram {
  if (histograms.length === 0) return { binWidthDays: 0, counts: [] };
  const width = histograms[0].binWidthDays;
  let bins = 0;
  for (const h of histograms) {
    if (h.binWidthDays !== width) {
      throw new RangeError(`histogram bin widths differ (${width} vs ${h.binWidthDays})`);
    }
    bins = Math.max(bins, h.counts.length);
  }
  const counts = new Array<number>(bins).fill(0);
  for (const h of histograms) for (let i = 0; i < h.counts.length; i++) counts[i] += h.counts[i];
  return { binWidthDays: width, counts };
}

/**
 * The p-quantile of the values a histogram counts: the model's {@link binnedQuantile}
 * (linear inside the bin where the cumulative count reaches p·N; the open last bin gives its
 * lower edge, a lower bound), with `null` instead of NaN when the histogram is empty, as
 * results files want. O(bins).
 *
 * @example
 * histogramQuantile({ binWidthDays: 1, counts: [2, 2] }, 0.5); // 1
 * histogramQuantile({ binWidthDays: 1, counts: [2, 2] }, 0.25); // 0.5
 */
export function histogramQuantile(h: Histogram, p: number): number | null {
  const q = binnedQuantile(h.counts, h.binWidthDays, p);
  return Number.isNaN(q) ? null : q;
}
