/**
 * The data a benchmark run produces: one {@link BenchRecord} per task, plus the machine it
 * ran on. A results file (`bench/results/*.json`, `bench/baseline.json`) is a
 * {@link ResultsFile}; `--compare` reads two of them.
 */

/** Schema version of the results file; bump when a field changes meaning. */
export const RESULTS_SCHEMA_VERSION = 1;

/** What a task's latencies were measured with: wall-clock time or this process's CPU time. */
export type Clock = 'wall' | 'cpu';

/** The machine and build a run happened on. */
export interface MachineInfo {
  host: string;
  cpuModel: string;
  /** Logical cores reported by the OS. */
  cores: number;
  totalMemoryMB: number;
  platform: string;
  arch: string;
  nodeVersion: string;
  v8Version: string;
  /** `git rev-parse HEAD` of the checkout, with `-dirty` when it had uncommitted changes. */
  commit: string;
  /** ISO 8601 time the run started. */
  date: string;
  /** True for `--quick` runs (fewer samples, smaller sizes for the slow suites). */
  quick: boolean;
  /** The default clock of the run (`--clock`); a record may override it. */
  clock: Clock;
  /** 1-minute load average when the run started (other processes compete for the cores). */
  loadAverage: number;
}

/**
 * One benchmark task's figures. Latencies are per iteration (one call of the task body,
 * which does `unitsPerIteration` units of work, e.g. 200,000 events).
 */
export interface BenchRecord {
  /** Suite (file) the task belongs to: `kernel`, `random`, `allocator`, `router`, `e2e`, `memory`, `import`, `large`. */
  suite: string;
  /** Task name, unique within its suite. */
  name: string;
  /** The domain unit counted in `opsPerSecond`: `events`, `customers`, `draws`, `streams`, `decisions`, `orders`, `replications`, `lines`, `skus`. */
  unit: string;
  /** Units of work one iteration performs. */
  unitsPerIteration: number;
  /** Number of timed iterations (tinybench samples). */
  samples: number;
  /** Median iteration latency, ms. */
  medianMs: number;
  /** 99th percentile iteration latency, ms (the maximum when there are fewer than 100 samples). */
  p99Ms: number;
  /** The clock the latencies were measured with. */
  clock: Clock;
  /** Relative margin of error of the mean latency, % (95% t interval, from tinybench). */
  rmePercent: number;
  /** Throughput in `unit`s per second at the median latency: `unitsPerIteration / medianMs · 1000`. */
  opsPerSecond: number;
  /** Name of the task in the same suite and run this one is compared with (e.g. the bare loop). */
  baseline?: string;
  /** `opsPerSecond / baseline's opsPerSecond` (> 1: faster than the baseline). */
  ratio?: number;
  /** Peak resident set size, MB (memory, import and large suites). */
  peakRssMB?: number;
  /** Why the task did not run (e.g. SimPy not installed); the figures are then 0. */
  skipped?: string;
  /** The task's parameters as data (e.g. `{ pending: 1000, variant: 'engine' }`), for charts. */
  params?: Record<string, number | string>;
  /** Free-form detail worth keeping (a sanity figure such as the M/M/1 mean wait). */
  note?: string;
}

/** A whole run, as written to `bench/results/<date>-<host>.json`. */
export interface ResultsFile {
  schemaVersion: number;
  meta: MachineInfo;
  records: BenchRecord[];
}
