/**
 * Replication statistics for the model's theory tests. A simulated estimate passes when
 * |mean − exact| < t(0.9995, R − 1) · s / √R over R independent replications: a two-sided
 * test at level 0.001, so an assertion fails by chance once in a thousand runs.
 */
import { tQuantile } from '../../../src/engine/index.js';

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function sampleSd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Half-width t(0.9995, R − 1) · s / √R of the replication mean. */
export function halfWidth(xs: readonly number[]): number {
  return (tQuantile(0.9995, xs.length - 1) * sampleSd(xs)) / Math.sqrt(xs.length);
}
