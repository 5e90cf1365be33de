/**
 * Inventory sync in whole runs (docs/model.md, Inventory sync): known answers for the
 * mechanism — instantaneous sync changes nothing, an outage causes lock failures only for
 * allocations inside it, a forgotten token from its expiry on, a batch rejected at QC never
 * adds stock — and the books balance under every fault and lock-failure policy.
 */
import { describe, expect, it } from 'vitest';
import { maxUplift, simulateSetup } from '../../../src/model/replication.js';
import type { FailureReplication, SetupReplication } from '../../../src/model/result.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { rawScenario, scenarioFrom } from '../helpers/scenarios.js';

const base = rawScenario('default.yaml');
const WARMUP = 20;
/** The default study, short, with lean stock so that stale figures meet empty shelves. */
function study(extra: Record<string, unknown> = {}, horizon = 60): Scenario {
  return scenarioFrom(
    {
      ...base,
      warmup: WARMUP,
      horizon,
      replenishment: { ...(base.replenishment as object), target: { fillRate: 0.6 }, orderCycle: 10 },
      setups: { unmerged: { mode: 'unmerged' }, merged: { mode: 'merged' } },
      ...extra,
    },
    'default.yaml',
  );
}
const run = (s: Scenario, name = 'merged', k = 0) => simulateSetup(s, s.setups.find((x) => x.name === name)!, k, maxUplift(s));
const failuresOf = (r: SetupReplication) => r.failures as FailureReplication;
const withoutFailures = ({ failures: _, ...rest }: SetupReplication) => rest;
/** Lock failures of each measured day, all causes. */
const lockPerDay = (f: FailureReplication) => {
  const l = f.daily.lockFailures;
  return l.syncLag.map((x, d) => x + l.tokenExpired[d] + l.rateLimit[d] + l.outage[d]);
};
const instant = { pushInterval: 0, lag: 0, callsPerMinute: 1_000_000_000 };

describe('sync that is instantaneous', () => {
  it('gives exactly the run without sync: same metrics, months, markets and series, no lock failure', () => {
    const plain = run(study()).result;
    const synced = run(study({ sync: instant })).result;
    expect(failuresOf(synced).lockFailures).toBe(0);
    expect(failuresOf(synced).callsAccepted).toBeGreaterThan(1000);
    expect(withoutFailures(synced)).toEqual(plain);
  });

  it('and QC that rejects nothing changes nothing either', () => {
    const plain = run(study()).result;
    const qc = run(study({ inboundQc: { rejectProbability: 0 } })).result;
    expect(failuresOf(qc).qcRejections).toBe(0);
    expect(withoutFailures(qc)).toEqual(plain);
  });
});

describe('known answers', () => {
  it('a WMS outage of 5 days causes lock failures only for allocations inside it, each with cause outage', () => {
    const s = study({ sync: { ...instant, governs: ['orders'] }, faults: { outages: [{ start: 40, length: 5 }] } });
    const f = failuresOf(run(s).result);
    const perDay = lockPerDay(f);
    const inside = [20, 21, 22, 23, 24]; // run days 40–44 are measured days 20–24
    expect(inside.reduce((a, d) => a + perDay[d], 0)).toBeGreaterThan(0);
    expect(perDay.filter((_, d) => !inside.includes(d)).every((x) => x === 0)).toBe(true);
    expect(f.lockFailuresOutage).toBe(f.lockFailures);
    expect(f.outageDays).toBe(5);
  });

  it('a forgotten token stops sync from its expiry day: failures from then on, all caused by the token', () => {
    // expiry at 90 − 60 = run day 30 = measured day 10; noticed but renewed only after the horizon
    const s = study({ sync: { ...instant, token: { age: 60, renewal: 'forgotten', noticeDelay: 1000 } } });
    const f = failuresOf(run(s).result);
    const perDay = lockPerDay(f);
    expect(perDay.slice(0, 10).every((x) => x === 0)).toBe(true);
    expect(perDay.slice(10).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(f.lockFailuresTokenExpired).toBe(f.lockFailures);
    expect(f.tokenExpiredDays).toBeCloseTo(50, 9);
  });

  it('a batch rejected at QC never adds stock: with every batch rejected, stock on hand only falls', () => {
    // a scenario may not ask for this (the stock would never arrive: docs/scenario.md); the model handles it
    const valid = study({ inboundQc: { rejectProbability: 0.5 }, returns: { ...(base.returns as object), enabled: false } });
    const s: Scenario = { ...valid, setups: valid.setups.map((x) => ({ ...x, inboundQc: { ...x.inboundQc!, rejectProbability: 1 } })) };
    const { result } = run(s);
    const f = failuresOf(result);
    expect(f.qcRejections).toBeGreaterThan(0);
    expect(f.qcRejectedUnits).toBeGreaterThanOrEqual(f.qcRejections);
    const onHand = result.series.dailyOnHandUnits;
    expect(onHand.every((x, d) => d === 0 || x <= onHand[d - 1])).toBe(true);
    expect(result.metrics.fillRate).toBeLessThan(run(study({ returns: { ...(base.returns as object), enabled: false } })).result.metrics.fillRate);
  });
});

describe('every fault and lock-failure policy', () => {
  const all = {
    sync: { pushInterval: '30m', lag: { type: 'exponential', mean: '10m' }, batchSize: 5, callsPerMinute: 20, token: { age: 70, renewal: 'late', lateBy: 3 } },
    faults: { outages: [{ start: 30, length: 2 }], tokenExpiry: 55, bursts: [{ start: 60, length: 1, callsPerMinute: 25 }] },
    inboundQc: { rejectProbability: 0.1 },
  };
  for (const onLockFailure of ['reroute', 'backorder', 'cancel'] as const) {
    it(`balances the books at every check with ${onLockFailure}, and counts each failure once`, () => {
      const s = study({ ...all, sync: { ...all.sync, onLockFailure } });
      const { result, diagnostics } = run(s);
      const f = failuresOf(result);
      expect(diagnostics.conservationChecks).toBeGreaterThan(2);
      expect(f.lockFailures).toBeGreaterThan(0);
      expect(f.callsRefused).toBeGreaterThan(0);
      expect(f.lockFailures).toBe(f.lockFailuresSyncLag + f.lockFailuresTokenExpired + f.lockFailuresRateLimit + f.lockFailuresOutage);
      expect(f.lockFailures).toBe(f.linesRerouted + f.linesBackordered + f.linesCancelled);
      expect(lockPerDay(f).reduce((a, b) => a + b, 0)).toBe(f.lockFailures);
      expect(f.failures).toBe(f.lockFailures + f.qcRejections + f.splitTimeouts);
      if (onLockFailure === 'cancel') {
        expect(f.linesCancelled).toBe(f.lockFailures);
        expect(f.cancelledSales).toBeGreaterThan(0);
      } else expect(f.linesCancelled).toBe(0);
      if (onLockFailure === 'backorder') expect(f.linesBackordered).toBe(f.lockFailures);
      if (onLockFailure === 'reroute') expect(f.linesRerouted).toBeGreaterThan(0);
    });
  }

  it('balances the books in a transition whose pool the WMS governs', () => {
    const t = rawScenario('transition.yaml');
    const s = scenarioFrom({ ...t, warmup: 20, horizon: 90, ...all }, 'transition.yaml');
    const { result, diagnostics } = run(s);
    expect(diagnostics.conservationChecks).toBeGreaterThan(2);
    expect(result.transition!.wentLive).toBe(true);
    expect(failuresOf(result).updatesPushed).toBeGreaterThan(0);
  });
});
