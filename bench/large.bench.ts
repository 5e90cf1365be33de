/**
 * Large-seller suite (`--suite large`): what a factory seller's study costs
 * (`scenarios/large-seller.yaml`: 10⁵ SKUs × 8 platform warehouses, 5,000 orders a day),
 * each measurement in a fresh child process (`bench/large-child.ts`, replication 0 of every
 * setup):
 *
 * 1. `large-seller setup`: setup time of one replication (3 setups: catalogue, model, order
 *    stream, the run's initialisation), unit SKUs;
 * 2. `large-seller run`: simulated orders/s per worker (events and results assembly) and the
 *    peak RSS of the process;
 * 3. the scaling series, one child per point: cost per replication (setup and run) against
 *    SKUs at 5,000 orders a day (10³ … 10⁶) and against orders a day at 10⁵ SKUs (500 …
 *    20,000; pickers scaled with the orders). Each point's figures are in its record's
 *    `params` (`series`, `skus`, `ordersPerDay`, `setupMs`, `runMs`, `orders`) for the chart
 *    (`bench/large-chart.ts` → docs/performance/large-seller-scaling.png).
 *
 * Short runs: a 30-day warm-up and 30 measured days for the large-seller tasks (median of 3
 * runs), 10 + 20 days for the series (one run a point; the point at the file's own size
 * serves both series); `--quick`: 5 + 5 days for all, one run, the series to 10⁵ SKUs and
 * 5,000 orders a day (the large-seller task's run is that point). The record's median is
 * wall time, or the child's CPU time with `--clock cpu`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';
import { repoPath } from './fixtures/repo-path.js';
import { recordFromDurations } from './harness/measure.js';
import { message } from './harness/messages.js';
import type { Suite, SuiteContext } from './harness/suite.js';
import type { BenchRecord, Clock } from './harness/types.js';
import type { LargeChildJob, LargeChildReport, PhaseTimes } from './large-child.js';

const SUITE = 'large';
const CHILD = fileURLToPath(new URL('./large-child.js', import.meta.url));
/** The large-seller study, absolute. */
export const LARGE_SELLER = repoPath('scenarios/large-seller.yaml');

/** SKUs and orders a day of the scaling series. */
export const SERIES = {
  full: { skus: [1e3, 1e4, 1e5, 1e6], ordersPerDay: [500, 1000, 2000, 5000, 10_000, 20_000] },
  quick: { skus: [1e3, 1e4, 1e5], ordersPerDay: [500, 1000, 2000, 5000] },
} as const;

/** Runs the child for `job` and parses its report. */
export function runLargeChild(job: LargeChildJob): LargeChildReport {
  const child = spawnSync(process.execPath, [CHILD, JSON.stringify(job)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.error || child.status !== 0) {
    throw new Error(message.sanityFailed(`large-seller child ${JSON.stringify(job)} failed: ${child.error?.message ?? child.stderr.trim()}`));
  }
  return JSON.parse(child.stdout.trim().split('\n').slice(-1)[0]) as LargeChildReport;
}

const ms = (p: PhaseTimes, clock: Clock) => (clock === 'cpu' ? p.cpuMs : p.wallMs);

/**
 * A scaling-series point as a record: one replication's cost (setup + run), the parts in `params`.
 * @example seriesRecord('skus', report, 'wall').name // 'cost at 1e5 SKUs'
 */
export function seriesRecord(series: 'skus' | 'ordersPerDay', r: LargeChildReport, clock: Clock): BenchRecord {
  const name = series === 'skus' ? `cost at ${r.skus.toExponential(0).replace('+', '')} SKUs` : `cost at ${r.ordersPerDay} orders/day`;
  const setupMs = ms(r.setup, clock);
  const runMs = ms(r.run, clock);
  const record = recordFromDurations(SUITE, { name, unit: 'replications', unitsPerIteration: 1 }, [setupMs + runMs], clock);
  record.peakRssMB = r.maxRssMB;
  record.params = {
    series,
    skus: r.skus,
    ordersPerDay: r.ordersPerDay,
    setupMs,
    runMs,
    orders: r.orders,
    stockPoints: r.stockPoints,
    initMs: ms(r.init, clock),
    assemblyMs: ms(r.assembly, clock),
  };
  record.note = `${r.setups} setups, ${r.orders} orders, ${r.stockPoints} stock points: setup ${(setupMs / 1000).toFixed(2)} s, run ${(runMs / 1000).toFixed(2)} s`;
  return record;
}

/** The study's own size: a series point at it runs the file as it is. */
const FILE_SKUS = 1e5;
const FILE_ORDERS_PER_DAY = 5000;

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  const days = ctx.quick ? { warmup: 5, horizon: 5 } : { warmup: 30, horizon: 30 };
  const seriesDays = ctx.quick ? days : { warmup: 10, horizon: 20 };
  const samples = ctx.quick ? 1 : 3;
  // one child per distinct job: the series' two points at the file's size are one run (and,
  // with --quick, the large-seller task's run too)
  const done = new Map<string, LargeChildReport>();
  const child = (job: LargeChildJob, what: string): LargeChildReport => {
    const key = JSON.stringify(job);
    let r = done.get(key);
    if (r === undefined) {
      ctx.log(`  ${SUITE}/${what} (child process)`);
      r = runLargeChild(job);
      done.set(key, r);
    }
    return r;
  };
  const reports: LargeChildReport[] = [];
  for (let i = 0; i < samples; i++) reports.push(i === 0 ? child({ file: LARGE_SELLER, ...days }, `large-seller, ${samples} runs`) : runLargeChild({ file: LARGE_SELLER, ...days }));
  const r0 = reports[0];
  const window = `--warmup ${days.warmup} --horizon ${days.horizon}`;
  const setup = recordFromDurations(
    SUITE,
    { name: 'large-seller setup', unit: 'skus', unitsPerIteration: r0.skus },
    reports.map((r) => ms(r.setup, ctx.clock)),
    ctx.clock,
  );
  setup.params = { skus: r0.skus, ordersPerDay: r0.ordersPerDay, stockPoints: r0.stockPoints, setups: r0.setups };
  setup.note = `one replication's ${r0.setups} setups (${r0.stockPoints} stock points): model inputs ${(median(reports.map((r) => ms(r.inputs, ctx.clock))) / 1000).toFixed(2)} s + run initialisation ${(median(reports.map((r) => ms(r.init, ctx.clock))) / 1000).toFixed(2)} s (median of ${samples})`;
  records.push(setup);
  const runRecord = recordFromDurations(
    SUITE,
    { name: 'large-seller run', unit: 'orders', unitsPerIteration: r0.orders },
    reports.map((r) => ms(r.run, ctx.clock)),
    ctx.clock,
  );
  runRecord.peakRssMB = median(reports.map((r) => r.maxRssMB));
  runRecord.params = { skus: r0.skus, ordersPerDay: r0.ordersPerDay, warmup: days.warmup, horizon: days.horizon };
  runRecord.note = `${window}: ${r0.orders} orders over ${r0.setups} setups on one thread (orders/s per worker); results assembly ${(median(reports.map((r) => ms(r.assembly, ctx.clock))) / 1000).toFixed(2)} s; peak rss of the process (median of ${samples}), ${r0.rssBeforeMB.toFixed(0)} MB before the first setup`;
  records.push(runRecord);

  const series = ctx.quick ? SERIES.quick : SERIES.full;
  for (const skus of series.skus) {
    const job = { file: LARGE_SELLER, ...(skus === FILE_SKUS ? {} : { skus }), ...seriesDays };
    records.push(seriesRecord('skus', child(job, `series: ${skus} SKUs at ${FILE_ORDERS_PER_DAY} orders a day`), ctx.clock));
  }
  for (const ordersPerDay of series.ordersPerDay) {
    const job = { file: LARGE_SELLER, ...(ordersPerDay === FILE_ORDERS_PER_DAY ? {} : { ordersPerDay }), ...seriesDays };
    records.push(seriesRecord('ordersPerDay', child(job, `series: ${ordersPerDay} orders a day at ${FILE_SKUS} SKUs`), ctx.clock));
  }
  return records;
}

/** The large-seller suite (see the file comment). */
export const largeSuite: Suite = {
  name: SUITE,
  description: 'large seller (1e5 SKUs x 8 warehouses, 5,000 orders a day): setup time, orders/s per worker, peak rss; cost per replication against SKUs and orders a day, each in a child process',
  run,
};
