/**
 * Child process of the large-seller suite (`bench/large.bench.ts`): runs replication 0 of
 * every setup of a study — `argv[2]` is a {@link LargeChildJob} as JSON — and prints one JSON
 * line: setup and run time, orders simulated, peak RSS. A fresh process per job, so one job's
 * peak cannot hide another's, and each starts cold, as a worker's first replication does
 * (without the priming run, which does not depend on the catalogue's size).
 *
 * Per setup, as `simulateSetup` runs it:
 * - setup = `setupInputs` (catalogue, static model: placement, stock points and targets,
 *   pool, transition/sync/EPR structures, forecast; the order stream) + the run's own
 *   initialisation (`SetupRun`'s constructor and its t = 0 phase: initial stock, the first
 *   replenishment pass, the first arrivals), up to the first `Simulation.run`;
 * - run = the events (from the first `Simulation.run` to the last one's return) + the results
 *   assembly (`finish`: metrics per setup, after the last event).
 * The times are read around `Simulation.prototype.run` (wrapped here, two calls per setup).
 */
import { applyOverrides } from '../src/experiment/scenario-overrides.js';
import { loadStudyScenario } from '../src/experiment/load-study-scenario.js';
import { Simulation } from '../src/engine/index.js';
import { maxUplift, setupInputs } from '../src/model/replication.js';
import { runSetup } from '../src/model/setup/setup-run.js';
import type { Scenario } from '../src/scenario/schema.js';

/** What the child runs. */
export interface LargeChildJob {
  /** Scenario file, absolute. */
  file: string;
  /** `catalogue.skus` (else the file's). */
  skus?: number;
  /** Orders a day of all shops together, the file's split kept (else the file's); pickers scale with it. */
  ordersPerDay?: number;
  warmup?: number;
  horizon?: number;
}

/** One phase's time, ms. */
export interface PhaseTimes {
  wallMs: number;
  /** User + system CPU time of the process (all threads: GC helpers too), ms. */
  cpuMs: number;
}

/** What the child prints. */
export interface LargeChildReport {
  skus: number;
  ordersPerDay: number;
  /** Stock points over all setups. */
  stockPoints: number;
  setups: number;
  /** Orders generated, all setups. */
  orders: number;
  setup: PhaseTimes;
  run: PhaseTimes;
  /** Parts of setup and run: the model inputs, the run's initialisation, the results assembly. */
  inputs: PhaseTimes;
  init: PhaseTimes;
  assembly: PhaseTimes;
  rssBeforeMB: number;
  maxRssMB: number;
}

/** The shops' rates scaled together to `ordersPerDay`, and every warehouse's pickers with them (at least 2), so that no queue grows without bound. */
function scaled<S extends Scenario>(scenario: S, ordersPerDay: number): S {
  return {
    ...scenario,
    setups: scenario.setups.map((s) => {
      const total = s.shops.reduce((sum, shop) => sum + shop.ordersPerDay!, 0);
      const f = ordersPerDay / total;
      return {
        ...s,
        shops: s.shops.map((shop) => ({ ...shop, ordersPerDay: shop.ordersPerDay! * f })),
        warehouses: s.warehouses.map((w) => ({ ...w, pickers: Math.max(2, Math.ceil(w.pickers * f)) })),
      };
    }),
  };
}

const job = JSON.parse(process.argv[2]) as LargeChildJob;
let { scenario } = await loadStudyScenario(job.file, job.skus === undefined ? undefined : { 'catalogue.skus': job.skus });
scenario = applyOverrides(scenario, {
  ...(job.warmup !== undefined ? { warmupDays: job.warmup } : {}),
  ...(job.horizon !== undefined ? { horizonDays: job.horizon } : {}),
});
if (job.ordersPerDay !== undefined) scenario = scaled(scenario, job.ordersPerDay);

const wall = () => performance.now();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let firstRun: [number, number] | null = null;
let lastExit: [number, number] = [0, 0];
const run = Simulation.prototype.run;
Simulation.prototype.run = function (this: Simulation, until?: number): number {
  if (firstRun === null) firstRun = [wall(), cpu()];
  const n = run.call(this, until);
  lastExit = [wall(), cpu()];
  return n;
};

const zero = (): PhaseTimes => ({ wallMs: 0, cpuMs: 0 });
const add = (p: PhaseTimes, from: [number, number], to: [number, number]) => {
  p.wallMs += to[0] - from[0];
  p.cpuMs += to[1] - from[1];
};
const inputs = zero();
const init = zero();
const events = zero();
const assembly = zero();
const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
const up = maxUplift(scenario);
let orders = 0;
let stockPoints = 0;
for (const setup of scenario.setups) {
  firstRun = null;
  const t0: [number, number] = [wall(), cpu()];
  const { model, stream } = setupInputs(scenario, setup, 0, up);
  const t1: [number, number] = [wall(), cpu()];
  const { diagnostics } = runSetup(model, stream, scenario.seed, 0);
  const t4: [number, number] = [wall(), cpu()];
  const t2 = firstRun ?? t4;
  const t3 = firstRun === null ? t4 : lastExit;
  add(inputs, t0, t1);
  add(init, t1, t2);
  add(events, t2, t3);
  add(assembly, t3, t4);
  orders += diagnostics.ordersGenerated;
  stockPoints += model.stock.size;
}
const sum = (a: PhaseTimes, b: PhaseTimes): PhaseTimes => ({ wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs });
const first = scenario.setups[0];
const report: LargeChildReport = {
  skus: first.catalogue.skus ?? 0,
  ordersPerDay: first.shops.reduce((s, shop) => s + (shop.ordersPerDay ?? 0), 0),
  stockPoints,
  setups: scenario.setups.length,
  orders,
  setup: sum(inputs, init),
  run: sum(events, assembly),
  inputs,
  init,
  assembly,
  rssBeforeMB,
  // maxRSS is in kilobytes (libuv's getrusage)
  maxRssMB: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(report));
