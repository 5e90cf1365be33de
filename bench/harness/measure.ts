import { Bench } from 'tinybench';
import type { BenchRecord, Clock } from './types.js';
import type { SuiteContext } from './suite.js';
import { message } from './messages.js';

/** How long and how often tinybench samples a task. */
export interface Sampling {
  /** Minimum time budget of the timed phase, ms. */
  time: number;
  /** Minimum number of timed iterations. */
  iterations: number;
  /** Warm-up iterations (JIT tiers up, arrays reach their peak size). */
  warmupIterations: number;
  /** Warm-up time budget, ms. */
  warmupTime: number;
}

/** Sampling for tasks whose iteration takes well under a second. */
export function defaultSampling(quick: boolean): Sampling {
  return quick
    ? { time: 250, iterations: 5, warmupIterations: 2, warmupTime: 50 }
    : { time: 2000, iterations: 20, warmupIterations: 5, warmupTime: 500 };
}

/** Sampling for tasks whose iteration takes seconds (whole replications). */
export function slowSampling(quick: boolean): Sampling {
  return quick
    ? { time: 0, iterations: 1, warmupIterations: 0, warmupTime: 0 }
    : { time: 0, iterations: 3, warmupIterations: 1, warmupTime: 0 };
}

/** A task to time: `fn` does `unitsPerIteration` units of work per call. */
export interface TaskSpec {
  name: string;
  unit: string;
  unitsPerIteration: number;
  fn: () => unknown;
  baseline?: string;
  sampling?: Partial<Sampling>;
  /** Forces a clock (`wall` for tasks that run threads or child processes). */
  clock?: Clock;
  /** Copied to the record (see {@link BenchRecord.params}). */
  params?: Record<string, number | string>;
}

/** This process's CPU time (user + system, all threads), ms; resolution 1 µs. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Times one task with tinybench and turns its statistics into a {@link BenchRecord}:
 * median and p99 latency per iteration, rme, and throughput at the median. Collects garbage
 * first (when node runs with `--expose-gc`) so one task's garbage is not billed to the next.
 * @throws Error when the task throws or does not complete.
 */
export async function measure(suite: string, spec: TaskSpec, ctx: SuiteContext): Promise<BenchRecord> {
  const sampling = { ...defaultSampling(ctx.quick), ...spec.sampling };
  const clock = spec.clock ?? ctx.clock;
  collectGarbage();
  const bench = new Bench({
    ...(clock === 'cpu' ? { now: cpuNow } : {}),
    name: suite,
    time: sampling.time,
    iterations: sampling.iterations,
    warmup: sampling.warmupIterations > 0,
    warmupIterations: sampling.warmupIterations,
    warmupTime: sampling.warmupTime,
    throws: true,
  });
  bench.add(spec.name, spec.fn);
  await bench.run();
  const result = bench.tasks[0].result;
  if (result.state !== 'completed') throw new Error(message.taskFailed(`${suite}/${spec.name}`, result.state));
  const medianMs = result.latency.p50;
  const record: BenchRecord = {
    suite,
    name: spec.name,
    unit: spec.unit,
    unitsPerIteration: spec.unitsPerIteration,
    samples: result.latency.samplesCount,
    medianMs,
    clock,
    p99Ms: result.latency.p99,
    rmePercent: result.latency.rme,
    opsPerSecond: medianMs > 0 ? (spec.unitsPerIteration / medianMs) * 1000 : 0,
  };
  if (spec.baseline) record.baseline = spec.baseline;
  if (spec.params) record.params = spec.params;
  ctx.log(`  ${suite}/${spec.name}: ${record.samples} samples, median ${medianMs.toFixed(2)} ms`);
  return record;
}

/**
 * Builds a record from durations measured elsewhere (e.g. by the SimPy peer, which times
 * itself to leave out interpreter start-up). Median and p99 interpolate like tinybench.
 */
export function recordFromDurations(
  suite: string,
  spec: Omit<TaskSpec, 'fn' | 'sampling' | 'clock'>,
  durationsMs: readonly number[],
  clock: Clock = 'wall',
): BenchRecord {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((s, x) => s + x, 0) / n;
  const sd = n > 1 ? Math.sqrt(sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
  // rme as tinybench defines it: 100 · t(0.975, n−1) · sd/√n / mean; t from a small table.
  const rme = n > 1 ? (100 * tCritical975(n - 1) * sd) / Math.sqrt(n) / mean : 0;
  const medianMs = quantileSorted(sorted, 0.5);
  const record: BenchRecord = {
    suite,
    name: spec.name,
    unit: spec.unit,
    unitsPerIteration: spec.unitsPerIteration,
    samples: n,
    medianMs,
    clock,
    p99Ms: quantileSorted(sorted, 0.99),
    rmePercent: rme,
    opsPerSecond: medianMs > 0 ? (spec.unitsPerIteration / medianMs) * 1000 : 0,
  };
  if (spec.baseline) record.baseline = spec.baseline;
  return record;
}

/** Linear interpolation between order statistics (type 7, as R's default and tinybench). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Two-sided 95% Student t critical values for df 1..30 (R: qt(0.975, df)); 1.96 beyond. */
function tCritical975(df: number): number {
  const table = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
    2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
  ];
  return df <= 30 ? table[df - 1] : 1.96;
}

/** Runs a full GC when node was started with `--expose-gc`; a no-op otherwise. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
