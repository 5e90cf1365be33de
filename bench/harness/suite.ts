import type { BenchRecord, Clock } from './types.js';

/** What every suite gets from the orchestrator. */
export interface SuiteContext {
  /** `--quick`: fewer samples and smaller sizes for the slow tasks, so the run fits in a minute. */
  quick: boolean;
  /**
   * What tinybench's timer reads: `wall` (performance.now) or `cpu` (this process's user +
   * system CPU time, steadier on a shared machine). Multi-threaded and child-process tasks
   * always use wall time.
   */
  clock: Clock;
  /** Progress line on stderr (the table goes to stdout). */
  log: (line: string) => void;
}

/** A benchmark suite: one file per hot path (`bench/<name>.bench.ts`). */
export interface Suite {
  name: string;
  /** One line: what the suite measures and in which unit. */
  description: string;
  run(ctx: SuiteContext): Promise<BenchRecord[]>;
}

/**
 * Fills `ratio` of every record that names a `baseline` task of the same suite:
 * `opsPerSecond / baseline.opsPerSecond`. Records whose baseline is missing or skipped keep
 * no ratio. O(n).
 * @example attachRatios(records); // kernel 'mm1 (engine)' gets ratio vs 'mm1 (bare loop)'
 */
export function attachRatios(records: BenchRecord[]): BenchRecord[] {
  const byKey = new Map(records.map((r) => [`${r.suite}/${r.name}`, r]));
  for (const r of records) {
    if (!r.baseline || r.skipped) continue;
    const base = byKey.get(`${r.suite}/${r.baseline}`);
    if (base && !base.skipped && base.opsPerSecond > 0) r.ratio = r.opsPerSecond / base.opsPerSecond;
  }
  return records;
}

/** A record for a task that could not run, with the reason shown in the table. */
export function skippedRecord(suite: string, name: string, unit: string, reason: string): BenchRecord {
  return {
    suite,
    name,
    unit,
    unitsPerIteration: 0,
    samples: 0,
    medianMs: 0,
    clock: 'wall',
    p99Ms: 0,
    rmePercent: 0,
    opsPerSecond: 0,
    skipped: reason,
  };
}
