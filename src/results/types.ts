/**
 * results.json: the contract between simulation and reports (`docs/results.md`,
 * `schema/results.schema.json`). Written by `src/experiment/`, read by `src/report/`.
 * Plain data only; the report layer imports these types and nothing else of the simulation.
 */
import type { FailureDaily, FailureMetric, MarketRow, MetricName, MonthlyRow, OnboardingStageRow, SetupSeries, TransitionReplication } from '../model/result.js';

export type { FailureDaily, FailureMetric, MarketRow, MetricName, MonthlyRow, OnboardingStageRow, SetupSeries, TransitionReplication };
export { FAILURE_METRICS } from '../model/result.js';

/**
 * 2: the sell-through rates got names of their own (issue 16): the metric `sellThroughRate`
 * became `unitSellThroughRate` beside `skuSellThroughRate`; the monthly `sellThroughRate`
 * became `unitSellThrough` beside `skusInStock`, `skusSold`, `skuSellThrough`,
 * `tierSellThrough` and `tierEarned`. A version-1 file is refused, not misread.
 */
export const RESULTS_SCHEMA_VERSION = 2;

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
  series: { [K in Exclude<keyof SetupSeries, 'dailyNetMargin'>]: SetupSeries[K] extends number[] ? Array<number | null> : SetupSeries[K] } & {
    /** Net margin of each measured day (mean over replications); absent in files of earlier versions. */
    dailyNetMargin?: Array<number | null>;
    /** Quantiles of fulfilment time from the pooled histogram of all replications (null: no delivery). */
    pooledFulfilmentQuantiles: { p50: number | null; p90: number | null; p95: number | null };
  };
  /** With a `compliance` block: the SKUs whose refused lines cost most (mean sales over replications), at most 10. */
  blockedSkus?: Array<{ rank: number; sales: number }>;
  /** A merged setup with a `transition:` block: onboarding, migration and break-even. */
  transition?: TransitionResults;
  /** With a `sync:` or `inboundQc:` block: the failure board (docs/results.md, Failures). */
  failures?: FailureResults;
}

/** The failure board over replications (`failures` of a setup). */
export interface FailureResults {
  summary: Record<FailureMetric, MetricSummary>;
  /** One row per replication, in replication order (null: not computable in that replication). */
  replications: Array<Record<FailureMetric, number | null>>;
  /** Failures per measured day, mean over replications. */
  daily: FailureDaily;
}

/** Figures of a transition over replications (`transition` of a setup with a `transition:` block). */
export interface TransitionResults {
  /** Application date: measured day 0. */
  start: string;
  summary: Record<TransitionMetric, MetricSummary>;
  /** Per replication, in replication order (null: not computable). */
  replications: Array<Record<TransitionMetric, number | null> & { goLiveDate: string; wentLive: boolean }>;
  /** The onboarding of the replication with the median working days to go-live (the timeline). */
  timeline: { replication: number; goLiveDate: string; stages: OnboardingStageRow[] };
  /** Share of replications whose go-live fell inside the horizon. */
  goLiveWithinHorizon: number;
  /** Cumulative net margin of this setup − the baseline, by measured day (paired over replications). */
  cumulativeMarginDiff: { mean: Array<number | null>; ci95Low: Array<number | null>; ci95High: Array<number | null> };
  /**
   * Break-even: the first day n (1-based, counted from the start) after which the cumulative
   * difference stays above zero to the end of the horizon. `day` is the median over
   * replications, `ci95` a distribution-free interval for it (order statistics); a replication
   * that never breaks even counts as later than the horizon, and a bound beyond the horizon is null.
   */
  breakEven: {
    day: number | null;
    ci95: [number | null, number | null] | null;
    withinHorizon: number;
    withinHorizonCi95: [number, number] | null;
    perReplication: Array<number | null>;
  };
}

export const TRANSITION_METRICS = [
  'workingDaysToGoLive',
  'calendarDaysToGoLive',
  'lapses',
  'rejections',
  'goLiveDay',
  'migratedUnits',
  'migratedValue',
  'migrationCost',
  'migrationDays',
  'unitsLostDuringMigration',
  'unitsDelayedDuringMigration',
  'salesShortDuringMigration',
] as const satisfies ReadonlyArray<keyof TransitionReplication>;
export type TransitionMetric = (typeof TRANSITION_METRICS)[number];

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

/** The seller's order history a study ran on (`demand.history`): where it came from and what it holds. */
export interface HistoryProvenance {
  /** The order-history file as the scenario names it. */
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  mode: 'replay' | 'bootstrap';
  /** ISO instant of day 0 of the history. */
  start: string;
  timeZone: string;
  /** Whole days the history covers. */
  days: number;
  orders: number;
  lines: number;
  shops: string[];
  /** Distinct SKUs. */
  skus: number;
  markets: string[];
}

/** The stock snapshot a study started from: where it came from and what it holds. */
export interface InitialStockProvenance {
  /** The stock snapshot as the scenario names it. */
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  /** Shop × SKU (× warehouse) rows read. */
  rows: number;
  /** Units on hand the study starts from: rows of a shop and SKU the shop sold in the history. */
  units: number;
  /** Units of the other rows (a SKU the shop did not sell in the history): left out in every setup. */
  unusedUnits: number;
}

/** The scenario block of results.json; `history` and `initialStock` only for a study on a seller's own data. */
export interface ScenarioInfo {
  name: string;
  sha256: string;
  file: string;
  description?: string;
  history?: HistoryProvenance;
  initialStock?: InitialStockProvenance;
}

/** The paired net-margin difference (setup − baseline) with an input at `factor` × the scenario's values. */
export interface SensitivityDifference {
  factor: number;
  /** Mean over the replications, US$ over the measured window (NaN-free: a failed variant is left out). */
  mean: number;
  ci95: [number, number] | null;
}

export type SensitivityInputId = 'demandLevel' | 'leadTime' | 'transitTimes' | 'returnBaseRate' | 'latenessEffect' | 'sellerCosts' | 'crossShopShare';

/** One input of the tornado. */
export interface SensitivityInputResult {
  input: SensitivityInputId;
  applicable: boolean;
  /** Why the input was not varied: all its values are 0, the orders come from `demand.history`, or there is no setup to compare. */
  reason?: 'all-zero' | 'from-history' | 'no-compared-setup';
  range: [number, number];
  /** A representative value in the scenario (mean lead time in days, orders a day, …), or null. */
  baseValue: number | null;
  low: SensitivityDifference | null;
  high: SensitivityDifference | null;
  /** |high − low| of the mean difference. */
  swing: number | null;
}

/** The break-even factor of an input: where the mean difference crosses 0. */
export interface SensitivityBreakEven {
  input: SensitivityInputId;
  found: boolean;
  factor: number | null;
  /** Where the pointwise 95% band crosses 0; a null end lies outside the factors searched. */
  ci95: [number | null, number | null] | null;
  searched: [number, number];
  evaluations: SensitivityDifference[];
}

/** What flips the verdict: one-at-a-time variation of the assumptions and break-even factors. */
export interface SensitivityResults {
  metric: 'netMargin';
  setup: string | null;
  baseline: string;
  replications: number;
  replicationIndices: number[];
  base: { mean: number; ci95: [number, number] | null };
  inputs: SensitivityInputResult[];
  breakEven: SensitivityBreakEven[];
}

export interface Results {
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  tool: { name: string; version: string };
  scenario: ScenarioInfo;
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
  /** Present when the run varied its assumptions (`poolsim run --sensitivity`, docs/sensitivity.md). */
  sensitivity?: SensitivityResults;
  /** Timing and completeness; the only block allowed to differ between identical runs. */
  run: { startedAt: string; wallSeconds: number; workers: number; partial: boolean; shard?: string };
}
