import { METRIC_NAMES, type MetricName } from '../../model/result.js';
import type { Results } from '../../results/types.js';
import { tQuantile } from '../../engine/stats/student-t.js';
import { suggest } from '../../scenario/did-you-mean.js';
import { ExperimentUsageError } from '../errors.js';
import { badTarget, unknownMetric } from '../messages.js';

/**
 * A precision goal: every setup's 95% CI half-width of `metric` at most `halfWidth`
 * (absolute, in the metric's unit) or, when `relative`, at most `halfWidth` × |mean|.
 */
export interface PrecisionTarget {
  metric: MetricName;
  halfWidth: number;
  relative: boolean;
  text: string;
}

/**
 * Parses `--target-precision metric=±x` (also `+-x`, plain `x`, or `x%` for relative).
 *
 * @throws {ExperimentUsageError} for a malformed spec or an unknown metric
 * @example
 * parseTarget('fulfilmentDaysMean=±0.05'); // { metric: 'fulfilmentDaysMean', halfWidth: 0.05, relative: false }
 * parseTarget('onTimeRate=±1%'); // { metric: 'onTimeRate', halfWidth: 0.01, relative: true }
 */
export function parseTarget(spec: string): PrecisionTarget {
  const m = /^\s*([A-Za-z0-9]+)\s*=\s*(?:±|\+-|\+\/-)?\s*(\d+(?:\.\d*)?|\.\d+)\s*(%?)\s*$/.exec(spec);
  if (!m) throw new ExperimentUsageError(badTarget(spec), { target: spec });
  const metric = m[1];
  if (!(METRIC_NAMES as readonly string[]).includes(metric)) {
    throw new ExperimentUsageError(unknownMetric(metric, suggest(metric, METRIC_NAMES)), { target: spec });
  }
  const value = Number(m[2]);
  if (!(value > 0)) throw new ExperimentUsageError(badTarget(spec), { target: spec });
  const relative = m[3] === '%';
  return { metric: metric as MetricName, halfWidth: relative ? value / 100 : value, relative, text: spec.trim() };
}

/** The half-width a target asks for, given the current mean (relative targets scale with it). */
function allowed(t: PrecisionTarget, mean: number): number {
  return t.relative ? t.halfWidth * Math.abs(mean) : t.halfWidth;
}

/** True when every setup meets every target (a setup with n < 2 never does). */
export function targetsMet(r: Results, targets: readonly PrecisionTarget[]): boolean {
  for (const t of targets) {
    for (const s of Object.values(r.setups)) {
      const x = s.summary[t.metric];
      if (x.ci95 === null || x.mean === null) return false;
      if ((x.ci95[1] - x.ci95[0]) / 2 > allowed(t, x.mean)) return false;
    }
  }
  return true;
}

/**
 * How many replications in total the next batch should bring the study to.
 *
 * For each target and setup, the sample-size estimate n* = ⌈(t(0.975, n−1) · s / h)²⌉
 * (Law & Kelton §9.4.1, the "approximate" replication count; s the current sd, h the target
 * half-width), taking the largest. The total grows by at least ⌈n/2⌉ (so a noisy early
 * estimate cannot stall the loop in one-replication steps) and at most to `maxReps`.
 * A deterministic function of the results, so the replication count does not depend on the
 * worker count.
 */
export function nextTotal(r: Results, targets: readonly PrecisionTarget[], maxReps: number): number {
  const n = r.replications;
  let need = n;
  for (const t of targets) {
    for (const s of Object.values(r.setups)) {
      const x = s.summary[t.metric];
      if (x.sd === null || x.mean === null || x.n < 2) continue;
      const h = allowed(t, x.mean);
      if (h <= 0) return maxReps;
      need = Math.max(need, Math.ceil(((tQuantile(0.975, x.n - 1) * x.sd) / h) ** 2));
    }
  }
  return Math.min(maxReps, Math.max(need, n + Math.ceil(n / 2), n + 1));
}
