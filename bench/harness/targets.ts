import type { BenchRecord } from './types.js';

/**
 * A performance target of issue 7, checked against the records of one run.
 * - `atLeast`/`atMost` compare `value` with `goal`;
 * - `value` is the task's ops/s, its peak RSS (MB), or, with `versus`, a ratio of ops/s:
 *   `'faster'` gives `ops(task) / ops(versus)`, `'slower'` gives `ops(versus) / ops(task)`.
 */
export interface Target {
  label: string;
  /** `suite/name` of the task measured. */
  task: string;
  value: 'opsPerSecond' | 'peakRssMB' | 'faster' | 'slower';
  /** `suite/name` of the reference task, for `faster`/`slower`. */
  versus?: string;
  goal: number;
  direction: 'atLeast' | 'atMost';
}

/** A target's outcome in one run; `value` is undefined when a task did not run. */
export interface TargetOutcome {
  label: string;
  goal: number;
  direction: Target['direction'];
  value?: number;
  met?: boolean;
  /** `value / goal` for `atLeast`, `goal / value` for `atMost`: ≥ 1 means met, with margin. */
  margin?: number;
}

/** The targets of issue 7 on this 2-core machine. */
export const TARGETS: readonly Target[] = [
  { label: 'm/m/1 engine ≥ 50× simpy', task: 'kernel/mm1 (engine)', value: 'faster', versus: 'kernel/mm1 (simpy)', goal: 50, direction: 'atLeast' },
  { label: 'm/m/1 engine within 1.5× of bare loop', task: 'kernel/mm1 (engine)', value: 'slower', versus: 'kernel/mm1 (bare loop)', goal: 1.5, direction: 'atMost' },
  { label: 'allocator ≥ 5 M single-line decisions/s', task: 'allocator/single-line 10k skus × 4 wh', value: 'opsPerSecond', goal: 5e6, direction: 'atLeast' },
  { label: 'router ≥ 1 M 3-line orders/s (nearest)', task: 'router/3-line nearest', value: 'opsPerSecond', goal: 1e6, direction: 'atLeast' },
  { label: 'router ≥ 1 M 3-line orders/s (single-first)', task: 'router/3-line single-first', value: 'opsPerSecond', goal: 1e6, direction: 'atLeast' },
  { label: 'e2e ≥ 300 k orders/s per worker (merged)', task: 'e2e/default study merged', value: 'opsPerSecond', goal: 3e5, direction: 'atLeast' },
  { label: 'e2e ≥ 300 k orders/s per worker (unmerged)', task: 'e2e/default study unmerged', value: 'opsPerSecond', goal: 3e5, direction: 'atLeast' },
  { label: '20 replications ≥ 1.7× faster on 2 workers', task: 'e2e/replications, 2 workers', value: 'faster', versus: 'e2e/replications, 1 worker', goal: 1.7, direction: 'atLeast' },
  { label: '10^7-order replication < 300 MB peak rss', task: 'memory/1e7 orders', value: 'peakRssMB', goal: 300, direction: 'atMost' },
];

/**
 * Evaluates targets against a run's records. O(targets + records).
 * @example evaluateTargets(records).filter((t) => t.met === false)
 */
export function evaluateTargets(records: readonly BenchRecord[], targets: readonly Target[] = TARGETS): TargetOutcome[] {
  const byKey = new Map(records.filter((r) => !r.skipped).map((r) => [`${r.suite}/${r.name}`, r]));
  return targets.map((t) => {
    const outcome: TargetOutcome = { label: t.label, goal: t.goal, direction: t.direction };
    const value = targetValue(t, byKey);
    if (value === undefined || !Number.isFinite(value)) return outcome;
    outcome.value = value;
    outcome.met = t.direction === 'atLeast' ? value >= t.goal : value <= t.goal;
    outcome.margin = t.direction === 'atLeast' ? value / t.goal : t.goal / value;
    return outcome;
  });
}

function targetValue(t: Target, byKey: Map<string, BenchRecord>): number | undefined {
  const task = byKey.get(t.task);
  if (!task) return undefined;
  if (t.value === 'opsPerSecond') return task.opsPerSecond;
  if (t.value === 'peakRssMB') return task.peakRssMB;
  const other = t.versus ? byKey.get(t.versus) : undefined;
  if (!other || other.opsPerSecond <= 0 || task.opsPerSecond <= 0) return undefined;
  return t.value === 'faster' ? task.opsPerSecond / other.opsPerSecond : other.opsPerSecond / task.opsPerSecond;
}

/**
 * Renders target outcomes, one per line: met / NOT MET / not measured, with the figure.
 * @example console.log(formatTargets(evaluateTargets(records)));
 */
export function formatTargets(outcomes: readonly TargetOutcome[]): string {
  return outcomes
    .map((o) => {
      if (o.value === undefined) return `  -      ${o.label}: not measured`;
      const status = o.met ? 'met   ' : 'NOT MET';
      return `  ${status} ${o.label}: ${formatFigure(o.value)} (margin ${(o.margin ?? 0).toFixed(2)}×)`;
    })
    .join('\n');
}

function formatFigure(value: number): string {
  if (value >= 1e6) return `${(value / 1e6).toPrecision(3)} M`;
  if (value >= 1e4) return `${(value / 1e3).toPrecision(3)} k`;
  return value.toPrecision(3);
}
