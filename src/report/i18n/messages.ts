/**
 * The shape of one report language: every visible word of the report (headings, labels,
 * axis titles, verdicts, notes) and the pieces of its number, currency and date formats.
 * `en.ts` and `zh.ts` implement it; `test/report/i18n.test.ts` fails on a key missing or
 * empty in either language.
 */
import type { FailureMetric, SensitivityInputId, SensitivityInputResult } from '../../results/types.js';
import type { FailureType, LockCause } from '../failure-board.js';
import type { FirstResponseCheck } from '../first-response.js';
import type { HeadlineMetric } from '../metrics.js';

/** Onboarding stages of a transition's timeline (`TransitionResults.timeline.stages[].stage`). */
export const ONBOARDING_STAGES = ['qualification', 'warehouseFit', 'integration', 'resubmission', 'booking-lapse'] as const;
export type OnboardingStage = (typeof ONBOARDING_STAGES)[number];

/** Rows of the transition section's table, in display order. */
export const TRANSITION_ROWS = [
  'workingDaysToGoLive',
  'calendarDaysToGoLive',
  'goLiveDate',
  'goLiveWithinHorizon',
  'rejections',
  'lapses',
  'migratedUnits',
  'migratedValue',
  'migrationDays',
  'unitsDelayedDuringMigration',
  'unitsLostDuringMigration',
  'salesShortDuringMigration',
  'migrationCost',
  'breakEvenDay',
  'breakEvenWithinHorizon',
] as const;
export type TransitionRow = (typeof TRANSITION_ROWS)[number];

/** Rows of the Pool ID failures table, in display order: types and causes, what they cost, the API traffic. */
export const FAILURE_ROWS = [
  'failures',
  'lockFailures',
  'lockFailuresSyncLag',
  'lockFailuresTokenExpired',
  'lockFailuresRateLimit',
  'lockFailuresOutage',
  'qcRejections',
  'qcRejectedUnits',
  'splitTimeouts',
  'latePushShare',
  'linesRerouted',
  'linesBackordered',
  'linesCancelled',
  'ordersAffected',
  'gmvAffected',
  'extraFulfilmentDays',
  'callsAccepted',
  'callsRefused',
  'tokenExpiredDays',
  'outageDays',
] as const satisfies readonly FailureMetric[];
export type FailureRow = (typeof FAILURE_ROWS)[number];

/** Languages a report can be written in. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** Number and date conventions of a language (used by `format.ts`). */
export interface FormatSpec {
  /** BCP 47 locale for `Intl.NumberFormat` / `Intl.DateTimeFormat`, e.g. `en-US`, `zh-CN`. */
  locale: string;
  /** HTML `lang` attribute. */
  htmlLang: string;
  /** Money in US dollars: `amount` is already grouped and signed, e.g. `$1,234` / `1,234 美元`. */
  usd: (amount: string, negative: boolean, sign: '' | '+') => string;
  /** d3 / Vega number locale: decimal mark, thousands mark, currency prefix and suffix. */
  vegaNumberLocale: { decimal: string; thousands: string; grouping: number[]; currency: [string, string] };
  days: (n: string) => string;
  /** Difference of two shares, in percentage points. */
  percentagePoints: (n: string) => string;
  turnsPerYear: (n: string) => string;
  perDay: (n: string) => string;
  /** A 95% confidence interval `lo`–`hi`, both already formatted. */
  interval: (lo: string, hi: string) => string;
  /** d3 time format of a date on a chart's date axis (no year), e.g. `%b %-d` → `Oct 9`, `%-m月%-d日` → `10月9日`. */
  vegaDateFormat: string;
  /** Placeholder for a value that could not be computed. */
  notAvailable: string;
  /** List separator for inline lists, e.g. `, ` / `、`. */
  listSeparator: string;
  /** Sentence end punctuation, e.g. `.` / `。`. */
  fullStop: string;
  /** What follows a label before its value: `: ` in English, `：` in Chinese. */
  labelColon: string;
  /** A parenthetical after a value: ` (x)` in English, `（x）` in Chinese. */
  paren: (text: string) => string;
}

/** Chart texts: title, how-to-read caption, axis and legend titles. */
export interface ChartTexts {
  title: string;
  caption: string;
}

export interface Messages {
  format: FormatSpec;
  report: {
    title: (scenario: string) => string;
    sweepTitle: (scenario: string) => string;
    seller: string;
    scenarioFile: string;
    generated: string;
    tool: string;
    partialRun: (done: number, planned: number) => string;
    shardRun: (shard: string) => string;
    footer: (version: string, schemaVersion: number) => string;
    chartsNeedScript: string;
    chartRenderFailed: string;
  };
  sections: {
    verdict: string;
    eligibility: string;
    headline: string;
    charts: string;
    assumptions: string;
    method: string;
    parameters: string;
    sweepPoints: string;
    transition: string;
    eprBlocked: string;
    failures: string;
    sources: string;
    sensitivity: string;
  };
  verdict: {
    recommended: string;
    notRecommended: string;
    notEligible: string;
    /** e.g. "expected change in net margin: +$2,800 a month (95% CI +$2,400 to +$3,200), merged vs unmerged" */
    marginChange: (change: string, interval: string, setup: string, baseline: string) => string;
    noComparison: string;
    reasonsIntro: string;
    reasonEligibilityFailed: (requirement: string, value: string, required: string) => string;
    reasonMarginGain: (change: string) => string;
    reasonMarginLoss: (change: string) => string;
    reasonMarginUnclear: (interval: string) => string;
    reasonFasterFulfilment: (days: string, relative: string) => string;
    reasonSlowerFulfilment: (days: string, relative: string) => string;
    reasonFewerReturns: (points: string, relative: string) => string;
    reasonMoreReturns: (points: string, relative: string) => string;
    reasonFeeTier: (months: number, of: number, rate: string) => string;
    reasonAdvisory: (requirement: string, value: string, recommended: string) => string;
    reasonNoMergedSetup: string;
    unchecked: (requirements: string) => string;
  };
  eligibility: {
    requirement: string;
    required: string;
    value: string;
    source: string;
    result: string;
    margin: string;
    pass: string;
    fail: string;
    unknown: string;
    warn: string;
    goodFit: string;
    notTypicalFit: string;
    sourceSeller: string;
    sourceSimulated: string;
    sourceScenario: string;
    sourceMissing: string;
    yes: string;
    no: string;
    atLeast: (v: string) => string;
    atMost: (v: string) => string;
    below: (v: string) => string;
    advisoryHeading: string;
    warningsHeading: string;
    warningAllowedNotRecommended: (requirement: string, value: string, recommended: string) => string;
    gmvNote: string;
    rows: {
      mainlandChinaRegistered: string;
      fullyManagedShops: string;
      gmv90d: string;
      positiveRatingRate: string;
      disputeRate: string;
      logisticsOnTimeRate: string;
      skusInCategory: (category: string) => string;
      ordersPerDay: string;
      skus: string;
      inventoryTurnover: (category: string) => string;
    };
    categories: Record<'apparel' | 'home-garden' | 'electronics' | 'other' | 'unknown', string>;
  };
  headline: {
    metric: string;
    baselineTag: string;
    note: (replications: number, baseline: string) => string;
    difference: string;
    perMonth: string;
    metrics: Record<HeadlineMetric, string>;
  };
  /** The table under the monthly-fees chart: the incentive tier month by month, and why. */
  feeTier: {
    heading: string;
    /** How to read it: the tested definition, the thresholds (formatted), the replications. */
    note: (definition: 'sku-share' | 'unit-share', minSellThrough: string, maxReturnRate: string, replications: number) => string;
    /** Before the scenario setting that chose the definition (shown as code). */
    setting: string;
    month: string;
    /** A partial last month's label: its index and its length (formatted days). */
    partialMonth: (month: number, days: string) => string;
    feeRate: string;
    skuSellThrough: string;
    unitSellThrough: string;
    returnRate: string;
    tier: string;
    /** Second header line of the columns the tier tests: its bound. */
    atLeast: (v: string) => string;
    atMost: (v: string) => string;
    met: string;
    /** Reached in k of n replications (0 < k < n). */
    some: (k: number, n: number) => string;
    /** A condition missed in m of n replications (m = n: in every one). */
    sellThroughBelow: (definition: 'sku-share' | 'unit-share', v: string, m: number, n: number) => string;
    returnsAbove: (v: string, m: number, n: number) => string;
    /** Joins the parts of the tier cell. */
    and: string;
    /** Not reached though both conditions held: not merged yet in some replications (a transition). */
    notMergedSome: string;
    noDeliveries: string;
    unmerged: string;
  };
  charts: {
    setup: string;
    month: string;
    day: string;
    market: string;
    /** Note on a monthly chart that leaves out a partial last month (month index, its days). */
    partialMonthOmitted: (month: number, days: string) => string;
    fulfilmentTime: ChartTexts & { x: string; y: string; mean: string };
    backlogFill: ChartTexts & { backlog: string; fillRate: string };
    monthlyFees: ChartTexts & {
      fees: string;
      kind: string;
      serviceFee: string;
      splitFee: string;
      commissionFee: string;
      /** Label in the tier strip of a month that paid the incentive rate in `k` of `n` replications. */
      tierMarkSome: (k: number, n: number) => string;
      /** Legend title of the tier strip. */
      tier: string;
      /** Legend entries of the tier strip: every replication paid the incentive rate, some did, none did (the base rate), no service fee. */
      tierEarned: (rate: string) => string;
      tierEarnedSome: string;
      tierNotEarned: (rate: string) => string;
      tierNoFee: string;
      rate: string;
      /** Title of the sell-through panel (the definition the tier tests), with the tier's condition. */
      sellThroughThreshold: (definition: 'sku-share' | 'unit-share', v: string) => string;
      /** Title of the return-rate panel, with the tier's condition. */
      returnThreshold: (v: string) => string;
      /** Legend of the points: a month meets or misses a condition. */
      condition: string;
      conditionMet: string;
      conditionSome: string;
      conditionMissed: string;
    };
    returnsByMarket: ChartTexts & { returnRate: string; returnCycle: string };
    netMargin: ChartTexts & { y: string };
    routerPolicy: ChartTexts & { splitRate: string; parcelsPerOrder: string; router: string };
    transitionTimeline: ChartTexts & {
      date: string;
      stage: string;
      /** Row label of a stage's second or later attempt, e.g. `Qualification (2nd)`. */
      attempt: (stage: string, n: number) => string;
      goLive: (date: string) => string;
      migration: (days: string) => string;
      breakEven: (day: string) => string;
      noBreakEven: (horizon: string, share: string) => string;
      start: string;
      end: string;
    };
    cumulativeMargin: ChartTexts & {
      x: string;
      y: string;
      goLive: (day: string) => string;
      breakEven: (day: string) => string;
      noBreakEven: (horizon: string, share: string) => string;
    };
    /** The anomaly board: its caption is put together from `caption`, `weeks`/`days` and `latePush`. */
    anomalyBoard: ChartTexts & {
      /** The bars are weeks because the daily counts are too sparse to read. */
      weeks: string;
      days: string;
      /** The run's share of failures from late pushes against the programme's figure. */
      latePush: (setup: string, share: string, interval: string, reference: string) => string;
      panels: Record<FailureType, string>;
      /** Panel title of one setup's failures of a type, when the board draws several setups. */
      panelOf: (type: string, setup: string) => string;
      perWeek: string;
      perDay: string;
      cause: string;
      /** Tooltip: the measured days of a bar, e.g. `days 7–13`. */
      period: (from: string, to: string) => string;
      count: string;
    };
    sweep: ChartTexts & {
      y: string;
      breakEven: (value: string) => string;
      noBreakEven: string;
      series: string;
    };
  };
  /** The transition section: onboarding, go-live, migration and break-even of a transition setup. */
  transition: {
    intro: (setup: string, start: string, replications: number) => string;
    /** The median replication's go-live, with its calendar and working days from the application (`workingDays` may be empty). */
    goLiveSentence: (date: string, calendarDays: string, workingDays: string) => string;
    breakEvenSentence: (day: string, interval: string, date: string, share: string) => string;
    noBreakEvenSentence: (horizon: string, share: string) => string;
    figure: string;
    rows: Record<TransitionRow, string>;
    workingDays: (n: string) => string;
    /** A day counted from the application, e.g. `day 143`. */
    day: (n: string) => string;
    /** A bound of the break-even interval that lies beyond the horizon. */
    beyondHorizon: string;
    assumedLabel: string;
    assumed: string;
    /** Lead-in to the parameter path that holds the assumed values (shown as code after it). */
    seeParameters: string;
    stages: Record<OnboardingStage, string>;
  };
  /** Sales refused because SKUs have no EPR number bound to the Pool ID. */
  epr: {
    intro: (setup: string, orders: string, units: string, sales: string, horizon: string) => string;
    rank: string;
    sales: string;
    share: string;
    /** A SKU by its popularity rank, e.g. `#3` / `第 3 名`. */
    rankValue: (rank: string) => string;
    /** The fix, followed by the command that lists the SKUs (shown as code). */
    fix: string;
  };
  /** The Pool ID failures section: the board's table and the first-response checklist. */
  failures: {
    intro: (replications: number, horizon: string) => string;
    /** One setup's failures and the share from late pushes against the programme's figure. */
    summary: (setup: string, failures: string, share: string, interval: string, reference: string) => string;
    causes: Record<LockCause, string>;
    figure: string;
    rows: Record<FailureRow, string>;
    checklist: string;
    checklistIntro: (setup: string) => string;
    /** Label before a check's evidence. */
    inThisRun: string;
    checks: Record<FirstResponseCheck, string>;
    /** What to check; the figures are the setup's settings (n/a when the results do not give them). */
    what: {
      token: (lifetime: string) => string;
      /** `limit`: calls a minute. */
      callRate: (limit: string) => string;
      pushLag: (interval: string, lag: string) => string;
      outage: string;
      inboundQc: (sample: string, accept: string) => string;
      splitDeadline: (deadline: string) => string;
    };
    evidence: {
      token: (days: string, failures: string) => string;
      tokenNever: string;
      callRate: (refused: string, calls: string, failures: string) => string;
      noCalls: string;
      pushLag: (failures: string, updates: string, calls: string) => string;
      outage: (days: string, failures: string) => string;
      outageNever: string;
      inboundQc: (batches: string, units: string) => string;
      splitDeadline: (orders: string) => string;
    };
    minutes: (n: string) => string;
    hours: (n: string) => string;
    assumedLabel: string;
    /** What is assumed (`reference`: the programme's late-push share); the parameter paths follow as code. */
    assumed: (reference: string) => string;
  };
  /** Where the figures come from: the seller's order history (and stock), and what the scenario assumes. */
  sources: {
    intro: string;
    fromData: string;
    history: string;
    /** e.g. `14 days from Feb 3, 2025` (`start`: the date of day 0, already formatted). */
    period: (days: string, start: string) => string;
    periodLabel: string;
    timeZone: string;
    ordersLabel: string;
    orders: (orders: string, lines: string, skus: string) => string;
    /** Label of the list of shop ids, with their number. */
    shops: (n: string) => string;
    /** Label of the list of destination markets, with their number. */
    markets: (n: string) => string;
    mode: string;
    modes: Record<'replay' | 'bootstrap', string>;
    stock: string;
    /** Follows the stock snapshot's file name (shown as code). */
    stockText: (rows: string, units: string, unused: string | null) => string;
    historyHash: string;
    stockHash: string;
    /** What the history determines in the model. */
    determines: string;
    /** With a stock snapshot: what it determines. */
    determinesStock: string;
    fromAssumptions: string;
    /** What the scenario assumes rather than reads from the seller's data. */
    assumed: string;
    /** Without a stock snapshot: the starting stock is assumed too. */
    assumedStock: string;
    seeParameters: string;
    intervals: string;
    intervalsText: Record<'replay' | 'bootstrap', string>;
    /** Replay past the history's end: the measured window ends on day `until`, the history after `days`. */
    pastHistory: (until: string, days: string) => string;
  };
  method: {
    seed: string;
    replications: string;
    horizon: string;
    warmup: string;
    baseline: string;
    crn: string;
    crnText: string;
    intervals: string;
    intervalsText: string;
    month: string;
    monthText: string;
    rerun: string;
    rerender: string;
    scenarioHash: string;
    parameter: string;
    value: string;
    sweepVaried: string;
  };
  sweep: {
    intro: (parameter: string, points: number) => string;
    point: string;
    breakEvenSentence: (parameter: string, value: string, setup: string) => string;
    noBreakEvenSentence: (parameter: string, setup: string) => string;
  };
  /** "What flips the verdict" (`poolsim run --sensitivity`). */
  sensitivity: {
    chart: ChartTexts & { subtitle: (replications: string) => string; x: string; low: string; high: string; end: string; input: string; factor: string };
    replications: (n: number) => string;
    /** The section's first paragraph: setup, baseline, replications text, the study's difference a month with its interval. */
    intro: (setup: string, baseline: string, replications: string, study: string) => string;
    withInterval: (value: string, interval: string) => string;
    inputs: Record<SensitivityInputId, string>;
    reasons: Record<NonNullable<SensitivityInputResult['reason']>, string>;
    notVaried: (input: string, reason: string) => string;
    table: { input: string; low: string; atLow: string; high: string; atHigh: string; swing: string; breakEven: string; interval: string; value: string };
    breakEvenHeading: string;
    breakEvenIntro: string;
    /** No sign change between two factors; `sign`: the study's difference is a gain (pays) or a loss. */
    noBreakEven: (from: string, to: string, sign: 'pays' | 'loses') => string;
    interval: (low: string, high: string) => string;
    /** An interval end outside the factors run. */
    open: string;
    /** The break-even value, formatted (`sensitivity-section.ts`), in the input's own units, for inputs with one representative value. */
    units: Partial<Record<SensitivityInputId, (value: string) => string>>;
  };
}
