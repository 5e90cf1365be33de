/**
 * Random suite: what random numbers cost, and why the engine's streams use Alea.
 *
 * 1. Uniform generators: seedrandom's default ARC4, its Alea (the engine's `substream`),
 *    xor4096, xorshift7 and Tyche-i, and two hand-written small-state generators (sfc32,
 *    xoshiro128**). Each iteration draws 100,000 uniforms and sums them (so the loop cannot
 *    be optimised away); ratios are against Alea.
 * 2. Stream creation: 1,000 keyed streams per iteration (`substream` hashes its key once per
 *    stream, and a replication creates a few dozen), Alea's Mash against ARC4's key schedule.
 * 3. Every sampler of `makeSampler`, 100,000 draws from an Alea stream (generator included).
 *
 * Every task's draws are checked after timing: their mean must lie within 6 standard errors
 * of the theoretical mean (a false alarm about once in 5·10⁸ tasks), else a task measured
 * something other than what it claims.
 */
import seedrandom from 'seedrandom';
import { makeSampler, substream, type DistributionSpec } from '../src/engine/index.js';
import { measure } from './harness/measure.js';
import { message } from './harness/messages.js';
import type { Suite, SuiteContext } from './harness/suite.js';
import type { BenchRecord } from './harness/types.js';

const SUITE = 'random';
/** Uniforms drawn per timed iteration of a generator or sampler task. */
const DRAWS = 100_000;
/** Streams created per timed iteration of a stream-creation task. */
const STREAMS = 1000;
const KEY = 'poolsim|42|0|bench/rng';
const ALEA = 'seedrandom alea';

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand), 32-bit output scaled to [0, 1). */
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

const GENERATORS: Array<[string, () => () => number]> = [
  ['seedrandom ARC4 (default)', () => seedrandom(KEY) as () => number],
  [ALEA, () => seedrandom.alea(KEY) as () => number],
  ['seedrandom xor4096', () => seedrandom.xor4096(KEY) as () => number],
  ['seedrandom xorshift7', () => seedrandom.xorshift7(KEY) as () => number],
  ['seedrandom tychei', () => seedrandom.tychei(KEY) as () => number],
  ['sfc32 (hand-written)', () => sfc32(0x2545f491)],
  ['xoshiro128** (hand-written)', () => xoshiro128ss(0x2545f491)],
];

/** Key-hashing generator constructors, timed per stream created. */
const STREAM_MAKERS: Array<[string, (key: string) => () => number]> = [
  ['stream creation: seedrandom alea (Mash of the key)', (key) => seedrandom.alea(key) as () => number],
  ['stream creation: seedrandom ARC4 (key schedule)', (key) => seedrandom(key) as () => number],
];

const SAMPLERS: Array<[string, DistributionSpec]> = [
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
  [
    'discrete, 1000 values (alias)',
    { type: 'discrete', values: [...Array(1000).keys()], weights: [...Array(1000).keys()].map((i) => 1 / (i + 1)) },
  ],
];

/** Sum and count of every value a task drew, for the check after timing. */
interface Tally {
  sum: number;
  count: number;
}

/** Throws when the mean of the tallied draws is more than 6 standard errors from `mean`. */
function checkMean(task: string, tally: Tally, mean: number, variance: number): void {
  const got = tally.sum / tally.count;
  const tolerance = 6 * Math.sqrt(variance / tally.count);
  if (!(Math.abs(got - mean) <= tolerance)) {
    throw new Error(message.sanityFailed(`${SUITE}/${task}: mean of ${tally.count} draws ${got}, expected ${mean} ± ${tolerance}`));
  }
}

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  // Each iteration is 1–50 ms: a shorter budget than the default still gives ≥ 20 samples.
  const sampling = ctx.quick ? { time: 100, warmupTime: 20 } : { time: 1000, warmupTime: 200 };
  const uniform = { mean: 0.5, variance: 1 / 12 };

  for (const [name, make] of GENERATORS) {
    const rng = make();
    const tally: Tally = { sum: 0, count: 0 };
    const fn = () => {
      let s = 0;
      for (let i = 0; i < DRAWS; i++) s += rng();
      tally.sum += s;
      tally.count += DRAWS;
    };
    const baseline = name === ALEA ? {} : { baseline: ALEA };
    records.push(
      await measure(SUITE, { name, unit: 'draws', unitsPerIteration: DRAWS, fn, sampling, ...baseline, params: { kind: 'generator' } }, ctx),
    );
    checkMean(name, tally, uniform.mean, uniform.variance);
  }

  let k = 0;
  for (const [name, makeStream] of STREAM_MAKERS) {
    const tally: Tally = { sum: 0, count: 0 };
    const fn = () => {
      for (let i = 0; i < STREAMS; i++) tally.sum += makeStream(`${KEY}/${k++}`)();
      tally.count += STREAMS;
    };
    records.push(await measure(SUITE, { name, unit: 'streams', unitsPerIteration: STREAMS, fn, sampling, params: { kind: 'stream' } }, ctx));
    checkMean(name, tally, uniform.mean, uniform.variance);
  }

  for (const [label, spec] of SAMPLERS) {
    const name = `sampler: ${label}`;
    const sampler = makeSampler(spec);
    const rng = substream(42, 0, `bench/${label}`);
    const tally: Tally = { sum: 0, count: 0 };
    const fn = () => {
      let s = 0;
      for (let i = 0; i < DRAWS; i++) s += sampler.sample(rng);
      tally.sum += s;
      tally.count += DRAWS;
    };
    records.push(
      await measure(SUITE, { name, unit: 'draws', unitsPerIteration: DRAWS, fn, sampling, params: { kind: 'sampler', distribution: spec.type } }, ctx),
    );
    checkMean(name, tally, sampler.mean, sampler.variance);
  }
  return records;
}

/** The random suite (see the file comment). */
export const randomSuite: Suite = {
  name: SUITE,
  description: 'random numbers: uniform generators and stream creation vs alea; every sampler, draws/s from an alea stream',
  run,
};
