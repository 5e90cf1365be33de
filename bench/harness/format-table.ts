import type { BenchRecord } from './types.js';
import { recordKey, type Comparison } from './compare.js';

/**
 * Formats a rate with an SI prefix and three significant digits.
 * @example formatRate(5_230_000) // '5.23 M'
 */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return '-';
  const prefixes: Array<[number, string]> = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [scale, prefix] of prefixes) {
    if (perSecond >= scale) return `${(perSecond / scale).toPrecision(3)} ${prefix}`;
  }
  return perSecond.toPrecision(3);
}

/**
 * Formats a duration given in milliseconds with a unit that keeps 3 significant digits.
 * @example formatDuration(0.0123) // '12.3 µs'
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '-';
  if (ms < 1e-3) return `${(ms * 1e6).toPrecision(3)} ns`;
  if (ms < 1) return `${(ms * 1e3).toPrecision(3)} µs`;
  if (ms < 1e3) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1e3).toPrecision(3)} s`;
}

/**
 * Formats a ratio as a multiplier.
 * @example formatRatio(0.6666) // '0.667×'
 */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio) || ratio <= 0) return '';
  return `${ratio.toPrecision(3)}×`;
}

/**
 * Formats a signed percentage change.
 * @example formatChange(-0.2) // '-20.0%'
 */
export function formatChange(change: number): string {
  const sign = change > 0 ? '+' : '';
  return `${sign}${(change * 100).toFixed(1)}%`;
}

const HEADERS = ['suite', 'task', 'median', 'p99', 'ops/s', 'unit', '±rme', 'clock', 'vs baseline'];

/**
 * Renders records as a fixed-width text table: median and p99 iteration latency, throughput
 * in the task's unit, relative margin of error, the clock, and the ratio to the baseline task of the
 * same run. With a comparison, adds the change against the older run and flags regressions.
 * O(rows · columns).
 * @example console.log(formatTable(records));
 */
export function formatTable(records: readonly BenchRecord[], comparison?: Comparison): string {
  const headers = comparison ? [...HEADERS, 'vs old'] : HEADERS;
  const changeByKey = new Map(comparison?.rows.map((row) => [row.key, row]));
  const rows = records.map((r) => {
    const cells = r.skipped
      ? [r.suite, r.name, 'skipped', '', '', '', '', '', r.skipped]
      : [
          r.suite,
          r.name,
          formatDuration(r.medianMs),
          formatDuration(r.p99Ms),
          formatRate(r.opsPerSecond),
          r.peakRssMB !== undefined ? `${r.unit}, ${r.peakRssMB.toFixed(0)} MB RSS` : r.unit,
          `${r.rmePercent.toFixed(1)}%`,
          r.clock,
          r.baseline ? `${formatRatio(r.ratio)} ${r.baseline}` : '',
        ];
    if (comparison) {
      const row = changeByKey.get(recordKey(r));
      cells.push(row ? describeRow(row) : 'new');
    }
    return cells;
  });
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function describeRow(row: Comparison['rows'][number]): string {
  const time = `${formatChange(row.slowdown)} time${row.flagged ? ' SLOWER' : ''}`;
  if (row.rssGrowth === undefined) return time;
  return `${time}, ${formatChange(row.rssGrowth)} RSS${row.rssFlagged ? ' LARGER' : ''}`;
}
