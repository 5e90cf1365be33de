/**
 * Uniform generators compared for the engine's random streams: seedrandom's default ARC4,
 * its Alea, xor4096, xorshift7 and Tyche-i, and two hand-written small-state generators
 * (sfc32, xoshiro128**). Each task draws 100 000 uniforms in [0, 1) and sums them (so the
 * loop cannot be optimised away); tinybench reports the median and p99 per task, from which
 * draws/s and ns/draw follow. Also times stream creation (`substream` keys are hashed once
 * per stream, and a replication creates a few dozen streams), and every sampler of
 * `makeSampler` on an Alea stream (ns per draw, generator included).
 *
 * Run: npx tsc -p tsconfig.bench.json && node dist-bench/bench/rng.js
 * Results are recorded in docs/engine.md ("Random generator").
 */
import seedrandom from 'seedrandom';
import { Bench } from 'tinybench';
import { makeSampler, substream } from '../src/engine/index.js';
import type { DistributionSpec } from '../src/engine/index.js';

const DRAWS = 100_000;
const KEY = 'poolsim|42|0|bench/rng';

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand), seeded by MurmurHash3's mixer. */
function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** xoshiro128** (Blackman & Vigna 2018), 32-bit output scaled to [0, 1). */
function xoshiro128ss(seed: number): () => number {
  let s0 = seed | 0 || 1;
  let s1 = 0x9e3779b9;
  let s2 = 0x243f6a88;
  let s3 = 0xb7e15162;
  const next = () => {
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

const generators: Record<string, () => () => number> = {
  'seedrandom ARC4 (default)': () => seedrandom(KEY) as () => number,
  'seedrandom alea': () => seedrandom.alea(KEY) as () => number,
  'seedrandom xor4096': () => seedrandom.xor4096(KEY) as () => number,
  'seedrandom xorshift7': () => seedrandom.xorshift7(KEY) as () => number,
  'seedrandom tychei': () => seedrandom.tychei(KEY) as () => number,
  'sfc32 (hand-written)': () => sfc32(0x2545f491),
  'xoshiro128** (hand-written)': () => xoshiro128ss(0x2545f491),
};

let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300, iterations: 20 });
/** The task functions by name, for the CPU-time pass after tinybench. */
const fns = new Map<string, () => void>();
const add = (name: string, fn: () => void) => {
  fns.set(name, fn);
  bench.add(name, fn);
};
for (const [name, make] of Object.entries(generators)) {
  const rng = make();
  add(name, () => {
    let s = 0;
    for (let i = 0; i < DRAWS; i++) s += rng();
    sink += s;
  });
}
let k = 0;
add('stream creation: seedrandom alea (Mash of the key)', () => {
  for (let i = 0; i < 1000; i++) sink += (seedrandom.alea(`${KEY}/${k++}`) as () => number)();
});
add('stream creation: seedrandom ARC4 (key schedule)', () => {
  for (let i = 0; i < 1000; i++) sink += (seedrandom(`${KEY}/${k++}`) as () => number)();
});

const SPECS: Array<[string, DistributionSpec]> = [
  ['uniform', { type: 'uniform', min: 0, max: 1 }],
  ['triangular', { type: 'triangular', min: 0, mode: 1, max: 3 }],
  ['exponential', { type: 'exponential', mean: 1 }],
  ['normal', { type: 'normal', mean: 0, sd: 1 }],
  ['normal truncated [0, ∞)', { type: 'normal', mean: 1, sd: 1, min: 0 }],
  ['normal truncated [35, ∞) (rejection)', { type: 'normal', mean: 0, sd: 1, min: 35 }],
  ['lognormal', { type: 'lognormal', mean: 5, cv: 0.4 }],
  ['gamma shape 4', { type: 'gamma', mean: 2, cv: 0.5 }],
  ['gamma shape 0.25', { type: 'gamma', mean: 1, cv: 2 }],
  ['poisson 3.5 (inversion)', { type: 'poisson', mean: 3.5 }],
  ['poisson 250 (PTRS)', { type: 'poisson', mean: 250 }],
  ['bernoulli', { type: 'bernoulli', p: 0.2 }],
  ['discrete, 1000 values (alias)', { type: 'discrete', values: [...Array(1000).keys()], weights: [...Array(1000).keys()].map((i) => 1 / (i + 1)) }],
];
for (const [name, spec] of SPECS) {
  const sampler = makeSampler(spec);
  const rng = substream(42, 0, `bench/${name}`);
  add(`sampler: ${name}`, () => {
    let s = 0;
    for (let i = 0; i < DRAWS; i++) s += sampler.sample(rng);
    sink += s;
  });
}

/** Minimum CPU time (user + system, ms) of one call over `runs` calls: steadier than wall time on a shared machine. */
function minCpuMs(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

await bench.run();
console.log(`node ${process.version}, ${DRAWS} draws per iteration (streams: 1000 creations)`);
console.log('| task | median ms/iter | p99 ms | rme % | ns/draw (median) | ns/draw (min CPU of 30) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const task of bench.tasks) {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  const per = task.name.startsWith('stream') ? 1000 : DRAWS;
  const ms = r.latency.p50;
  const cpu = minCpuMs(fns.get(task.name)!, 30);
  console.log(
    `| ${task.name} | ${ms.toFixed(3)} | ${r.latency.p99.toFixed(3)} | ${r.latency.rme.toFixed(2)} | ${((ms * 1e6) / per).toFixed(1)} | ${((cpu * 1e6) / per).toFixed(1)} |`,
  );
}
if (sink === 42) console.log('');
