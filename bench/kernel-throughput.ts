/**
 * Raw throughput of the kernel: schedule + dispatch, in events/s, by the classic hold model
 * (Vaucher & Duval 1975): n events pending; each dispatched event schedules one successor at
 * now + an exponential increment (mean 1 day), so the queue stays at n. Increments come from a
 * table drawn beforehand, so the generator is not billed. Three variants per size:
 *
 * - `engine`: the `Simulation` API as a model uses it (handler id, two payload slots);
 * - `engine + cancel`: as `engine`, but every event also schedules a decoy and cancels the
 *   previous one (timeouts that rarely fire), i.e. two schedules and one cancel per dispatch;
 * - `bare heap`: a typed-array binary heap on (time, seq) inlined in a loop, with no slots,
 *   handles or handlers: the practical limit for a binary heap in JavaScript.
 *
 * tinybench times batches of 200 000 dispatches (wall clock); the table gives the median, p99
 * and rme, plus the minimum process CPU time of 10 further batches, which is far less
 * sensitive to other jobs on a shared machine than wall-clock time.
 * Run: npx tsc -p tsconfig.bench.json && node --expose-gc dist-bench/bench/kernel-throughput.js
 * Results are recorded in docs/engine.md ("Cost model").
 */
import { Bench } from 'tinybench';
import { Simulation, substream } from '../src/engine/index.js';

const SIZES = [1e3, 1e5, 1e6];
const BATCH = 200_000;
const MASK = (1 << 16) - 1;

const increments = (() => {
  const rng = substream(1, 0, 'bench/kernel-throughput');
  const t = new Float64Array(MASK + 1);
  for (let i = 0; i <= MASK; i++) t[i] = -Math.log(1 - rng());
  return t;
})();

function engineHold(pending: number): () => void {
  const sim = new Simulation();
  let draw = 0;
  let left = 0;
  const hold = sim.on(() => {
    sim.schedule(increments[draw++ & MASK], hold);
    if (--left === 0) sim.stop();
  });
  for (let i = 0; i < pending; i++) sim.schedule(increments[draw++ & MASK], hold);
  return () => {
    left = BATCH;
    sim.run();
  };
}

function engineHoldCancel(pending: number): () => void {
  const sim = new Simulation();
  let draw = 0;
  let left = 0;
  let decoy = -1;
  const noop = sim.on(() => {});
  const hold = sim.on(() => {
    sim.schedule(increments[draw++ & MASK], hold);
    sim.cancel(decoy);
    decoy = sim.schedule(50 + increments[draw++ & MASK], noop);
    if (--left === 0) sim.stop();
  });
  for (let i = 0; i < pending; i++) sim.schedule(increments[draw++ & MASK], hold);
  return () => {
    left = BATCH;
    sim.run();
  };
}

function bareHold(pending: number): () => void {
  const cap = pending + 1;
  const ht = new Float64Array(cap);
  const hs = new Float64Array(cap);
  let size = 0;
  let seq = 0;
  let draw = 0;
  const push = (t: number) => {
    const s = seq++;
    let pos = size++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = ht[parent];
      if (pt < t || (pt === t && hs[parent] < s)) break;
      ht[pos] = pt;
      hs[pos] = hs[parent];
      pos = parent;
    }
    ht[pos] = t;
    hs[pos] = s;
  };
  const pop = () => {
    const n = --size;
    const t = ht[n];
    const s = hs[n];
    let pos = 0;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (ht[right] < ht[child] || (ht[right] === ht[child] && hs[right] < hs[child]))) child = right;
      const ct = ht[child];
      if (t < ct || (t === ct && s < hs[child])) break;
      ht[pos] = ct;
      hs[pos] = hs[child];
      pos = child;
    }
    ht[pos] = t;
    hs[pos] = s;
  };
  for (let i = 0; i < pending; i++) push(increments[draw++ & MASK]);
  return () => {
    for (let i = 0; i < BATCH; i++) {
      const now = ht[0];
      pop();
      push(now + increments[draw++ & MASK]);
    }
  };
}

/** Minimum CPU time (user + system, ms) of one batch over `runs` batches. */
function minCpuMs(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const rows: string[] = [];
for (const size of SIZES) {
  const variants: Array<[string, () => void]> = [
    ['engine', engineHold(size)],
    ['engine + cancel', engineHoldCancel(size)],
    ['bare heap', bareHold(size)],
  ];
  const bench = new Bench({ time: 2000, warmupTime: 500, iterations: 10 });
  for (const [name, fn] of variants) bench.add(name, fn);
  (globalThis as { gc?: () => void }).gc?.();
  await bench.run();
  for (const [i, task] of bench.tasks.entries()) {
    const r = task.result;
    if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
    const perSec = (BATCH / r.latency.p50) * 1000;
    const cpuMs = minCpuMs(variants[i][1], 10);
    rows.push(
      `| ${size.toExponential(0)} | ${task.name} | ${r.latency.p50.toFixed(1)} | ${r.latency.p99.toFixed(1)} | ${r.latency.rme.toFixed(1)} | ${(perSec / 1e6).toFixed(2)} | ${((cpuMs * 1e6) / BATCH).toFixed(0)} | ${(BATCH / cpuMs / 1e3).toFixed(2)} |`,
    );
  }
}
console.log(`node ${process.version}; ${BATCH} dispatches per iteration`);
console.log('| pending | variant | median ms | p99 ms | rme % | M events/s (median) | min CPU ns/event | M events/s (min CPU) |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
