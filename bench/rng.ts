/**
 * Uniform generators compared for the engine's random streams: seedrandom's default ARC4,
 * its Alea, xor4096, xorshift7 and Tyche-i, and two hand-written small-state generators
 * (sfc32, xoshiro128**). Each task draws 100 000 uniforms in [0, 1) and sums them (so the
 * loop cannot be optimised away); tinybench reports the median and p99 per task, from which
 * draws/s and ns/draw follow. Also times stream creation (`substream` keys are hashed once
 * per stream, and a replication creates a few dozen streams).
 *
 * Run: npx tsc -p tsconfig.bench.json && node dist-bench/bench/rng.js
 * Results are recorded in docs/engine.md ("Random generator").
 */
import seedrandom from 'seedrandom';
import { Bench } from 'tinybench';

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
for (const [name, make] of Object.entries(generators)) {
  const rng = make();
  bench.add(name, () => {
    let s = 0;
    for (let i = 0; i < DRAWS; i++) s += rng();
    sink += s;
  });
}
let k = 0;
bench.add('stream creation: seedrandom alea (Mash of the key)', () => {
  for (let i = 0; i < 1000; i++) sink += (seedrandom.alea(`${KEY}/${k++}`) as () => number)();
});
bench.add('stream creation: seedrandom ARC4 (key schedule)', () => {
  for (let i = 0; i < 1000; i++) sink += (seedrandom(`${KEY}/${k++}`) as () => number)();
});

await bench.run();
console.log(`node ${process.version}, ${DRAWS} draws per iteration (streams: 1000 creations)`);
console.log('| generator | median ms/iter | p99 ms | rme % | draws/s (median) | ns/draw |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const task of bench.tasks) {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  const per = task.name.startsWith('stream') ? 1000 : DRAWS;
  const ms = r.latency.p50;
  console.log(
    `| ${task.name} | ${ms.toFixed(3)} | ${r.latency.p99.toFixed(3)} | ${r.latency.rme.toFixed(2)} | ${(per / ms * 1000).toExponential(2)} | ${((ms * 1e6) / per).toFixed(1)} |`,
  );
}
if (sink === 42) console.log('');
