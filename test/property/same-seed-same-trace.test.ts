import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMmc } from '../theory/mmc-queue.js';

const PARAMS = { lambda: 2.4, mu: 1, servers: 3, warmupDays: 0, horizonDays: 200 };

describe('determinism (property)', () => {
  // 20 random (seed, replication) pairs: the full event trace (time, kind, customer for every
  // dispatch) of two runs with the same key is identical, element for element.
  it('same seed and replication ⇒ identical M/M/c event trace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.nat(1000), (seed, rep) => {
        const a = runMmc(PARAMS, seed, rep, true).trace;
        const b = runMmc(PARAMS, seed, rep, true).trace;
        expect(a.length).toBeGreaterThan(300);
        expect(b).toEqual(a);
      }),
      { numRuns: 20 },
    );
  });

  it('a different replication index gives a different trace', () => {
    expect(runMmc(PARAMS, 1, 0, true).trace).not.toEqual(runMmc(PARAMS, 1, 1, true).trace);
  });
});
