/**
 * The experiment layer's error-message catalogue. Every error this layer throws is built
 * here, so tests compare against the builder, and `test/experiment/messages.test.ts` checks
 * the house style (lower-case, no trailing period).
 */

/** `--out` names a folder that already holds files. */
export const outExists = (dir: string): string =>
  `output folder ${dir} already exists and is not empty: choose another --out, or pass --force to write into it`;

/** `--shard` is not `k/n` with 1 ≤ k ≤ n, nor `auto`. */
export const badShard = (got: string): string =>
  `--shard ${got}: expected k/n with 1 ≤ k ≤ n (e.g. 2/8), auto/n, or auto`;

/** `--shard auto` found no index variable in the environment. */
export const shardAutoNoEnv = (): string =>
  `--shard auto: neither JOB_COMPLETION_INDEX (kubernetes indexed job) nor SLURM_ARRAY_TASK_ID (slurm array) is set`;

/** `--shard auto` without a count where the environment does not give one. */
export const shardAutoNoCount = (variable: string): string =>
  `--shard auto: ${variable} is set but the shard count is unknown; write --shard auto/n`;

/** The index from the environment lies outside 1..n. */
export const shardAutoOutOfRange = (variable: string, value: string, count: number): string =>
  `--shard auto: ${variable}=${value} does not pick one of ${count} shards`;

/** `--target-precision` is not `metric=±x`. */
export const badTarget = (got: string): string =>
  `--target-precision ${got}: expected metric=±x or metric=±x% (e.g. fulfilmentDaysMean=±0.05, onTimeRate=±1%)`;

/** A metric name that results.json does not have. */
export const unknownMetric = (got: string, suggestion: string | undefined): string =>
  `unknown metric ${got}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;

/** `--vary` is not `path=v1,v2,…`. */
export const badVary = (got: string): string =>
  `--vary ${got}: expected path=v1,v2,… (e.g. demand.crossShopBasketShare=0,0.1,0.2)`;

/** A `--vary` path does not lead to an object or array in the scenario file. */
export const varyPathMissing = (path: string, at: string): string =>
  `--vary ${path}: the scenario has nothing at ${at}`;

/** A `--horizon` or `--warmup` outside the range the scenario's own fields allow. */
export const durationOutOfRange = (option: string, got: string, expected: string): string => `${option} must be ${expected} (got ${got})`;

/** An integer option over its limit. */
export const tooLarge = (option: string, got: unknown, max: number): string => `${option} must be at most ${max} (got ${String(got)})`;

/** A value that must be a positive integer. */
export const notPositiveInteger = (option: string, got: unknown): string =>
  `${option} must be a positive integer (got ${String(got)})`;

/** A replication threw (or its worker died). */
export const replicationFailed = (replication: number, seed: number | string, reason: string): string =>
  `replication ${replication} (seed ${String(seed)}) failed: ${reason}`;

/** How to rerun one failed replication alone. */
export const rerunHint = (command: string): string => `rerun it alone with: ${command}`;

/** The worker thread running a replication died (piscina replaces it; the other replications run on). */
export const workerDied = (code: number): string => `its worker thread died (exit code ${code}); the other replications ran on a new thread`;

/** `POOLSIM_FAIL_REP` made a replication fail on purpose (a testing aid). */
export const injectedFailure = (replication: number): string =>
  `failure injected by POOLSIM_FAIL_REP=${replication} (a testing aid; unset it for real runs)`;

/** A merge input that is not a poolsim results file. */
export const notResults = (file: string, reason: string): string => `${file} is not a poolsim results file: ${reason}`;

/** A merge input lacks the per-replication raw file written beside results.json. */
export const rawMissing = (file: string, raw: string): string =>
  `${file} has no ${raw} beside it: merge needs the raw replications each run writes`;

/** Two merge inputs come from different studies. */
export const mergeMismatch = (a: string, b: string, field: string): string =>
  `cannot merge ${a} with ${b}: they differ in ${field}`;

/** Two merge inputs contain the same replication. */
export const mergeOverlap = (replication: number, a: string, b: string): string =>
  `replication ${replication} appears in both ${a} and ${b}`;

/** No input files were given to merge. */
export const mergeNothing = (): string => `nothing to merge: give one or more results.json files`;

/** `--rep` names a replication outside what the plan allows. */
export const badRep = (got: unknown): string => `--rep must be a replication index ≥ 0 (got ${String(got)})`;

/** A duration option that is not a duration. */
export const badDuration = (option: string, got: string): string =>
  `${option} ${got}: expected days as a number, or a duration such as 30d, 4w or 12h`;

/** `--set` is not `path=value`. */
export const badSet = (got: string): string =>
  `--set ${got}: expected path=value (e.g. demand.crossShopBasketShare=0.2)`;

/** Options that cannot be combined. */
export const incompatibleOptions = (a: string, b: string): string => `${a} cannot be combined with ${b}`;

/** A file the scenario names (`demand.history`, `replenishment.initialStock`) is not there. */
export const sellerFileMissing = (path: string): string => `no such file: ${path}`;

/** What `demand.history` must name. */
export const expectedHistoryFile = (): string => 'an order history written by poolsim import orders (path relative to the scenario file)';

/** What `replenishment.initialStock` must name. */
export const expectedStockFile = (): string => 'a stock snapshot written by poolsim import stock (path relative to the scenario file)';

/** The history names shops or markets the scenario does not define. */
export const historyIdsUnknown = (kind: string, ids: string): string =>
  `a history whose ${kind} the scenario defines; it also has ${ids}: add them to ${kind}`;

/** The history holds no order. */
export const historyEmpty = (): string => 'an order history with at least one order';

/** A sweep or `--set` changes the seller's data. */
export const sellerDataVaried = (path: string): string =>
  `${path} cannot be varied in a sweep or by --set: run one study per file`;

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** A setup placed no order in the measured window: every rate and mean of it is undefined. */
export const emptyWindow = (setup: string, horizonDays: number, warmupDays: number): string =>
  `setup ${setup} placed no order in the measured window (${days(horizonDays)} after a warm-up of ${days(warmupDays)}): its rates and means are undefined (– in the table); check horizon, warmup and the shops' demand`;

/** Measured orders were still open when the drain cap stopped the run. */
export const openAtDrainCap = (setup: string, open: number, placed: number, replications: number, of: number, capDays: number): string =>
  `setup ${setup}: ${open} of the ${placed} orders placed in the measured window (${placed > 0 ? `${Number(((100 * open) / placed).toPrecision(2))}%` : '–'}) were neither delivered nor lost when the run stopped ${capDays} days after the horizon, in ${replications} of ${of} replications: fulfilment figures leave them out (stock that never arrives? check replenishment and transit times)`;

// ── checking results files (validate-results.ts): notes and got/expected texts ──

/** A results file that cannot be read. */
export const resultsUnreadable = (reason: string): string => `cannot be read (${reason})`;

/** A results file that is not JSON. */
export const resultsNotJson = (reason: string): string => `is not valid JSON: ${reason}`;

/** A results file of another schema version. */
export const resultsExpectedVersion = (supported: number): string =>
  `${supported}: this poolsim reads results of schema version ${supported} (re-render with the poolsim that wrote the file, or rerun the study)`;

/** More problems than are listed. */
export const resultsMore = (more: number): string => `and ${more} more problems (the first 20, in file order, are listed above)`;

/** The raw replications file is not gzip. */
export const rawNotGzip = (reason: string): string => `is not a gzip file of replications (${reason})`;

/** The raw replications file has another number of lines than the results have replications. */
export const rawGotLines = (lines: number): string => `${lines} replication lines`;

export const rawExpectedLines = (replications: number): string => `one line per replication of results.json (${replications})`;

export const rawExpectedJsonLine = (reason: string): string => `a JSON object (${reason.charAt(0).toLowerCase()}${reason.slice(1)})`;

export const rawExpectedReplication = (): string => 'a replication: { replication, ordersSimulated, setups }';

export const rawExpectedIndex = (replication: number): string => `replication ${replication}, in the order of results.json's replicationIndices`;

export const rawExpectedSetups = (setups: readonly string[]): string => `a mapping of the setups ${[...setups].join(', ')}`;

export const rawExpectedSetup = (): string => 'a setup replication: { metrics, monthly, byMarket, series }';

export const rawExpectedNumber = (): string => 'a number (null where not computable)';

/** The output folder cannot be written into: found before anything is simulated. */
export const outputNotWritable = (dir: string, reason: string): string =>
  `cannot write into ${dir}: ${reason}; nothing was simulated (choose another --out, or make room)`;

/** A file of the run folder could not be written: what is there and what is not. */
export const outputWriteFailed = (file: string, reason: string, complete: readonly string[]): string =>
  `cannot write ${file}: ${reason}; no file was left half-written: ${complete.length > 0 ? `${[...complete].join(', ')} ${complete.length === 1 ? 'is' : 'are'} complete, ` : ''}results.json (written last) is not there — make room or choose another --out, and run again`;

/** A file (a sweep table) could not be written. */
export const outputFileFailed = (file: string, reason: string): string =>
  `cannot write ${file}: ${reason}; no file was left half-written (each is written whole or not at all) — make room or choose another --out, and run again`;

/** A catalogue so small a shop may list no SKU (SKUs are dealt to shops at random per replication). */
export const catalogueLeavesShopEmpty = (setup: string, chance: number, shop: string): string =>
  `enough SKUs for every shop: in setup ${setup}, shop ${shop} lists no SKU in ${chance >= 1e-4 ? `${Number((100 * chance).toPrecision(2))}%` : chance.toExponential(0)} of replications (the model refuses such a replication); raise catalogue.skus or catalogue.sharedSkuShare, or give the shop an exclusiveSkuShare`;

/** Exclusive SKUs that no shop may take (every shop's exclusiveSkuShare is 0). */
export const catalogueNoExclusiveShop = (setup: string): string =>
  `a shop to take the exclusive SKUs: in setup ${setup} every shop's exclusiveSkuShare is 0; raise catalogue.sharedSkuShare to 1, or give a shop a share`;
