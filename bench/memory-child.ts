/**
 * Child process of the memory suite: runs one replication of the `merged` setup of the
 * long steady-state default study sized for `argv[2]` orders, then prints one JSON line
 * with the peak RSS (`process.resourceUsage().maxRSS`), the RSS before the run (node, the
 * modules and the scenario loaded), the orders simulated and the run's wall time.
 * A fresh process per size, so one size's peak cannot hide another's.
 */
import { maxUplift, simulateSetup } from '../src/model/replication.js';
import { loadDefaultStudy, longRunScenario, setupNamed } from './fixtures/default-study.js';

/** What the child prints. */
export interface MemoryChildReport {
  orders: number;
  peakOrdersInFlight: number;
  eventsDispatched: number;
  /** Wall time of the run, s. */
  seconds: number;
  /** CPU time of the run (user + system, all threads), s. */
  cpuSeconds: number;
  rssBeforeMB: number;
  maxRssMB: number;
}

const orders = Number(process.argv[2]);
const scenario = longRunScenario(await loadDefaultStudy(), orders);
const setup = setupNamed(scenario, 'merged');
const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
const started = performance.now();
const cpuStarted = process.cpuUsage();
const { diagnostics } = simulateSetup(scenario, setup, 0, maxUplift(scenario));
const report: MemoryChildReport = {
  orders: diagnostics.ordersGenerated,
  peakOrdersInFlight: diagnostics.peakOrdersInFlight,
  eventsDispatched: diagnostics.eventsDispatched,
  seconds: (performance.now() - started) / 1000,
  cpuSeconds: (() => {
    const u = process.cpuUsage(cpuStarted);
    return (u.user + u.system) / 1e6;
  })(),
  rssBeforeMB,
  // maxRSS is in kilobytes (libuv's getrusage)
  maxRssMB: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(report));
