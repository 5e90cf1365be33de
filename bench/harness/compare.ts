import type { BenchRecord } from './types.js';

/** Default regression threshold of `--compare`: 15% more time per unit of work. */
export const DEFAULT_THRESHOLD = 0.15;

/** One task present, and not skipped, in both runs. */
export interface ComparisonRow {
  /** `suite/name`, see {@link recordKey}. */
  key: string;
  oldOpsPerSecond: number;
  newOpsPerSecond: number;
  /**
   * Relative change in time per unit of work: `old ops/s ÷ new ops/s − 1`. +0.20 means each
   * unit now takes 20% longer.
   */
  slowdown: number;
  /** True when `slowdown` exceeds the threshold. */
  flagged: boolean;
  /** Relative change in peak RSS (memory suite): `new ÷ old − 1`. */
  rssGrowth?: number;
  /** True when `rssGrowth` exceeds the threshold. */
  rssFlagged?: boolean;
}

/** The outcome of comparing a run with an older one. */
export interface Comparison {
  threshold: number;
  rows: ComparisonRow[];
  /** Keys of rows with `flagged` or `rssFlagged`. */
  regressions: string[];
  /** Keys in the old run missing (or skipped) in the new one, among the suites the new run ran. */
  missing: string[];
  /** Keys timed with different clocks in the two runs (wall vs cpu): not compared. */
  clockMismatch: string[];
}

/** The key that identifies a task across runs: `suite/name`. */
export function recordKey(r: Pick<BenchRecord, 'suite' | 'name'>): string {
  return `${r.suite}/${r.name}`;
}

/**
 * Compares a new run with an old one, task by task, and flags every task whose time per
 * unit of work grew by more than `threshold` (or whose peak RSS grew by more than it).
 * Meant as a guard for humans, never as a CI gate: runs on shared machines vary by several
 * percent. O(n) in the number of records.
 * @example
 * const c = compareRuns(old.records, now.records);
 * if (c.regressions.length > 0) console.warn(c.regressions.join('\n'));
 */
export function compareRuns(
  oldRecords: readonly BenchRecord[],
  newRecords: readonly BenchRecord[],
  threshold = DEFAULT_THRESHOLD,
): Comparison {
  const usable = (r: BenchRecord) => !r.skipped && r.opsPerSecond > 0;
  const byKey = new Map(newRecords.filter(usable).map((r) => [recordKey(r), r]));
  // `--suite kernel` runs one suite: the others are not missing, just not run.
  const suitesRun = new Set(newRecords.map((r) => r.suite));
  const rows: ComparisonRow[] = [];
  const missing: string[] = [];
  const clockMismatch: string[] = [];
  for (const old of oldRecords.filter(usable)) {
    const key = recordKey(old);
    const now = byKey.get(key);
    if (!now) {
      if (suitesRun.has(old.suite)) missing.push(key);
      continue;
    }
    // Wall time on a loaded machine can be twice the CPU time: such pairs say nothing.
    if ((old.clock ?? 'wall') !== now.clock) {
      clockMismatch.push(key);
      continue;
    }
    const slowdown = old.opsPerSecond / now.opsPerSecond - 1;
    const row: ComparisonRow = {
      key,
      oldOpsPerSecond: old.opsPerSecond,
      newOpsPerSecond: now.opsPerSecond,
      slowdown,
      flagged: slowdown > threshold,
    };
    if (old.peakRssMB !== undefined && now.peakRssMB !== undefined && old.peakRssMB > 0) {
      row.rssGrowth = now.peakRssMB / old.peakRssMB - 1;
      row.rssFlagged = row.rssGrowth > threshold;
    }
    rows.push(row);
  }
  const regressions = rows.filter((r) => r.flagged || r.rssFlagged).map((r) => r.key);
  return { threshold, rows, regressions, missing, clockMismatch };
}
