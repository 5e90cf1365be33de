/**
 * results.json: the contract between simulation and reports (`docs/results.md`,
 * `schema/results.schema.json`). Written by `src/experiment/`, read by `src/report/`.
 * Plain data only; the report layer imports these types and nothing else of the simulation.
 */
import type { MarketRow, MetricName, MonthlyRow, SetupSeries } from '../model/result.js';

export type { MarketRow, MetricName, MonthlyRow, SetupSeries };

export const RESULTS_SCHEMA_VERSION = 1;

/** Mean, standard deviation, 95% Student-t confidence interval and count over replications. */
export interface MetricSummary {
  mean: number;
  sd: number;
  ci95: [number, number];
  n: number;
}

/** Monthly row aggregated over replications: means, plus CI of the net margin. */
export interface MonthlySummaryRow extends MonthlyRow {
  netMarginCi95: [number, number];
}

export interface SetupResults {
  mode: 'merged' | 'unmerged';
  /** Router policy used by the setup (merged setups), for charts that compare policies. */
  router?: string;
  summary: Record<MetricName, MetricSummary>;
  /** One row of metrics per replication, in replication order. */
  replications: Array<Record<MetricName, number>>;
  /** Monthly rows averaged over replications. */
  monthly: MonthlySummaryRow[];
  /** Per market rows averaged over replications. */
  byMarket: MarketRow[];
  /** Daily series averaged over replications, and the fulfilment histogram summed over them. */
  series: SetupSeries & {
    /** Quantiles of fulfilment time from the pooled histogram of all replications. */
    pooledFulfilmentQuantiles: { p50: number; p90: number; p95: number };
  };
}

export interface Comparison {
  metric: MetricName;
  setup: string;
  baseline: string;
  /** Mean of per-replication differences setup − baseline. */
  meanDiff: number;
  ci95: [number, number];
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
