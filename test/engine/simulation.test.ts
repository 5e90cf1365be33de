import { describe, expect, it } from 'vitest';
import { Simulation, engineMessages, substream } from '../../src/engine/index.js';

/** A simulation whose single handler logs (clock, a, b) for every dispatch. */
function logged() {
  const sim = new Simulation();
  const log: Array<[number, number, number]> = [];
  const h = sim.on((a, b) => log.push([sim.now, a, b]));
  return { sim, log, h };
}

describe('Simulation scheduling', () => {
  it('runs events at absolute times and after delays, passing both payload slots', () => {
    const { sim, log, h } = logged();
    sim.scheduleAt(2.5, h, 1, -0.25);
    sim.schedule(1, h, 2, 3.75);
    expect(sim.pending).toBe(2);
    expect(sim.peek()).toBe(1);
    expect(sim.run()).toBe(2);
    expect(log).toEqual([
      [1, 2, 3.75],
      [2.5, 1, -0.25],
    ]);
    expect([sim.now, sim.pending, sim.dispatched, sim.peek()]).toEqual([2.5, 0, 2, Infinity]);
  });

  it('measures delays from the current clock inside a handler', () => {
    const sim = new Simulation();
    const times: number[] = [];
    const tick = sim.on((n) => {
      times.push(sim.now);
      if (n > 0) sim.schedule(0.5, tick, n - 1);
    });
    sim.schedule(1, tick, 3);
    sim.run();
    expect(times).toEqual([1, 1.5, 2, 2.5]);
  });

  it('runs equal-time events in scheduling order, including ones scheduled during dispatch', () => {
    const sim = new Simulation();
    const order: number[] = [];
    const h = sim.on((id) => {
      order.push(id);
      if (id === 1) sim.schedule(0, h, 4); // same time, after the already-queued 2 and 3
    });
    sim.scheduleAt(5, h, 1);
    sim.scheduleAt(5, h, 2);
    sim.scheduleAt(5, h, 3);
    sim.run();
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('throws, with the catalogue message, on a time in the past or not a number', () => {
    const { sim, h } = logged();
    sim.scheduleAt(3, h);
    sim.run();
    expect(() => sim.scheduleAt(2, h)).toThrow(engineMessages.scheduleInPast(2, 3));
    expect(() => sim.schedule(-1e-9, h)).toThrow(RangeError);
    expect(() => sim.schedule(NaN, h)).toThrow(engineMessages.scheduleInPast(NaN, 3));
    expect(sim.pending).toBe(0);
  });
});

describe('Simulation cancel', () => {
  it('removes a pending event; a second cancel, or one after it ran, returns false', () => {
    const { sim, log, h } = logged();
    const a = sim.schedule(1, h, 1);
    const b = sim.schedule(2, h, 2);
    expect(sim.cancel(a)).toBe(true);
    expect(sim.cancel(a)).toBe(false);
    expect(sim.pending).toBe(1);
    sim.run();
    expect(sim.cancel(b)).toBe(false);
    expect(log.map((e) => e[1])).toEqual([2]);
  });

  it('ignores a stale handle whose event slot has been reused by a newer event', () => {
    const { sim, log, h } = logged();
    const old = sim.schedule(1, h, 1);
    sim.run();
    const fresh = sim.schedule(1, h, 2); // reuses the freed slot
    expect(sim.cancel(old)).toBe(false);
    expect(sim.pending).toBe(1);
    sim.run();
    expect(log.map((e) => e[1])).toEqual([1, 2]);
    expect(sim.cancel(fresh)).toBe(false);
  });

  it('issues handles of 2^31 and above from the first event on, as the engine relies on', () => {
    // handles stay out of V8's small-integer range, so code passing them is optimised once
    const { sim, h } = logged();
    const first = sim.schedule(1, h);
    expect(first).toBeGreaterThanOrEqual(2 ** 31);
    expect(Number.isSafeInteger(first)).toBe(true);
    sim.run();
    const reused = sim.schedule(1, h); // same slot, next generation
    expect(reused).toBeGreaterThan(first);
    expect(sim.cancel(reused)).toBe(true);
  });

  it('ignores handles that were never issued', () => {
    const { sim, h } = logged();
    sim.schedule(1, h);
    expect([sim.cancel(-1), sim.cancel(12345), sim.cancel(0.5)]).toEqual([false, false, false]);
    expect(sim.pending).toBe(1);
  });

  it('can cancel from inside a handler, including an event at the same time', () => {
    const sim = new Simulation();
    const order: number[] = [];
    const handles: number[] = [];
    const h = sim.on((id) => {
      order.push(id);
      if (id === 0) expect(sim.cancel(handles[1])).toBe(true);
    });
    handles.push(sim.scheduleAt(1, h, 0), sim.scheduleAt(1, h, 1), sim.scheduleAt(1, h, 2));
    sim.run();
    expect(order).toEqual([0, 2]);
  });

  it('keeps order through many interleaved schedules and cancels (past the initial capacity)', () => {
    const sim = new Simulation();
    const rng = substream(1, 0, 'cancel-mix');
    const seen: Array<[number, number]> = [];
    const h = sim.on((id) => seen.push([sim.now, id]));
    const live = new Map<number, { handle: number; time: number }>();
    const liveIds: number[] = []; // the keys of `live`, for O(1) random picks (swap-remove)
    let nextId = 0;
    for (let round = 0; round < 20_000; round++) {
      if (live.size > 0 && rng() < 0.4) {
        // Cancel a live event picked at random.
        const k = Math.floor(rng() * liveIds.length);
        const id = liveIds[k];
        liveIds[k] = liveIds[liveIds.length - 1];
        liveIds.pop();
        expect(sim.cancel(live.get(id)!.handle)).toBe(true);
        live.delete(id);
      } else {
        const time = Math.floor(rng() * 500); // integer times: many ties
        live.set(nextId, { handle: sim.scheduleAt(time, h, nextId), time });
        liveIds.push(nextId);
        nextId++;
      }
    }
    expect(sim.pending).toBe(live.size);
    expect(live.size).toBeGreaterThan(2048);
    sim.run();
    const expected = [...live.entries()].map(([id, e]) => [e.time, id]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    expect(seen).toEqual(expected);
  });
});

describe('Simulation run', () => {
  it('stops at `until`, runs events exactly at it, and advances the clock to it', () => {
    const { sim, log, h } = logged();
    for (const t of [1, 2, 3, 4]) sim.scheduleAt(t, h, t);
    expect(sim.run(3)).toBe(3);
    expect(sim.now).toBe(3);
    sim.run(3.5);
    expect([sim.now, sim.pending, sim.peek()]).toEqual([3.5, 1, 4]);
    expect(sim.run(10)).toBe(1);
    expect(sim.now).toBe(10);
    expect(log.map((e) => e[0])).toEqual([1, 2, 3, 4]);
  });

  it('runs until the queue is empty and leaves the clock at the last event', () => {
    const { sim, h } = logged();
    sim.scheduleAt(7, h);
    sim.scheduleAt(2, h);
    expect(sim.run()).toBe(2);
    expect(sim.now).toBe(7);
  });

  it('stops after the handler that calls stop(), and resumes on the next run', () => {
    const sim = new Simulation();
    const order: number[] = [];
    const h = sim.on((id) => {
      order.push(id);
      if (id === 2) sim.stop();
    });
    for (const id of [1, 2, 3, 4]) sim.scheduleAt(id, h, id);
    expect(sim.run(100)).toBe(2);
    expect([sim.now, sim.pending]).toEqual([2, 2]);
    expect(sim.run()).toBe(2);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('grows past its initial capacity and dispatches everything in time order', () => {
    const sim = new Simulation();
    const times: number[] = [];
    const h = sim.on(() => times.push(sim.now));
    const rng = substream(3, 0, 'growth');
    const n = 50_000;
    for (let i = 0; i < n; i++) sim.scheduleAt(rng() * 1000, h);
    expect(sim.pending).toBe(n);
    expect(sim.run()).toBe(n);
    let inversions = 0;
    for (let i = 1; i < n; i++) if (times[i] < times[i - 1]) inversions++;
    expect(inversions).toBe(0);
  });
});
