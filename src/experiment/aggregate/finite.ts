/**
 * JSON has no NaN or Infinity: results files carry `null` where the model could not compute
 * a value (e.g. a mean over zero deliveries). This is the one place that conversion happens.
 *
 * @example
 * finiteOrNull(NaN); // null
 */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * Mean of the finite values among `values`, summed in the given (replication) order so the
 * result is bit-identical whatever order replications finished in; NaN when none is finite.
 * O(n).
 */
export function finiteMean(values: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}
