/**
 * The zod schema of results.json: the single source of `schema/results.schema.json`
 * (`node dist/experiment/write-results-schema.js`) and of the check `poolsim report` and
 * `poolsim merge` apply to every results file before reading it (`validate-results.ts`). Its output type is checked against `src/results/types.ts` at
 * compile time (bottom of this file), so the TypeScript contract and the JSON Schema
 * cannot drift apart.
 */
import { SENSITIVITY_INPUTS } from '../scenario/sensitivity-schema.js';
import { z } from 'zod';
import { METRIC_NAMES, type MetricName } from '../model/result.js';
import { FAILURE_METRICS, RESULTS_SCHEMA_VERSION, TRANSITION_METRICS, type FailureMetric, type Results, type TransitionMetric } from '../results/types.js';
import { METRIC_INFO } from './metric-info.js';

const nullableNumber = z.number().nullable();
const interval = z
  .tuple([z.number(), z.number()])
  .nullable()
  .describe('95% Student-t confidence interval [low, high]; null with fewer than two replications')
  .meta({ id: 'Interval' });

const metricSummary = z.strictObject({
  mean: nullableNumber.describe('mean over replications with a finite value; null when none'),
  sd: nullableNumber.describe('sample standard deviation (n − 1); null for n < 2'),
  ci95: interval,
  n: z.number().int().nonnegative().describe('replications with a finite value'),
}).meta({ id: 'MetricSummary' });

function perMetric<T extends z.ZodType>(value: (m: MetricName) => T) {
  return z.strictObject(
    Object.fromEntries(METRIC_NAMES.map((m) => [m, value(m)])) as Record<MetricName, T>,
  );
}
const metricDescription = (m: MetricName) => `${METRIC_INFO[m].description} (${METRIC_INFO[m].unit})`;

const monthlyRow = z.strictObject({
  month: z.number().int().positive().describe('1-based 30-day month after the warm-up'),
  days: z
    .number()
    .positive()
    .max(30)
    .describe('length of the month in days: 30, or less for a partial last month when the horizon is not a multiple of 30'),
  gmv: nullableNumber.describe('USD'),
  unitsSold: nullableNumber.describe('units'),
  unitSellThrough: nullableNumber.describe('share: units sold ÷ (units on hand at the month’s start + units received in it)'),
  skusInStock: nullableNumber.describe('SKUs in stock at some point in the month (on hand at its start or received during it), each SKU once'),
  skusSold: nullableNumber.describe('of those, SKUs that sold at least one unit in the month'),
  skuSellThrough: nullableNumber.describe('share: SKU sell-through (动销率), skusSold ÷ skusInStock'),
  tierSellThrough: nullableNumber.describe(
    'share: the sell-through the incentive tier tested, unitSellThrough or skuSellThrough as fees.sellThroughDefinition says (a go-live month: its merged part’s)',
  ),
  ordersDelivered: nullableNumber.describe('orders'),
  ordersReturned: nullableNumber.describe('orders'),
  returnRate: nullableNumber.describe('share'),
  feeRate: nullableNumber.describe('service fee rate applied (mean over replications; e.g. 0.055 or 0.042, 0 unmerged)'),
  tierEarned: nullableNumber.describe('share of replications whose month paid the incentive rate (1 or 0 in one replication; 0 unmerged)'),
  tierSellThroughMet: nullableNumber.describe('share of replications whose tierSellThrough met the tier’s minimum (fees.incentiveMinSellThrough)'),
  tierReturnRateMet: nullableNumber.describe('share of replications whose return rate met the tier’s maximum (fees.incentiveMaxReturnRate; no delivery: not met)'),
  serviceFee: nullableNumber.describe('USD'),
  splitFee: nullableNumber.describe('USD'),
  commissionFee: nullableNumber.describe('USD'),
  operatingCost: nullableNumber.describe('USD'),
  netMargin: nullableNumber.describe('USD'),
  netMarginCi95: interval,
}).meta({ id: 'MonthlyRow' });

const marketRow = z.strictObject({
  market: z.string(),
  ordersDelivered: nullableNumber.describe('orders'),
  fulfilmentDaysMean: nullableNumber.describe('days'),
  onTimeRate: nullableNumber.describe('share'),
  returnRate: nullableNumber.describe('share'),
  returnCycleDaysMean: nullableNumber.describe('days'),
}).meta({ id: 'MarketRow' });

const daily = z.array(nullableNumber);
const series = z.object({
  fulfilmentHistogram: z
    .strictObject({ binWidthDays: z.number().nonnegative(), counts: z.array(z.number().nonnegative()) })
    .describe('orders by fulfilment time, summed over replications: bin i is [i·w, (i+1)·w) days, the last bin open'),
  dailyBacklogOrders: daily.describe('orders placed but not delivered at the end of each measured day (mean over replications)'),
  dailyFillRate: daily.describe('share of units ordered that day shipped from stock on hand (mean over replications)'),
  dailyOnHandUnits: daily.describe('units on hand at the end of each measured day (mean over replications)'),
  dailyNetMargin: daily.optional().describe('net margin of each measured day, US dollars (mean over replications)'),
  pooledFulfilmentQuantiles: z
    .strictObject({ p50: nullableNumber, p90: nullableNumber, p95: nullableNumber })
    .describe('fulfilment-time quantiles (days) from the pooled histogram; null when nothing was delivered'),
});

const transitionMetric = z.strictObject(
  Object.fromEntries(TRANSITION_METRICS.map((m) => [m, nullableNumber])) as Record<TransitionMetric, typeof nullableNumber>,
);
const transitionResults = z.strictObject({
  start: z.string().describe('application date YYYY-MM-DD: measured day 0'),
  summary: z.strictObject(
    Object.fromEntries(TRANSITION_METRICS.map((m) => [m, metricSummary])) as Record<TransitionMetric, typeof metricSummary>,
  ),
  replications: z.array(transitionMetric.extend({ goLiveDate: z.string(), wentLive: z.boolean() })),
  timeline: z.strictObject({
    replication: z.number().int().nonnegative(),
    goLiveDate: z.string(),
    stages: z.array(z.strictObject({ stage: z.string(), attempt: z.number().int(), start: z.string(), end: z.string() })),
  }).describe('the onboarding of the replication with the median working days to go-live'),
  goLiveWithinHorizon: z.number().min(0).max(1),
  cumulativeMarginDiff: z.strictObject({ mean: daily, ci95Low: daily, ci95High: daily }).describe('cumulative net margin − the baseline’s, by day'),
  breakEven: z.strictObject({
    day: nullableNumber.describe('median break-even day over replications; null when beyond the horizon'),
    ci95: z.tuple([nullableNumber, nullableNumber]).nullable(),
    withinHorizon: z.number().min(0).max(1),
    withinHorizonCi95: z.tuple([z.number(), z.number()]).nullable(),
    perReplication: z.array(nullableNumber),
  }),
}).meta({ id: 'TransitionResults' });

const failureMetric = z.strictObject(
  Object.fromEntries(FAILURE_METRICS.map((m) => [m, nullableNumber])) as Record<FailureMetric, typeof nullableNumber>,
);
const dailyCounts = z.array(z.number().nonnegative());
const failureResults = z.strictObject({
  summary: z.strictObject(Object.fromEntries(FAILURE_METRICS.map((m) => [m, metricSummary])) as Record<FailureMetric, typeof metricSummary>),
  replications: z.array(failureMetric).describe('one row per replication, in replication order'),
  daily: z.strictObject({
    lockFailures: z.strictObject({ syncLag: dailyCounts, tokenExpired: dailyCounts, rateLimit: dailyCounts, outage: dailyCounts }).describe('inventory-lock failures by cause'),
    qcRejections: dailyCounts.describe('inbound batches rejected at QC'),
    splitTimeouts: dailyCounts.describe('routing deadlines passed with parcels waiting'),
  }).describe('failures per measured day, mean over replications'),
}).meta({ id: 'FailureResults' });

const setupResults = z.strictObject({
  mode: z.enum(['merged', 'unmerged']),
  router: z.string().optional().describe('router policy of a merged setup'),
  summary: perMetric((m) => metricSummary.describe(metricDescription(m))),
  replications: z
    .array(perMetric((m) => nullableNumber.describe(metricDescription(m))))
    .describe('one row per replication, in replication order; null where not computable'),
  monthly: z.array(monthlyRow).describe('monthly rows averaged over replications'),
  byMarket: z.array(marketRow).describe('per market rows averaged over replications'),
  series,
  blockedSkus: z
    .array(z.strictObject({ rank: z.number().int().positive(), sales: z.number().nonnegative() }))
    .optional()
    .describe('SKUs (by popularity rank) whose lines were refused for a missing EPR binding, most costly first (mean US dollars over replications)'),
  transition: transitionResults.optional().describe('a merged setup with a transition: block'),
  failures: failureResults.optional().describe('the failure board, with a sync: or inboundQc: block (docs/results.md, Failures)'),
}).meta({ id: 'SetupResults' });

const comparison = z.strictObject({
  metric: z.enum(METRIC_NAMES),
  setup: z.string(),
  baseline: z.string(),
  meanDiff: nullableNumber.describe('mean of per-replication differences setup − baseline'),
  ci95: interval,
  relativeChange: nullableNumber.describe('meanDiff ÷ baseline mean; null when that mean is 0'),
}).meta({ id: 'Comparison' });

const sweepPoint = z
  .record(z.string(), z.unknown())
  .describe('present for one point of a sweep: scenario path → value at this point, axes in the order given');

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const historyProvenance = z.strictObject({
  file: z.string().describe('the order-history file as the scenario names it (demand.history)'),
  sha256: sha256.describe('SHA-256 of the order-history file bytes'),
  mode: z.enum(['replay', 'bootstrap']).describe('replay the recorded orders, or resample whole weeks of them per replication (demand.mode)'),
  start: z.string().describe('ISO instant of day 0 of the history (00:00 of the first order’s day in timeZone)'),
  timeZone: z.string().describe('time zone of the history’s days: UTC, a fixed offset (+08:00) or an IANA name'),
  days: z.number().int().min(1).describe('whole days the history covers'),
  orders: z.number().int().nonnegative().describe('orders in the history'),
  lines: z.number().int().nonnegative().describe('order lines in the history'),
  shops: z.array(z.string()).describe('shop ids in the history'),
  skus: z.number().int().nonnegative().describe('distinct SKUs in the history'),
  markets: z.array(z.string()).describe('destination markets in the history'),
}).meta({ id: 'HistoryProvenance' });
const initialStockProvenance = z.strictObject({
  file: z.string().describe('the stock snapshot as the scenario names it'),
  sha256: sha256.describe('SHA-256 of the stock snapshot file bytes'),
  rows: z.number().int().nonnegative().describe('shop × SKU (× warehouse) rows read'),
  units: z.number().int().nonnegative().describe('units on hand the study starts from: rows of a shop and SKU the shop sold in the history'),
  unusedUnits: z.number().int().nonnegative().describe('units of the other rows (a SKU the shop did not sell in the history): left out in every setup'),
}).meta({ id: 'InitialStockProvenance' });

const difference = z.strictObject({
  factor: z.number().positive().describe('the factor on the scenario’s values of the input'),
  mean: z.number().describe('mean paired difference in net margin, setup − baseline, US$ over the measured window'),
  ci95: interval,
}).meta({ id: 'SensitivityDifference' });
const sensitivityResults = z
  .strictObject({
    metric: z.literal('netMargin'),
    setup: z.string().nullable().describe('the setup compared with the baseline'),
    baseline: z.string(),
    replications: z.number().int().nonnegative().describe('replications of every variant (common random numbers)'),
    replicationIndices: z.array(z.number().int().nonnegative()),
    base: z.strictObject({ mean: z.number(), ci95: interval }).describe('the study’s own difference over those replications (factor 1)'),
    inputs: z.array(
      z.strictObject({
        input: z.enum(SENSITIVITY_INPUTS),
        applicable: z.boolean(),
        reason: z.enum(['all-zero', 'from-history', 'no-compared-setup']).optional().describe('why the input was not varied: all its values are 0, the orders come from demand.history, or no setup to compare'),
        range: z.tuple([z.number(), z.number()]).describe('the low and high factor'),
        baseValue: z.number().nullable().describe('a representative value of the input in the scenario (mean lead time in days, orders a day, …), or null'),
        low: difference.nullable(),
        high: difference.nullable(),
        swing: z.number().nullable().describe('|high − low| of the mean difference'),
      }),
    ),
    breakEven: z.array(
      z.strictObject({
        input: z.enum(SENSITIVITY_INPUTS),
        found: z.boolean().describe('false when the mean difference does not change sign over the factors searched'),
        factor: z.number().nullable().describe('the factor where the mean difference is 0'),
        ci95: z.tuple([z.number().nullable(), z.number().nullable()]).nullable().describe('factors where the pointwise 95% band crosses 0; null ends lie outside the factors searched'),
        searched: z.tuple([z.number(), z.number()]).describe('the smallest and largest factor run'),
        evaluations: z.array(difference).describe('every factor run for this input, ascending'),
      }),
    ),
  })
  .meta({ id: 'SensitivityResults' })
  .describe('present when the run varied its assumptions (poolsim run --sensitivity, docs/sensitivity.md)');

/** results.json, schema version 1. */
export const resultsSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional().describe('free text, ignored'),
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  scenario: z.strictObject({
    name: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the scenario file bytes'),
    file: z.string().describe('scenario file path as given on the command line'),
    description: z.string().optional(),
    history: historyProvenance.optional().describe('a study on a seller’s order history (demand.history) only'),
    initialStock: initialStockProvenance.optional().describe('a study that starts from a seller’s stock snapshot only'),
  }),
  seed: z.union([z.number().int(), z.string()]),
  replications: z.number().int().nonnegative().describe('replications included'),
  replicationIndices: z.array(z.number().int().nonnegative()).describe('0-based indices included, ascending'),
  horizonDays: z.number().nonnegative().describe('measured days after the warm-up'),
  warmupDays: z.number().nonnegative().describe('days simulated and discarded before measuring'),
  baseline: z.string().describe('setup the others are compared against'),
  assumptions: z.record(z.string(), z.unknown()).describe('the resolved scenario: seller, eligibility, shared settings, setups'),
  setups: z.record(z.string(), setupResults),
  comparisons: z.array(comparison),
  sweepPoint: sweepPoint.optional(),
  sensitivity: sensitivityResults.optional(),
  run: z
    .strictObject({
      startedAt: z.string().describe('ISO 8601 time the run started'),
      wallSeconds: z.number().nonnegative(),
      workers: z.number().int().positive(),
      partial: z.boolean().describe('true when interrupted or a replication failed'),
      shard: z.string().optional().describe('"k/n" when the file holds one shard of a run'),
    })
    .describe('timing and completeness: the only block allowed to differ between identical runs'),
});

export type ResultsFile = z.output<typeof resultsSchema>;

// Compile-time check that schema and contract agree in both directions.
type Same = Omit<ResultsFile, '$schema' | '$comment'>;
type Contract = Results;
const _toContract = (x: Same): Contract => x;
const _fromContract = (x: Contract): Same => x;
void _toContract;
void _fromContract;

/** The JSON Schema (draft 2020-12) of results.json, generated from `resultsSchema`. */
export function resultsJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(resultsSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: 'https://poolsim.dev/schema/results.schema.json',
    title: 'poolsim results.json',
    description: 'Results of a poolsim study (docs/results.md). JSON has no NaN: null marks a value that could not be computed.',
    ...rest,
  };
}
