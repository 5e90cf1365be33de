/**
 * Determinism and common random numbers: the same (scenario, replication) gives the same
 * output to the byte; different replications differ; every setup sees the same orders; the
 * search-badge uplift only adds orders (thinning), by the expected share.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/replication.js';
import { rawScenario, scenarioFrom } from './helpers/scenarios.js';

const raw = { ...rawScenario('default.yaml'), warmup: 5, horizon: 30 };

describe('determinism', () => {
  const scenario = scenarioFrom(raw);
  const a = runReplication(scenario, 3);

  it('same seed and replication ⇒ identical output', () => {
    expect(JSON.stringify(runReplication(scenario, 3))).toBe(JSON.stringify(a));
  });

  it('another replication ⇒ different orders', () => {
    const b = runReplication(scenario, 4);
    expect(b.setups.unmerged.metrics.gmv).not.toBe(a.setups.unmerged.metrics.gmv);
  });

  it('every setup sees the same orders (no uplift)', () => {
    const placed = Object.values(a.setups).map((s) => s.metrics.ordersPlaced);
    expect(new Set(placed).size).toBe(1);
    expect(placed[0]).toBeGreaterThan(0);
  });
});

describe('search-badge uplift thins a common stream', () => {
  it('the merged setup keeps every order, unmerged keeps each with probability 1/(1 + u)', () => {
    const u = 0.25;
    const scenario = scenarioFrom({
      ...raw,
      horizon: 60,
      setups: { unmerged: { mode: 'unmerged' }, merged: { mode: 'merged', platform: { searchBadgeOrderUplift: u } } },
    });
    const out = runReplication(scenario, 0);
    const n = out.setups.merged.metrics.ordersPlaced;
    const x = out.setups.unmerged.metrics.ordersPlaced;
    // x ~ Binomial(n, 1/(1+u)) given n; pass if within 4.4 standard deviations (two-sided 1e-5)
    const p = 1 / (1 + u);
    expect(Math.abs(x - n * p)).toBeLessThan(4.4 * Math.sqrt(n * p * (1 - p)));
    expect(x).toBeLessThan(n);
  });
});
