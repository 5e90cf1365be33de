import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/engine/index.js';

/**
 * A program for the kernel: initial events, and for each event what it does when it runs
 * (schedule children, cancel an earlier event by its index in the order of scheduling).
 * Delays come from a tiny set so that ties are the rule, not the exception.
 */
interface Action {
  kind: 'schedule' | 'cancel';
  delay: number;
  target: number;
}
interface Program {
  initial: Action[];
  /** Actions run by the event with this index (events are indexed in scheduling order). */
  onRun: Action[][];
  firstUntil: number;
}

/** The subset of the kernel API a program uses. */
interface Kernel {
  readonly now: number;
  readonly pending: number;
  schedule(delay: number, id: number): number;
  cancel(handle: number): boolean;
  run(until?: number): number;
}

/**
 * The slow oracle: events in a plain array, the next one found by a linear scan for the
 * smallest (time, sequence). Obviously correct, O(n) per event.
 */
class SlowKernel implements Kernel {
  now = 0;
  private events: Array<{ time: number; seq: number; id: number; live: boolean }> = [];
  constructor(private readonly dispatch: (id: number) => void) {}
  get pending(): number {
    return this.events.filter((e) => e.live).length;
  }
  schedule(delay: number, id: number): number {
    this.events.push({ time: this.now + delay, seq: this.events.length, id, live: true });
    return this.events.length - 1;
  }
  cancel(handle: number): boolean {
    const e = this.events[handle];
    if (!e || !e.live) return false;
    e.live = false;
    return true;
  }
  run(until = Infinity): number {
    let count = 0;
    for (;;) {
      let best: (typeof this.events)[number] | undefined;
      for (const e of this.events) {
        if (e.live && (!best || e.time < best.time || (e.time === best.time && e.seq < best.seq))) best = e;
      }
      if (!best || best.time > until) break;
      best.live = false;
      this.now = best.time;
      count++;
      this.dispatch(best.id);
    }
    if (until !== Infinity && until > this.now) this.now = until;
    return count;
  }
}

/** Adapts the real kernel to the program's interface (one handler; payload a = event id). */
function realKernel(dispatch: (id: number) => void): Kernel {
  const sim = new Simulation();
  const h = sim.on((id) => dispatch(id));
  return {
    get now() {
      return sim.now;
    },
    get pending() {
      return sim.pending;
    },
    schedule: (delay, id) => sim.schedule(delay, h, id),
    cancel: (handle) => sim.cancel(handle),
    run: (until) => sim.run(until),
  };
}

/** Runs a program on a kernel; returns the trace of (time, event id, pending after) per dispatch and every cancel result. */
function execute(program: Program, make: (dispatch: (id: number) => void) => Kernel, maxEvents = 400): number[] {
  const trace: number[] = [];
  const handles: number[] = [];
  let kernel: Kernel;
  const act = (a: Action) => {
    if (a.kind === 'schedule') {
      const id = handles.length;
      handles.push(kernel.schedule(a.delay, id));
    } else if (handles.length > 0) {
      trace.push(-1, kernel.cancel(handles[a.target % handles.length]) ? 1 : 0);
    }
  };
  kernel = make((id) => {
    trace.push(kernel.now, id);
    // Cap the number of events so a program always terminates.
    if (handles.length < maxEvents) for (const a of program.onRun[id % program.onRun.length]) act(a);
    trace.push(kernel.pending);
  });
  for (const a of program.initial) act(a);
  kernel.run(program.firstUntil);
  trace.push(-2, kernel.now, kernel.pending);
  kernel.run();
  trace.push(-3, kernel.now, kernel.pending);
  return trace;
}

const action: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom<'schedule' | 'cancel'>('schedule', 'schedule', 'cancel'),
  delay: fc.constantFrom(0, 0, 0.5, 1, 1, 2, 3.25),
  target: fc.nat(1000),
});
const program: fc.Arbitrary<Program> = fc.record({
  initial: fc.array(action, { minLength: 1, maxLength: 60 }),
  onRun: fc.array(fc.array(action, { maxLength: 3 }), { minLength: 1, maxLength: 12 }),
  firstUntil: fc.constantFrom(0, 0.5, 1, 2.5, 4),
});

describe('event order (property)', () => {
  // 300 random programs: ties on purpose, cancels of pending, dispatched and already-cancelled
  // events, events scheduled and cancelled from inside handlers, a run-until then a run to
  // the end. The dispatch order, every cancel result, the clock and the pending count after
  // every event must match the slow oracle exactly.
  it('matches the slow oracle (sort by time, then sequence)', () => {
    fc.assert(
      fc.property(program, (p) => {
        expect(execute(p, realKernel)).toEqual(execute(p, (d) => new SlowKernel(d)));
      }),
      { numRuns: 300 },
    );
  });

  // Bulk programs: thousands of events and cancels, enough for the kernel to compact its heap
  // (it drops cancelled entries in bulk once they outnumber live ones, past 1024) while
  // events are being dispatched. 5 runs; the oracle is O(n²), so few and large.
  it('matches the slow oracle on bulk programs with many cancels', () => {
    // Two cancels per schedule: of ~2200 events scheduled up front, most end up cancelled.
    const cancelHeavy: fc.Arbitrary<Action> = fc.record({
      kind: fc.constantFrom<'schedule' | 'cancel'>('schedule', 'cancel', 'cancel'),
      delay: fc.constantFrom(0, 0.5, 1, 2, 3.25),
      target: fc.nat(100_000),
    });
    const bulk: fc.Arbitrary<Program> = fc.record({
      initial: fc.array(cancelHeavy, { minLength: 6000, maxLength: 7000 }),
      onRun: fc.array(fc.array(action, { maxLength: 3 }), { minLength: 1, maxLength: 12 }),
      firstUntil: fc.constantFrom(0.5, 2.5),
    });
    fc.assert(
      fc.property(bulk, (p) => {
        expect(execute(p, realKernel, 6000)).toEqual(execute(p, (d) => new SlowKernel(d), 6000));
      }),
      { numRuns: 5 },
    );
  });
});
