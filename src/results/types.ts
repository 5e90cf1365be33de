/**
 * results.json: the contract between simulation and reports (`docs/results.md`,
 * `schema/results.schema.json`). Written by `src/experiment/`, read by `src/report/`.
 * Plain data only; the report layer imports these types and nothing else of the simulation.
 */
import type { MarketRow, MetricName, MonthlyRow, SetupSeries } from '../model/result.js';

export type { MarketRow, MetricName, MonthlyRow, SetupSeries };

export const RESULTS_SCHEMA_VERSION = 1;

/**
 * JSON has no NaN: `null` stands where a value could not be computed (a mean over zero
 * deliveries, a spread from one replication). `Nullable<T>` makes T's numbers `number | null`.
 */
export type Nullable<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] };

/**
 * Mean, standard deviation, 95% Student-t confidence interval and count over replications.
 * n counts replications with a finite value; sd and ci95 are null for n < 2, mean for n = 0.
 */
export interface MetricSummary {
  mean: number | null;
  sd: number | null;
  ci95: [number, number] | null;
  n: number;
}

/** Monthly row aggregated over replications: means, plus CI of the net margin (null for n < 2). */
export interface MonthlySummaryRow extends Nullable<MonthlyRow> {
  month: number;
  /** Length of the month in days: 30, or less for a partial last month (never null). */
  days: number;
  netMarginCi95: [number, number] | null;
}

export interface SetupResults {
  mode: 'merged' | 'unmerged';
  /** Router policy used by the setup (merged setups), for charts that compare policies. */
  router?: string;
  summary: Record<MetricName, MetricSummary>;
  /** One row of metrics per replication, in replication order (null: not computable in that replication). */
  replications: Array<Record<MetricName, number | null>>;
  /** Monthly rows averaged over replications. */
  monthly: MonthlySummaryRow[];
  /** Per market rows averaged over replications. */
  byMarket: Array<Nullable<MarketRow> & { market: string }>;
  /** Daily series averaged over replications, and the fulfilment histogram summed over them. */
  series: { [K in keyof SetupSeries]: SetupSeries[K] extends number[] ? Array<number | null> : SetupSeries[K] } & {
    /** Quantiles of fulfilment time from the pooled histogram of all replications (null: no delivery). */
    pooledFulfilmentQuantiles: { p50: number | null; p90: number | null; p95: number | null };
  };
}

export interface Comparison {
  metric: MetricName;
  setup: string;
  baseline: string;
  /** Mean of per-replication differences setup − baseline (null: no replication had both values). */
  meanDiff: number | null;
  /** 95% t interval of meanDiff (null for fewer than two pairs). */
  ci95: [number, number] | null;
  /** meanDiff ÷ baseline mean (null when the baseline mean is 0). */
  relativeChange: number | null;
}

export interface Results {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  tool: { name: string; version: string };
  scenario: { name: string; sha256: string; file: string; description?: string };
  seed: number | string;
  replications: number;
  /** Replication indices included (all of 0..n−1 unless partial or sharded). */
  replicationIndices: number[];
  horizonDays: number;
  warmupDays: number;
  baseline: string;
  /** Every parameter that shaped the result: the resolved scenario (seller, eligibility, setups). */
  assumptions: Record<string, unknown>;
  setups: Record<string, SetupResults>;
  comparisons: Comparison[];
  /** Present for one point of a sweep: the parameters varied and their values here. */
  sweepPoint?: Record<string, unknown>;
  /** Timing and completeness; the only block allowed to differ between identical runs. */
  run: { startedAt: string; wallSeconds: number; workers: number; partial: boolean; shard?: string };
}
