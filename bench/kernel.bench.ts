/**
 * Kernel suite: what the event engine costs, against the practical limit.
 *
 * 1. Hold model at 10³–10⁶ pending events (Vaucher & Duval 1975): pop the earliest event,
 *    push one with a random increment (exponential, mean 1 day, drawn beforehand into a table
 *    so the RNG is not billed). Events/s on the engine (`Simulation`), on the engine with a
 *    timeout per event (`engine + cancel`: each event also schedules a decoy 50 days out and
 *    cancels the previous one, i.e. two schedules and one cancel per dispatch), and on a bare
 *    typed-array heap.
 * 2. M/M/1 (λ = 0.9, μ = 1, 10⁶ customers) on the engine API, and the same model as a bare
 *    loop over a binary heap in this file: same Alea streams, same draws in the same order,
 *    so both produce the identical mean time in system (checked after timing).
 * 3. The same M/M/1 in SimPy (`bench/peers/mm1_simpy.py`), timed in the same run.
 */
import { Simulation, substream, type Rng } from '../src/engine/index.js';
import { measure, recordFromDurations, slowSampling } from './harness/measure.js';
import { message } from './harness/messages.js';
import { skippedRecord, type Suite, type SuiteContext } from './harness/suite.js';
import type { BenchRecord } from './harness/types.js';
import { PEER_PYTHON, runSimpyMm1 } from './peers/simpy.js';

const SUITE = 'kernel';
const SEED = 20240801;
/** M/M/1 arrival and service rates (per day); utilisation 0.9, mean time in system 10 days. */
export const MM1_LAMBDA = 0.9;
export const MM1_MU = 1;
const MM1_CUSTOMERS = 1_000_000;
/** Hold-model heap sizes (pending events). */
export const HOLD_SIZES = [1e3, 1e4, 1e5, 1e6];
/** Events dispatched per timed hold iteration. */
const HOLD_BATCH = 200_000;
const INCREMENT_MASK = (1 << 16) - 1;

/** 2¹⁶ exponential increments (mean 1), drawn once so the hold loops measure the heap only. */
function incrementTable(): Float64Array {
  const rng = substream(SEED, 0, 'bench/hold-increments');
  const table = new Float64Array(INCREMENT_MASK + 1);
  for (let i = 0; i < table.length; i++) table[i] = -Math.log(1 - rng());
  return table;
}

/**
 * Hold model on the engine: `step(k)` dispatches k events, each scheduling one successor.
 * With `timeouts`, each dispatch also cancels the previous decoy and schedules a new one 50
 * days out (a timeout that rarely fires), so cancelled entries ride in the heap until they
 * reach the root or a compaction drops them.
 */
function engineHold(pending: number, increments: Float64Array, timeouts: boolean) {
  const sim = new Simulation();
  let draw = 0;
  let left = 0;
  let decoy = -1;
  const noop = sim.on(() => {});
  const hold = sim.on(
    timeouts
      ? () => {
          sim.schedule(increments[draw++ & INCREMENT_MASK], hold);
          sim.cancel(decoy);
          decoy = sim.schedule(50 + increments[draw++ & INCREMENT_MASK], noop);
          if (--left === 0) sim.stop();
        }
      : () => {
          sim.schedule(increments[draw++ & INCREMENT_MASK], hold);
          if (--left === 0) sim.stop();
        },
  );
  for (let i = 0; i < pending; i++) sim.schedule(increments[draw++ & INCREMENT_MASK], hold);
  return (k: number) => {
    left = k;
    sim.run();
  };
}

// ---------------------------------------------------------------------------------------
// The bare binary heap: (time, sequence) keys and a small integer payload in typed arrays,
// module-level functions V8 inlines. No slots, no handles, no cancellation: the least a
// discrete-event loop can do.

interface BareHeap {
  time: Float64Array;
  seq: Float64Array;
  kind: Int32Array;
  size: number;
  nextSeq: number;
}

function bareHeap(capacity: number): BareHeap {
  return {
    time: new Float64Array(capacity),
    seq: new Float64Array(capacity),
    kind: new Int32Array(capacity),
    size: 0,
    nextSeq: 0,
  };
}

function barePush(h: BareHeap, t: number, kind: number): void {
  const ht = h.time;
  const hs = h.seq;
  const hk = h.kind;
  const s = h.nextSeq++;
  let pos = h.size++;
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    const pt = ht[parent];
    if (pt < t || (pt === t && hs[parent] < s)) break;
    ht[pos] = pt;
    hs[pos] = hs[parent];
    hk[pos] = hk[parent];
    pos = parent;
  }
  ht[pos] = t;
  hs[pos] = s;
  hk[pos] = kind;
}

/** Removes the root; read `h.time[0]`, `h.kind[0]` before calling. */
function barePop(h: BareHeap): void {
  const ht = h.time;
  const hs = h.seq;
  const hk = h.kind;
  const n = --h.size;
  if (n === 0) return;
  const t = ht[n];
  const s = hs[n];
  const k = hk[n];
  let pos = 0;
  for (;;) {
    let child = 2 * pos + 1;
    if (child >= n) break;
    let ct = ht[child];
    let cs = hs[child];
    const right = child + 1;
    if (right < n && (ht[right] < ct || (ht[right] === ct && hs[right] < cs))) {
      child = right;
      ct = ht[right];
      cs = hs[right];
    }
    if (t < ct || (t === ct && s < cs)) break;
    ht[pos] = ct;
    hs[pos] = cs;
    hk[pos] = hk[child];
    pos = child;
  }
  ht[pos] = t;
  hs[pos] = s;
  hk[pos] = k;
}

/** Hold model on the bare heap. */
function bareHold(pending: number, increments: Float64Array) {
  const heap = bareHeap(pending + 1);
  let draw = 0;
  for (let i = 0; i < pending; i++) barePush(heap, increments[draw++ & INCREMENT_MASK], 0);
  return (k: number) => {
    for (let i = 0; i < k; i++) {
      const now = heap.time[0];
      barePop(heap);
      barePush(heap, now + increments[draw++ & INCREMENT_MASK], 0);
    }
  };
}

// ---------------------------------------------------------------------------------------
// M/M/1, both ways. Customers wait in a FIFO ring of arrival times; the one at the head is
// in service. Service is drawn when service starts, inter-arrival times when a customer
// arrives: the same draws, in the same order, in both versions.

/** Outcome of one M/M/1 run: customers served and their mean time in system (days). */
export interface Mm1Outcome {
  served: number;
  meanSojournDays: number;
}

const RING_MASK = (1 << 16) - 1;

function expo(rng: Rng, rate: number): number {
  return -Math.log(1 - rng()) / rate;
}

/**
 * M/M/1 written on the engine API, the way a model author would: two handlers registered
 * once, closures over the model state.
 */
export function mm1Engine(customers: number, seed: number): Mm1Outcome {
  const arrivals = substream(seed, 0, 'mm1/arrivals');
  const services = substream(seed, 0, 'mm1/services');
  const ring = new Float64Array(RING_MASK + 1);
  let head = 0;
  let tail = 0;
  let arrived = 0;
  let sojourn = 0;
  const sim = new Simulation();
  const depart = sim.on(() => {
    sojourn += sim.now - ring[head++ & RING_MASK];
    if (tail > head) sim.schedule(expo(services, MM1_MU), depart);
  });
  const arrive = sim.on(() => {
    if (tail - head > RING_MASK) throw new RangeError('m/m/1 queue longer than the ring');
    ring[tail++ & RING_MASK] = sim.now;
    if (tail - head === 1) sim.schedule(expo(services, MM1_MU), depart);
    if (++arrived < customers) sim.schedule(expo(arrivals, MM1_LAMBDA), arrive);
  });
  sim.schedule(expo(arrivals, MM1_LAMBDA), arrive);
  sim.run();
  return { served: head, meanSojournDays: sojourn / head };
}

const ARRIVE = 0;
const DEPART = 1;

/** The same M/M/1 as a bare loop over {@link barePush}/{@link barePop}: the practical limit. */
export function mm1Bare(customers: number, seed: number): Mm1Outcome {
  const arrivals = substream(seed, 0, 'mm1/arrivals');
  const services = substream(seed, 0, 'mm1/services');
  const ring = new Float64Array(RING_MASK + 1);
  const heap = bareHeap(4);
  let head = 0;
  let tail = 0;
  let arrived = 0;
  let sojourn = 0;
  barePush(heap, expo(arrivals, MM1_LAMBDA), ARRIVE);
  while (heap.size > 0) {
    const now = heap.time[0];
    const kind = heap.kind[0];
    barePop(heap);
    if (kind === ARRIVE) {
      if (tail - head > RING_MASK) throw new RangeError('m/m/1 queue longer than the ring');
      ring[tail++ & RING_MASK] = now;
      if (tail - head === 1) barePush(heap, now + expo(services, MM1_MU), DEPART);
      if (++arrived < customers) barePush(heap, now + expo(arrivals, MM1_LAMBDA), ARRIVE);
    } else {
      sojourn += now - ring[head++ & RING_MASK];
      if (tail > head) barePush(heap, now + expo(services, MM1_MU), DEPART);
    }
  }
  return { served: head, meanSojournDays: sojourn / head };
}

// ---------------------------------------------------------------------------------------

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  const increments = incrementTable();
  for (const pending of HOLD_SIZES) {
    const label = `hold n=${pending.toExponential(0).replace('+', '')}`;
    const bare = bareHold(pending, increments);
    records.push(
      await measure(
        SUITE,
        {
          name: `${label} (bare heap)`,
          unit: 'events',
          unitsPerIteration: HOLD_BATCH,
          fn: () => bare(HOLD_BATCH),
          params: { model: 'hold', pending, variant: 'bare heap' },
        },
        ctx,
      ),
    );
    for (const [variant, timeouts] of [['engine', false], ['engine + cancel', true]] as const) {
      // built one at a time: a 10⁶-event heap is tens of MB, and the last one is garbage now
      const engine = engineHold(pending, increments, timeouts);
      records.push(
        await measure(
          SUITE,
          {
            name: `${label} (${variant})`,
            unit: 'events',
            unitsPerIteration: HOLD_BATCH,
            fn: () => engine(HOLD_BATCH),
            baseline: `${label} (bare heap)`,
            params: { model: 'hold', pending, variant },
          },
          ctx,
        ),
      );
    }
  }

  const mm1 = { unit: 'customers', unitsPerIteration: MM1_CUSTOMERS };
  const sampling = ctx.quick ? { iterations: 3, time: 0 } : { iterations: 10, time: 0 };
  let bareOutcome: Mm1Outcome | undefined;
  let engineOutcome: Mm1Outcome | undefined;
  records.push(
    await measure(
      SUITE,
      { ...mm1, name: 'mm1 (bare loop)', fn: () => (bareOutcome = mm1Bare(MM1_CUSTOMERS, SEED)), sampling },
      ctx,
    ),
  );
  records.push(
    await measure(
      SUITE,
      {
        ...mm1,
        name: 'mm1 (engine)',
        fn: () => (engineOutcome = mm1Engine(MM1_CUSTOMERS, SEED)),
        baseline: 'mm1 (bare loop)',
        sampling,
      },
      ctx,
    ),
  );
  // Same draws in the same order: the two must agree to the last bit, else one is wrong.
  if (!bareOutcome || !engineOutcome || bareOutcome.meanSojournDays !== engineOutcome.meanSojournDays) {
    throw new Error(message.sanityFailed('m/m/1 on the engine and the bare loop disagree'));
  }
  const w = `mean time in system ${engineOutcome.meanSojournDays.toFixed(3)} d (theory ${1 / (MM1_MU - MM1_LAMBDA)})`;
  records[records.length - 1].note = w;
  records[records.length - 2].note = w;

  records.push(simpyRecord(ctx));
  return records;
}

/** Times the SimPy peer; 10⁵ customers in quick runs (its rate hardly depends on the count). */
function simpyRecord(ctx: SuiteContext): BenchRecord {
  const customers = ctx.quick ? 100_000 : MM1_CUSTOMERS;
  const reps = ctx.quick ? 1 : slowSampling(false).iterations;
  const name = 'mm1 (simpy)';
  ctx.log(`  ${SUITE}/${name}: ${reps} × ${customers} customers with ${PEER_PYTHON}`);
  const outcome = runSimpyMm1(customers, reps, SEED);
  if (typeof outcome === 'string') {
    ctx.log(`  ${outcome}`);
    return skippedRecord(SUITE, name, 'customers', outcome);
  }
  const record = recordFromDurations(
    SUITE,
    { name, unit: 'customers', unitsPerIteration: customers, baseline: 'mm1 (engine)' },
    (ctx.clock === 'cpu' ? outcome.cpuSeconds : outcome.seconds).map((s) => s * 1000),
    ctx.clock,
  );
  record.note = `simpy ${outcome.simpyVersion}; mean time in system ${outcome.meanSojourn.toFixed(3)} d`;
  return record;
}

/** The kernel suite (see the file comment). */
export const kernelSuite: Suite = {
  name: SUITE,
  description: 'event engine: hold model events/s at 10^3..10^6 pending (engine, engine + cancel, bare heap); m/m/1 customers/s vs bare loop and simpy',
  run,
};
