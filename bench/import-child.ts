/**
 * Child process of the import suite: imports the CSV `argv[2]` into `argv[3]` (history;
 * the summary beside it) in a fresh process, then prints one JSON line with the run's wall
 * and CPU time, the peak RSS (`process.resourceUsage().maxRSS`), the RSS before the import
 * (node and the modules loaded) and what the import did. A fresh process per file, so one
 * file's peak cannot hide another's.
 */
import { statSync } from 'node:fs';
import { importOrders } from '../src/history/import-orders.js';
import { parseTimeZone } from '../src/history/time-zone.js';

/** What the child prints. */
export interface ImportChildReport {
  lines: number;
  orders: number;
  seconds: number;
  cpuSeconds: number;
  rssBeforeMB: number;
  maxRssMB: number;
  runs: number;
  spilledMB: number;
  inTimeOrder: boolean;
  outputMB: number;
}

const [input, out] = process.argv.slice(2);
const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
const started = performance.now();
const cpuStarted = process.cpuUsage();
const result = await importOrders({
  input,
  out,
  summaryOut: out.replace(/\.history\.jsonl\.gz$/, '.summary.json'),
  mapping: {},
  timeZone: parseTimeZone('UTC')!,
  maxErrors: 100,
  force: true,
});
const cpu = process.cpuUsage(cpuStarted);
const report: ImportChildReport = {
  lines: result.summary.lines,
  orders: result.summary.orders,
  seconds: (performance.now() - started) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  rssBeforeMB,
  // maxRSS is in kilobytes (libuv's getrusage)
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  runs: result.runs.runs,
  spilledMB: result.runs.spilledBytes / 2 ** 20,
  inTimeOrder: result.runs.inFileOrder,
  outputMB: statSync(out).size / 2 ** 20,
};
console.log(JSON.stringify(report));
