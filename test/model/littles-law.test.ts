/**
 * Little's law for the order pipeline and the warehouse queues.
 *
 * Sample-path form (exact, any run): over [0, T], ∫ N(t) dt = Σ_i (min(D_i, T) − A_i) for
 * items arriving in [0, T] (N = number in the system, A/D = arrival/departure) — checked to
 * rounding for the orders in the system and for each pick queue.
 *
 * Steady-state form L = λW (class 2, an M/M/3 station): per replication, the mean of the
 * end-of-day backlog samples L̂ against λ̂·Ŵ (orders per day placed × mean fulfilment time);
 * the paired difference has mean 0 up to O(1/horizon) edge effects. Tolerance: R
 * replications; pass if |mean(L̂ − λ̂Ŵ)| < t(0.9995, R − 1) · s / √R.
 */
import { describe, expect, it } from 'vitest';
import { maxUplift, simulateSetup } from '../../src/model/replication.js';
import { halfWidth, mean } from './helpers/stats.js';
import { bundled, rawScenario, scenarioFrom } from './helpers/scenarios.js';

describe("Little's law, sample-path identity", () => {
  const scenario = scenarioFrom({ ...rawScenario('default.yaml'), warmup: 5, horizon: 40 });
  it.each(scenario.setups.map((s) => [s.name, s] as const))('%s: orders in system and every pick queue', (_name, setup) => {
    const { diagnostics: d } = simulateSetup(scenario, setup, 0, maxUplift(scenario));
    expect(d.ordersInSystemArea).toBeGreaterThan(0);
    expect(Math.abs(d.ordersInSystemArea - d.ordersSojournSum)).toBeLessThan(1e-9 * d.ordersInSystemArea);
    let released = 0;
    d.queueArea.forEach((area, w) => {
      released += d.parcelsReleased[w];
      expect(Math.abs(area - d.queueWaitSum[w])).toBeLessThanOrEqual(1e-9 * Math.max(1, area));
    });
    expect(released).toBeGreaterThan(0);
  });
});

describe("Little's law, L = λW in steady state (class 2)", () => {
  it('time-average backlog equals arrival rate × mean fulfilment time', () => {
    const R = 10;
    const scenario = bundled('class2-picking-station.yaml', { horizon: 60 });
    const setup = scenario.setups[0];
    const diffs: number[] = [];
    for (let k = 0; k < R; k++) {
      const { result } = simulateSetup(scenario, setup, k, 0);
      const backlog = mean(result.series.dailyBacklogOrders);
      const lambda = result.metrics.ordersPlaced / scenario.shared.horizon;
      diffs.push(backlog - lambda * result.metrics.fulfilmentDaysMean);
    }
    expect(Math.abs(mean(diffs))).toBeLessThan(halfWidth(diffs));
  });
});
