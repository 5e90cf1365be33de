/**
 * End-to-end suite: the whole model on the default study (`scenarios/default.yaml`).
 *
 * 1. Simulated orders/s per worker: one setup of replication 0 per iteration (catalogue,
 *    setup model build, order stream and run — what a worker does per setup), for the
 *    `merged` and `unmerged` setups; on the main thread, so per worker.
 * 2. Wall time of N replications (all setups) of `poolsim run --reps N --workers W` in a
 *    child process (W = 1 runs in-process, W = 2 a piscina pool; process start-up, thread
 *    start-up and cold JIT included for both, as a user sees them). N = 20 (`--quick`: 4,
 *    and a 60-day horizon for every e2e task). The 2-worker task's ratio to the 1-worker
 *    task is the speed-up. The two run in alternating pairs (1 then 2, 2 then 1, …; three
 *    pairs, `--quick` one) so both see the same drift of a shared machine; each pair's own
 *    speed-up goes in the 2-worker record's note.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';
import { applyOverrides } from '../src/experiment/scenario-overrides.js';
import { maxUplift, simulateSetup } from '../src/model/replication.js';
import { DEFAULT_STUDY, loadDefaultStudy, setupNamed } from './fixtures/default-study.js';
import { measure, recordFromDurations, slowSampling } from './harness/measure.js';
import { message } from './harness/messages.js';
import type { Suite, SuiteContext } from './harness/suite.js';
import type { BenchRecord } from './harness/types.js';

const SUITE = 'e2e';
const FULL_REPS = 20;
const QUICK_REPS = 4;
const QUICK_HORIZON_DAYS = 60;
const FULL_PAIRS = 3;
const QUICK_PAIRS = 1;
// The CLI compiled with the bench (dist-bench/src/cli/main.js), so both measure one build.
const CLI = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const BASH = '/bin/bash';

/** Wall time of a child run, and its CPU time (user + system, all threads) when known. */
export interface ChildTimes {
  wallMs: number;
  cpuMs?: number;
}

/**
 * Reads bash's `times` output (two lines: the shell's user and system time, then its
 * children's), returning the children's user + system time in ms.
 * @example parseTimes('0m0.003s 0m0.007s\n1m1.575s 0m0.072s\n') // 61647
 */
export function parseTimes(text: string): number | undefined {
  const lines = text.trim().split('\n');
  const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[lines.length - 1]?.trim() ?? '');
  if (!m) return undefined;
  return Math.round((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
}

/**
 * Runs `poolsim run` on the default study in a child process (a fresh process, as a user
 * would: cold JIT in the main thread and in every worker alike) and returns its wall time
 * in ms, and its CPU time when bash is there to report it (`times`). Results go to a
 * temporary folder, deleted afterwards; no report is rendered.
 */
export function runCli(reps: number, workers: number, horizonDays?: number): ChildTimes {
  const out = mkdtempSync(join(tmpdir(), 'poolsim-bench-'));
  try {
    const args = [CLI, 'run', DEFAULT_STUDY, '--reps', String(reps), '--workers', String(workers)];
    args.push('--quiet', '--no-report', '--force', '--out', out);
    if (horizonDays !== undefined) args.push('--horizon', String(horizonDays));
    const bash = existsSync(BASH);
    const started = performance.now();
    const child = bash
      ? spawnSync(BASH, ['-c', '"$@"; status=$?; times; exit $status', 'bash', process.execPath, ...args], {
          encoding: 'utf8',
          maxBuffer: 16 << 20,
        })
      : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
    const wallMs = performance.now() - started;
    if (child.error || child.status !== 0) {
      throw new Error(message.sanityFailed(`poolsim run --workers ${workers} failed: ${child.error?.message ?? child.stderr.trim()}`));
    }
    const cpuMs = bash ? parseTimes(child.stdout) : undefined;
    return cpuMs === undefined ? { wallMs } : { wallMs, cpuMs };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The worker counts to run, pair by pair, alternating which goes first.
 * @example alternatingPairs(3) // [1, 2, 2, 1, 1, 2]
 */
export function alternatingPairs(pairs: number): Array<1 | 2> {
  const order: Array<1 | 2> = [];
  for (let i = 0; i < pairs; i++) order.push(...(i % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const)));
  return order;
}

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  const full = await loadDefaultStudy();
  // --quick: a 60-day horizon (after the 60-day warm-up) keeps the suite to a few seconds;
  // orders/s then includes a larger share of the per-setup build cost.
  const study = ctx.quick ? applyOverrides(full, { horizonDays: QUICK_HORIZON_DAYS }) : full;
  const upliftMax = maxUplift(study);
  const sampling = slowSampling(ctx.quick);
  for (const name of ['merged', 'unmerged']) {
    const setup = setupNamed(study, name);
    // One untimed run: JIT warm-up, and the order count (fixed by the seed) for the rate.
    const orders = simulateSetup(study, setup, 0, upliftMax).diagnostics.ordersGenerated;
    const record = await measure(
      SUITE,
      {
        name: `default study ${name}`,
        unit: 'orders',
        unitsPerIteration: orders,
        fn: () => simulateSetup(study, setup, 0, upliftMax),
        sampling: { ...sampling, warmupIterations: 0 },
      },
      ctx,
    );
    record.note = `${orders} orders per replication of the setup`;
    records.push(record);
  }

  const reps = ctx.quick ? QUICK_REPS : FULL_REPS;
  const horizon = ctx.quick ? QUICK_HORIZON_DAYS : undefined;
  const pairs = ctx.quick ? QUICK_PAIRS : FULL_PAIRS;
  const times: Record<1 | 2, ChildTimes[]> = { 1: [], 2: [] };
  for (const workers of alternatingPairs(pairs)) {
    ctx.log(`  ${SUITE}/replications: poolsim run --reps ${reps} --workers ${workers} (child process, pair ${times[workers].length + 1} of ${pairs})`);
    times[workers].push(runCli(reps, workers, horizon));
  }
  const pairSpeedups = times[1].map((t, i) => t.wallMs / times[2][i].wallMs);
  for (const workers of [1, 2] as const) {
    const name = workers === 1 ? 'replications, 1 worker' : 'replications, 2 workers';
    const walls = times[workers].map((t) => t.wallMs);
    const record = recordFromDurations(
      SUITE,
      { name, unit: 'replications', unitsPerIteration: reps, ...(workers === 2 ? { baseline: 'replications, 1 worker' } : {}) },
      walls,
    );
    const cpus = times[workers].flatMap((t) => (t.cpuMs === undefined ? [] : [t.cpuMs]));
    const cpuMs = cpus.length === walls.length ? median(cpus) : undefined;
    const cpu = cpuMs === undefined ? '' : `; median ${(cpuMs / 1000).toFixed(1)} cpu-s, parallelism ${(cpuMs / record.medianMs).toFixed(2)}`;
    const perPair =
      workers === 2 ? `; speed-up per pair ${pairSpeedups.map((x) => x.toFixed(2)).join(', ')} (median ${median(pairSpeedups).toFixed(2)})` : '';
    record.note = `poolsim run --reps ${reps} --workers ${workers}${horizon ? ` --horizon ${horizon}` : ''}; ${study.setups.length} setups; wall time of the whole process, median of ${walls.length}${cpu}${perPair}`;
    record.params = { workers, ...(cpuMs === undefined ? {} : { cpuMs }) };
    records.push(record);
  }
  return records;
}

/** The end-to-end suite (see the file comment). */
export const e2eSuite: Suite = {
  name: SUITE,
  description: 'default study: simulated orders/s per worker (merged, unmerged); wall time of 20 replications on 1 and 2 workers, in alternating pairs',
  run,
};
