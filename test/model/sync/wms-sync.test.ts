/**
 * The WMS's pushes (src/model/sync/wms-sync.ts) on the kernel alone: the call limit and its
 * back-off, batching, the push interval, outages and the access token, each against the
 * timeline the docs specify (docs/model.md, Inventory sync).
 */
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../src/engine/index.js';
import { FailureBoard } from '../../../src/model/sync/failure-board.js';
import { buildSyncModel, FLOW_ORDERS, FLOW_RECEIPTS } from '../../../src/model/sync/sync-model.js';
import { WmsSync } from '../../../src/model/sync/wms-sync.js';
import { faults as faultsSchema, sync as syncSchema } from '../../../src/scenario/sync-schema.js';

const SECOND = 1 / 86_400;
const MINUTE = 1 / 1_440;

/** A WmsSync over `points` stock points whose physical level is 100 + sp, told 0 after start. */
function setup(sync: Record<string, unknown>, faults?: Record<string, unknown>, points = 12) {
  const sim = new Simulation();
  const onHand = new Int32Array(points);
  const board = new FailureBoard(400);
  const cfg = buildSyncModel(syncSchema.parse(sync), faults && faultsSchema.parse(faults));
  const wms = new WmsSync(cfg, sim, onHand, points, () => 0.5, board, 0, 400);
  wms.start(400);
  for (let sp = 0; sp < points; sp++) onHand[sp] = 100 + sp;
  /** Pushed (told = physical) stock points at each probe time. */
  const probe = (times: number[]) => {
    const seen: number[][] = [];
    const h = sim.on(() => seen.push(Array.from(wms.told, (t, sp) => (t === onHand[sp] ? sp : -1)).filter((sp) => sp >= 0)));
    for (const t of times) sim.scheduleAt(t, h);
    return seen;
  };
  return { sim, wms, board, onHand, probe };
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

describe('the call limit', () => {
  it('refuses calls over callsPerMinute and retries them after backoff · multiplier^(refusals − 1)', () => {
    const { sim, wms, board, probe } = setup({ batchSize: 1, callsPerMinute: 5, retry: { backoff: '30s', multiplier: 2, maxBackoff: '10m' } });
    const seen = probe([29 * SECOND, 89 * SECOND, 91 * SECOND, 119 * SECOND, 121 * SECOND]);
    sim.scheduleAt(0, sim.on(() => range(0, 12).forEach((sp) => wms.change(sp, 1, FLOW_ORDERS))));
    sim.run(1);
    // t = 0: 5 calls, the 6th refused → 30 s: minute 0 still full, refused → 30 s + 60 s = 90 s:
    // 5 calls, the 11th refused → 120 s: the last 2
    expect(seen).toEqual([range(0, 5), range(0, 5), range(0, 10), range(0, 10), range(0, 12)]);
    expect(board.callsAccepted).toBe(12);
    expect(board.callsRefused).toBe(3);
    expect(board.updatesPushed).toBe(12);
  });

  it('caps the back-off at maxBackoff', () => {
    const { sim, wms, board, probe } = setup({ batchSize: 1, callsPerMinute: 1, retry: { backoff: '20s', multiplier: 10, maxBackoff: '100s' } });
    const seen = probe([99 * SECOND, 101 * SECOND]);
    sim.scheduleAt(0, sim.on(() => [0, 1].forEach((sp) => wms.change(sp, 1, FLOW_ORDERS))));
    sim.run(1);
    // call 2 refused at 0 → 20 s (minute 0 full) refused → min(200 s, 100 s) = 120 s
    expect(seen).toEqual([[0], [0]]);
    expect(board.callsRefused).toBe(2);
    expect(wms.told[1]).toBe(101);
  });

  it('puts up to batchSize stock points in a call', () => {
    const { sim, wms, board } = setup({ batchSize: 5, callsPerMinute: 500 });
    sim.scheduleAt(0, sim.on(() => range(0, 12).forEach((sp) => wms.change(sp, 1, FLOW_ORDERS))));
    sim.run(1);
    expect(board.callsAccepted).toBe(3);
    expect(board.updatesPushed).toBe(12);
  });

  it('leaves what a promotion burst takes for the WMS', () => {
    const { sim, wms, board, probe } = setup({ batchSize: 1, callsPerMinute: 5, retry: { backoff: '60s', multiplier: 1 } }, { bursts: [{ start: 0, length: 1, callsPerMinute: 3 }] });
    const seen = probe([59 * SECOND, 61 * SECOND]);
    sim.scheduleAt(0, sim.on(() => range(0, 4).forEach((sp) => wms.change(sp, 1, FLOW_ORDERS))));
    sim.run(1);
    expect(seen).toEqual([[0, 1], [0, 1, 2, 3]]);
    expect(board.callsRefused).toBe(1);
  });
});

describe('what moves the platform’s figure', () => {
  it('a change the platform records moves it at once; one the WMS governs waits for the push', () => {
    const { sim, wms, onHand } = setup({ governs: ['receipts'], pushInterval: '1h' }, undefined, 2);
    const seen: number[][] = [];
    const h = sim.on(() => seen.push([wms.told[0], wms.told[1]]));
    sim.scheduleAt(
      0.5 * MINUTE,
      sim.on(() => {
        onHand[0] -= 3;
        wms.change(0, -3, FLOW_ORDERS);
        onHand[1] += 7;
        wms.change(1, 7, FLOW_RECEIPTS);
      }),
    );
    sim.scheduleAt(MINUTE, h);
    sim.scheduleAt(61 * MINUTE, h);
    sim.run(0.1);
    // told started at 0 (start() ran before the levels were set): −3 at once; +7 … and the
    // push at 1 h sends the receipt's point only, carrying its level then
    expect(seen).toEqual([[-3, 0], [-3, 108]]);
  });

  it('a call lands lag later and carries the level when the call was made', () => {
    const { sim, wms, onHand } = setup({ lag: '10m' }, undefined, 1);
    const seen: number[] = [];
    const h = sim.on(() => seen.push(wms.told[0]));
    sim.scheduleAt(0, sim.on(() => wms.change(0, 1, FLOW_ORDERS)));
    sim.scheduleAt(MINUTE, sim.on(() => (onHand[0] = 5)));
    for (const t of [9 * MINUTE, 11 * MINUTE]) sim.scheduleAt(t, h);
    sim.run(1);
    expect(seen).toEqual([0, 100]);
  });
});

describe('outages and the access token', () => {
  it('makes no call during an outage and pushes what waited when it ends', () => {
    const { sim, wms, board, probe } = setup({}, { outages: [{ start: 5, length: 2 }] }, 3);
    const seen = probe([6.5, 7 + MINUTE]);
    sim.scheduleAt(6, sim.on(() => [0, 1, 2].forEach((sp) => wms.change(sp, 1, FLOW_ORDERS))));
    sim.run(10);
    expect(seen).toEqual([[], [0, 1, 2]]);
    expect(board.outageDays).toBe(2);
  });

  it('a forgotten token stops every push from its expiry until noticeDelay after the first failure', () => {
    const { sim, wms, board, probe } = setup({ token: { lifetime: 90, age: 80, renewal: 'forgotten', noticeDelay: 2 } }, undefined, 2);
    const seen = probe([9.99, 10.5, 14.9, 15.1]);
    sim.scheduleAt(9.98, sim.on(() => wms.change(0, 1, FLOW_ORDERS)));
    sim.scheduleAt(10.2, sim.on(() => wms.change(1, 1, FLOW_ORDERS)));
    sim.scheduleAt(
      13,
      sim.on(() => {
        expect(wms.cause(13)).toBe(1); // tokenExpired
        wms.noticed(13);
      }),
    );
    sim.run(20);
    // expiry at 90 − 80 = 10: point 1 changed after it waits until 13 + 2 = 15
    expect(seen).toEqual([[0], [0], [0], [0, 1]]);
    expect(board.tokenExpiredDays).toBeCloseTo(5, 12);
  });

  it('a late renewal leaves the token expired for lateBy, every lifetime', () => {
    const { sim, wms, board } = setup({ token: { lifetime: 30, renewal: 'late', lateBy: 2 } }, undefined, 1);
    const causes: number[] = [];
    const h = sim.on(() => causes.push(wms.cause(sim.now)));
    for (const t of [29.9, 30.1, 31.9, 32.1, 61.9, 62.1, 63.9, 64.1]) sim.scheduleAt(t, h);
    sim.run(100);
    // expiries at 30, 62 (= 32 + 30) and 94; renewals 2 days after each
    expect(causes).toEqual([0, 1, 1, 0, 0, 1, 1, 0]);
    expect(board.tokenExpiredDays).toBeCloseTo(6, 12);
  });

  it('an injected expiry ends the token at that time', () => {
    const { sim, wms } = setup({ token: { renewal: 'late', lateBy: 1 } }, { tokenExpiry: 40 }, 1);
    const causes: number[] = [];
    const h = sim.on(() => causes.push(wms.cause(sim.now)));
    for (const t of [39.9, 40.1, 41.1]) sim.scheduleAt(t, h);
    sim.run(60);
    expect(causes).toEqual([0, 1, 0]);
  });
});
