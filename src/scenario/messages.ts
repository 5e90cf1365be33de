/**
 * The scenario layer's message catalogue: every text a user can read in a scenario problem.
 * Rules (checked by `test/scenario/messages.test.ts`): lower-case first letter, no trailing
 * period; name the value and the place. `got…` builders describe what the file holds,
 * `expected…` builders what would be accepted, `file…`/`yaml…` builders are whole notes.
 */
import { listWords } from './format-value.js';

const q = (s: string) => JSON.stringify(s);
const quoted = (words: readonly string[]) => listWords(words.map(q));
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
/** 12,345,678: digits in groups of three, whatever the machine's locale. */
const grouped = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Seconds to two significant digits: 0.42, 5.3, 47, 1,200. */
const secs = (s: number) => (s >= 100 ? grouped(s) : String(Number(s.toPrecision(2))));

export const msg = {
  // ── the file as a whole ────────────────────────────────────────────────────
  fileMissing: () => 'no such file',
  fileIsDirectory: () => 'is a directory, expected a scenario file (.yaml, .yml or .json)',
  fileNotRegular: () => 'is not a regular file, expected a scenario file (.yaml, .yml or .json)',
  fileUnreadable: (reason: string) => `cannot be read (${reason})`,
  fileTooLarge: (bytes: number, limitBytes: number) =>
    `is ${mb(bytes)} MB, over the ${mb(limitBytes)} MB limit for scenario files`,
  fileBinary: (offset: number) => `looks binary (NUL byte at offset ${offset}), expected YAML or JSON text`,
  fileNotUtf8: () => 'is not UTF-8 text, expected YAML or JSON text',
  fileExtension: (ext: string) => `has extension ${q(ext)}, expected .yaml, .yml or .json`,
  yamlSyntax: (parserMessage: string) => `yaml syntax error: ${parserMessage}`,
  yamlTooDeep: (maxLevels: number) => `nested more than ${maxLevels} levels deep here, expected a scenario (fewer than 10 levels)`,
  moreProblems: (more: number, shown: number) => `and ${grouped(more)} more problems (the first ${shown}, in file order, are listed above)`,

  // ── what the file holds ────────────────────────────────────────────────────
  gotEmptyDocument: () => 'an empty document',
  gotUnknownKey: (key: string) => `unknown key ${q(key)}`,
  gotScenarioWideKey: (key: string) => `scenario-wide setting ${q(key)}`,
  gotKey: (key: string) => `key ${q(key)}`,
  gotDefault: (value: string) => `${value} (the default)`,
  gotDuplicateId: (id: string) => `duplicate id ${q(id)}`,
  gotUnknownMarket: (id: string) => `unknown market ${q(id)}`,
  gotSellerWarehouse: (id: string) => `${q(id)}, a seller warehouse`,
  gotMissingTransit: (markets: readonly string[]) => `no transit time to ${quoted(markets)}`,
  gotNoPositiveWeight: () => 'no positive weight',
  gotNoPlatformWarehouse: () => 'no platform warehouse to hold the pool',
  gotFaultsWithoutSync: () => 'faults without a sync block',
  expectedSyncForFaults: () => 'a sync block as well: outages, token expiry and call bursts act on the WMS’s pushes',

  // ── what would be accepted ─────────────────────────────────────────────────
  expectedTopLevel: () => 'a mapping of scenario settings (name, markets, warehouses, shops, …, setups)',
  expectedRequired: (what: string) => `${what} (required)`,
  expectedWithoutHistory: (what: string) => `${what} (required without demand.history)`,
  expectedHistoryForStock: () => 'no initialStock without demand.history: a stock snapshot names the SKUs of an order history',
  expectedSharedOnly: (key: string) => `${key} in the shared settings only: every setup sees the same seller data`,
  expectedDidYouMean: (suggestion: string) => `a known key; did you mean ${q(suggestion)}?`,
  expectedOneOfKeys: (known: readonly string[]) =>
    known.length > 1 ? `one of the keys ${listWords(known)}` : known.length === 1 ? `only the key ${known[0]}` : 'no other keys here',
  expectedFormsDidYouMean: (forms: string, suggestion: string) => `${forms}; did you mean ${q(suggestion)}?`,
  expectedSetupKey: (shared: readonly string[]) =>
    `"mode", "description" or a shared setting to override (${shared.join(', ')})`,
  expectedOneOf: (values: readonly string[]) => (values.length === 1 ? quoted(values) : `one of ${quoted(values)}`),
  expectedOneOfDidYouMean: (values: readonly string[], suggestion: string) =>
    `one of ${quoted(values)}; did you mean ${q(suggestion)}?`,
  expectedListLength: (bound: 'at least' | 'at most' | 'exactly', n: number) =>
    `a list of ${bound} ${n} item${n === 1 ? '' : 's'}`,
  expectedTextLength: (bound: 'at least' | 'at most' | 'exactly', n: number) =>
    n === 1 && bound === 'at least' ? 'a non-empty string' : `a string of ${bound} ${n} characters`,
  expectedMultipleOf: (divisor: number) => `a multiple of ${divisor}`,
  expectedPattern: (pattern: string) => `a string matching ${pattern}`,
  expectedValidKey: () => 'a valid key',
  expectedSetupName: (names: readonly string[]) =>
    names.length > 0 ? `the name of a setup: ${quoted(names)}` : 'the name of a setup, but none is defined',
  expectedSetupNameDidYouMean: (names: readonly string[], suggestion: string) =>
    `the name of a setup: ${quoted(names)}; did you mean ${q(suggestion)}?`,
  expectedUniqueId: (kind: string, firstPath: string) => `a unique ${kind} id (${firstPath} has it already)`,
  expectedIdOf: (kind: string, ids: readonly string[]) =>
    ids.length > 0 ? `a ${kind} id: ${quoted(ids)}` : `a ${kind} id, but none is defined`,
  expectedIdOfDidYouMean: (kind: string, ids: readonly string[], suggestion: string) =>
    `a ${kind} id: ${quoted(ids)}; did you mean ${q(suggestion)}?`,
  expectedTransitToMix: () => 'a transit time to every market in demand.marketMix with a positive weight',
  expectedPositiveWeight: (what: string) => `at least one positive weight in ${what}`,
  expectedAtMostShops: (shops: number) => `at most the number of shops (${shops})`,
  expectedPlatformWarehouseForMerge: () => 'at least one platform warehouse (kind: platform) for a merged setup',

  // ── how long and how large (docs/scenario.md, Limits and warnings) ─────────
  expectedHorizon: (maxDays: number) => `a duration > 0 and at most ${grouped(maxDays)} days (10 years)`,
  expectedWarmup: (maxDays: number) => `a duration of at most ${grouped(maxDays)} days (10 years)`,
  gotSetups: (setups: number) => `${grouped(setups)} setups`,
  expectedAtMostSetups: (max: number) => `at most ${max} setups (each is a whole simulation in every replication)`,
  expectedReplications: (max: number) => `an integer from 1 to ${grouped(max)}`,
  gotSkuShops: (skus: number, shops: number) => `${grouped(skus)} SKUs × ${shops} shops = ${grouped(skus * shops)} SKU-shop pairs`,
  expectedAtMostSkuShops: (max: number) => `at most ${grouped(max)} SKU-shop pairs (each takes about 250 bytes of memory in every replication)`,
  expectedDefectRateBelowOne: () => 'a share below 1 with acceptance sampling at inbound QC (inboundQc.sampleSize): every batch would be rejected and its stock never arrive',
  gotOnboardingExpected: (reviews: number, days: number) =>
    `an onboarding expected to need ${grouped(Math.round(reviews))} reviews and up to ${grouped(Math.round(days))} working days to go live`,
  expectedOnboardingAtMost: (reviews: number, days: number) =>
    `probabilities that leave at most ${grouped(reviews)} expected reviews and ${grouped(days)} expected working days to go-live (the whole onboarding is drawn at the start of each replication)`,
  gotMeanDays: (days: number) => `a mean of ${Number(days.toPrecision(3))} days`,
  expectedLeadTimeWithQc: (min: string) =>
    `a mean lead time of at least ${min} with inbound QC under continuous review (each rejected batch is reordered at once and arrives after the lead time: shorter ones let rejections repeat without time moving on)`,
  expectedPeriodAtLeast: (min: string, instead: string) => `a duration of at least ${min} (shorter periods swamp the run with their events; for less, use ${instead})`,
  expectedAtMostPickers: (max: number) => `an integer > 0 and at most ${grouped(max)} pickers`,
  expectedTargetUnits: (max: number) => `at most ${grouped(max)} units at one stock point`,
  gotCoverUnits: (unitsPerDay: number, days: number) =>
    `about ${grouped(unitsPerDay * days)} units to cover (${grouped(unitsPerDay)} a day over ${Number(days.toPrecision(3))} days of lead time, review, order cycle and cover)`,
  expectedCoverUnits: (max: number) =>
    `at most ${grouped(max)} units over the time the stock targets cover: fewer orders or units a day, or a shorter lead time, review period or cover`,
  warnSlowSetup: (pairs: number, setups: number, seconds: number) =>
    `setting up each replication takes about ${secs(seconds)} s before it simulates anything: ${grouped(pairs)} SKU-shop pairs over ${setups} setup${setups === 1 ? '' : 's'}, about 1 µs each (a seller’s catalogue rarely reaches 100,000 SKUs)`,
  warnSlowRun: (orders: number, setups: number, seconds: number) =>
    `each replication simulates up to ${grouped(orders)} orders over ${setups} setup${setups === 1 ? '' : 's'} (orders a day × warm-up, horizon and up to 120 days of drain): about ${secs(seconds)} s a replication`,

  // ── what a distribution may draw (docs/scenario.md, Distributions) ─────────
  expectedDurationAtMost: (maxDays: number) => `a duration of at most ${grouped(maxDays)} days (20 years, the longest run)`,
  expectedDomainMax: (highest: number, what: string) => `a value of at most ${grouped(highest)} (larger ${what} are out of any study's range)`,
  expectedDomainValue: (lowest: number, what: string) =>
    lowest === 0
      ? `a value ≥ 0 (${what} are never negative)`
      : `a value ≥ ${lowest} (${what} are at least ${lowest}; or raiseToOne: true to count lower draws as 1)`,
  expectedNormalMin: (lowest: number, what: string, probability: string) =>
    `min ≥ ${lowest}: without a lower bound this normal draws ${what} below ${lowest} (probability ${probability}); min truncates it there`,
  expectedCountFamily: (type: string, probability?: string) =>
    `a distribution of counts that never draws below 1, but this ${type} does${probability === undefined ? '' : ` (probability ${probability})`}: add raiseToOne: true to count such draws as 1, or give a discrete table of counts ≥ 1`,
} as const;

/** A catalogue entry's name. */
export type MessageId = keyof typeof msg;
