/**
 * Memory suite: peak RSS of one replication (the default study's `merged` setup, demand
 * trend off, horizon stretched) of 10⁶ and 10⁷ orders, each in a fresh child process
 * (`bench/memory-child.ts`). Memory should follow the orders in flight, not the orders
 * simulated: the two peaks should be about equal. `--quick` runs 10⁵ and 3·10⁵ orders.
 *
 * The record's median is the run's time (one sample; wall, or the child's CPU time with
 * `--clock cpu`), so orders/s is also reported.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { recordFromDurations } from './harness/measure.js';
import { message } from './harness/messages.js';
import type { Suite, SuiteContext } from './harness/suite.js';
import type { BenchRecord } from './harness/types.js';
import type { MemoryChildReport } from './memory-child.js';

const SUITE = 'memory';
const CHILD = fileURLToPath(new URL('./memory-child.js', import.meta.url));

/** Runs the child for `orders` orders and parses its report. */
export function runMemoryChild(orders: number): MemoryChildReport {
  const child = spawnSync(process.execPath, [CHILD, String(orders)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.error || child.status !== 0) {
    throw new Error(message.sanityFailed(`memory child for ${orders} orders failed: ${child.error?.message ?? child.stderr.trim()}`));
  }
  return JSON.parse(child.stdout.trim().split('\n').slice(-1)[0]) as MemoryChildReport;
}

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const sizes: Array<[number, string]> = ctx.quick
    ? [
        [1e5, '1e5 orders'],
        [3e5, '3e5 orders'],
      ]
    : [
        [1e6, '1e6 orders'],
        [1e7, '1e7 orders'],
      ];
  const records: BenchRecord[] = [];
  for (const [orders, name] of sizes) {
    ctx.log(`  ${SUITE}/${name}: child process`);
    const report = runMemoryChild(orders);
    const seconds = ctx.clock === 'cpu' ? report.cpuSeconds : report.seconds;
    const record = recordFromDurations(SUITE, { name, unit: 'orders', unitsPerIteration: report.orders }, [seconds * 1000], ctx.clock);
    record.peakRssMB = report.maxRssMB;
    record.note = `rss before the run ${report.rssBeforeMB.toFixed(0)} MB; peak orders in flight ${report.peakOrdersInFlight}; ${report.eventsDispatched} events`;
    records.push(record);
  }
  return records;
}

/** The memory suite (see the file comment). */
export const memorySuite: Suite = {
  name: SUITE,
  description: 'peak rss of one replication of 10^6 and 10^7 orders, each in a child process',
  run,
};
