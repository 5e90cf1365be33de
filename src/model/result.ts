/**
 * What one replication of one setup produces: the contract between the domain model and
 * the experiment layer. Everything here is plain data (structured-clone safe), measured
 * after the warm-up only.
 */

/** Scalar metrics of one setup in one replication. Names are part of results.json. */
export const METRIC_NAMES = [
  'ordersPlaced',
  'ordersDelivered',
  'fulfilmentDaysMean',
  'fulfilmentDaysP50',
  'fulfilmentDaysP90',
  'fulfilmentDaysP95',
  'onTimeRate',
  'fillRate',
  'backorderedUnits',
  'lostSalesUnits',
  'blockedOrders',
  'blockedUnits',
  'blockedSales',
  'splitRate',
  'parcelsPerOrder',
  'splitTimeouts',
  'warehouseWaitDaysMean',
  'returnRate',
  'returnCycleDaysMean',
  'gmv',
  'costOfGoods',
  'serviceFees',
  'splitFees',
  'commissionFees',
  'operatingCost',
  'returnLosses',
  'migrationCost',
  'netMargin',
  'inventoryTurnover',
  'unitSellThroughRate',
  'skuSellThroughRate',
  'avgOnHandUnits',
  'avgOnHandValue',
  'avgBackorderUnits',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];
export type Metrics = Record<MetricName, number>;

/**
 * One calendar month (30-day block after the warm-up) of one setup. When the horizon is not
 * a multiple of 30 days the last row is a shorter, partial month (`days` < 30): a real, short
 * settlement period, with its own fees and incentive-tier test, but not comparable with a
 * full month as it stands.
 */
export interface MonthlyRow {
  /** 1-based month index after the warm-up. */
  month: number;
  /** Length of the month in days: 30, or less for a partial last month (horizon mod 30). */
  days: number;
  gmv: number;
  unitsSold: number;
  /** Units sold ÷ (units on hand at the month's start + units received in it). */
  unitSellThrough: number;
  /** SKUs in stock at some point in the month: on hand at its start or received during it (each SKU once). */
  skusInStock: number;
  /** Of those, the SKUs that sold (were delivered) at least one unit in the month. */
  skusSold: number;
  /** SKU sell-through (动销率): skusSold ÷ skusInStock. */
  skuSellThrough: number;
  /**
   * The sell-through the incentive tier tested: `fees.sellThroughDefinition`'s (unitSellThrough
   * or skuSellThrough); for a transition's go-live month, that of the month's merged part.
   */
  tierSellThrough: number;
  ordersDelivered: number;
  ordersReturned: number;
  returnRate: number;
  /** Service fee rate applied this month (e.g. 0.055 or 0.042; 0 when unmerged). */
  feeRate: number;
  /** 1 when the month's service fee was at the incentive rate (both tier conditions met), else 0 (always 0 unmerged). */
  tierEarned: number;
  /** 1 when tierSellThrough ≥ `fees.incentiveMinSellThrough`, else 0 (undefined: 0). */
  tierSellThroughMet: number;
  /** 1 when the return rate the tier tested ≤ `fees.incentiveMaxReturnRate`, else 0 (no delivery: 0). */
  tierReturnRateMet: number;
  serviceFee: number;
  splitFee: number;
  commissionFee: number;
  operatingCost: number;
  netMargin: number;
}

/** Per destination market figures. */
export interface MarketRow {
  market: string;
  ordersDelivered: number;
  fulfilmentDaysMean: number;
  onTimeRate: number;
  returnRate: number;
  returnCycleDaysMean: number;
}

/** Daily series and the fulfilment-time histogram the reports draw. */
export interface SetupSeries {
  /** Fixed-bin histogram of fulfilment time: bin i counts orders with time in [i·w, (i+1)·w); the last bin is open. */
  fulfilmentHistogram: { binWidthDays: number; counts: number[] };
  /** Orders placed but not yet delivered, sampled at the end of each measured day. */
  dailyBacklogOrders: number[];
  /** Share of units shipped from stock on hand among units ordered that day. */
  dailyFillRate: number[];
  /** Units on hand (all stock points) at the end of each measured day. */
  dailyOnHandUnits: number[];
  /**
   * Net margin of each measured day: the day's GMV − cost of goods − fees at the month's
   * rate − operating costs − return losses (− a transition's migration cost on its go-live day).
   */
  dailyNetMargin: number[];
}

/** One onboarding attempt or wait, for the timeline (dates `YYYY-MM-DD`, end exclusive). */
export interface OnboardingStageRow {
  stage: string;
  attempt: number;
  start: string;
  end: string;
}

/** A transition setup's onboarding, go-live and migration in one replication. */
export interface TransitionReplication {
  workingDaysToGoLive: number;
  calendarDaysToGoLive: number;
  goLiveDate: string;
  lapses: number;
  rejections: number;
  stages: OnboardingStageRow[];
  /** Go-live fell inside the horizon (else the setup ran unmerged throughout). */
  wentLive: boolean;
  /** Measured day index of go-live (the horizon length when later). */
  goLiveDay: number;
  migratedUnits: number;
  /** Value at cost of the units moved. */
  migratedValue: number;
  migrationCost: number;
  /** Go-live → the last unit of the go-live move in the pool, days (NaN: nothing moved); later forwarded units not included. */
  migrationDays: number;
  unitsLostDuringMigration: number;
  unitsDelayedDuringMigration: number;
  /** Value at price of the units lost or delayed while the stock was in transit. */
  salesShortDuringMigration: number;
}

/** Scalar figures of the failure board (docs/results.md, Failures). Names are part of results.json. */
export const FAILURE_METRICS = [
  'failures',
  'lockFailures',
  'lockFailuresSyncLag',
  'lockFailuresTokenExpired',
  'lockFailuresRateLimit',
  'lockFailuresOutage',
  'linesRerouted',
  'linesBackordered',
  'linesCancelled',
  'qcRejections',
  'qcRejectedUnits',
  'splitTimeouts',
  'ordersAffected',
  'gmvAffected',
  'cancelledSales',
  'latePushShare',
  'extraFulfilmentDays',
  'callsAccepted',
  'callsRefused',
  'updatesPushed',
  'tokenExpiredDays',
  'outageDays',
] as const;
export type FailureMetric = (typeof FAILURE_METRICS)[number];

/** Failures per measured day: lock failures by cause, QC rejections, split timeouts. */
export interface FailureDaily {
  lockFailures: { syncLag: number[]; tokenExpired: number[]; rateLimit: number[]; outage: number[] };
  qcRejections: number[];
  splitTimeouts: number[];
}

/** The failure board of one setup in one replication (a scenario with a `sync:` or `inboundQc:` block). */
export type FailureReplication = Record<FailureMetric, number> & { daily: FailureDaily };

export interface SetupReplication {
  metrics: Metrics;
  monthly: MonthlyRow[];
  byMarket: MarketRow[];
  series: SetupSeries;
  /** Value at price of the refused lines of each SKU (index = popularity rank − 1); with a `compliance` block only. */
  blockedSalesBySku?: number[];
  /** Present for a merged setup with a `transition:` block. */
  transition?: TransitionReplication;
  /** Present when the scenario has a `sync:` or `inboundQc:` block. */
  failures?: FailureReplication;
  /**
   * Orders placed in the measured window and still open (neither delivered nor lost) when the
   * drain cap stopped the run, `DRAIN_CAP_DAYS` after the horizon; absent when every one finished.
   */
  openAtDrainCap?: number;
}

/** One replication: every setup of the scenario, run on the same order stream. */
export interface ReplicationOutput {
  replication: number;
  /** Orders generated by the stream (all setups together, warm-up included): a throughput measure. */
  ordersSimulated: number;
  setups: Record<string, SetupReplication>;
}
