import { describe, expect, it } from 'vitest';
import { PRIMING_DAYS, PRIMING_ORDERS_PER_DAY, PRIMING_SKUS, primed, primingScenario } from '../../../src/experiment/run/priming.js';
import type { Replicate } from '../../../src/experiment/run/replication-task.js';
import { runReplication } from '../../../src/model/replication.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { bundled, rawScenario } from '../../model/helpers/scenarios.js';

const rates = (s: Scenario) => s.setups.map((setup) => setup.shops.map((shop) => shop.ordersPerDay!));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('primingScenario', () => {
  const scenario = bundled('default.yaml');

  it('keeps every setup, drops the warm-up, shortens the horizon and scales the shops together', () => {
    const before = JSON.stringify(scenario);
    const p = primingScenario(scenario);
    expect(JSON.stringify(scenario)).toBe(before); // a copy: the input is untouched
    expect(p.setups.map((s) => s.name)).toEqual(scenario.setups.map((s) => s.name));
    for (const [i, setup] of p.setups.entries()) {
      expect(setup.warmup).toBe(0);
      expect(setup.horizon).toBe(PRIMING_DAYS);
      expect(sum(rates(p)[i])).toBeCloseTo(PRIMING_ORDERS_PER_DAY, 12);
      // the same shares of the setup's demand (and so the same default exclusive-SKU shares)
      const full = rates(scenario)[i];
      rates(p)[i].forEach((r, j) => expect(r / PRIMING_ORDERS_PER_DAY).toBeCloseTo(full[j] / sum(full), 12));
    }
  });

  it('cuts a large synthetic catalogue to PRIMING_SKUS SKUs, leaves a smaller one as it is', () => {
    expect(primingScenario(scenario).setups.map((s) => s.catalogue)).toEqual(scenario.setups.map((s) => s.catalogue));
    const large = bundled('default.yaml', { catalogue: { ...(rawScenario('default.yaml').catalogue as object), skus: 100_000 } });
    const p = primingScenario(large);
    for (const [i, setup] of p.setups.entries()) {
      expect(setup.catalogue).toEqual({ ...large.setups[i].catalogue, skus: PRIMING_SKUS });
    }
    expect(large.setups[0].catalogue.skus).toBe(100_000); // the input is untouched
  });

  it('never raises a rate, never lengthens the horizon', () => {
    const quiet = bundled('class1-base-stock.yaml', { horizon: 4 }); // 10 orders a day in all
    expect(sum(rates(quiet)[0])).toBeLessThan(PRIMING_ORDERS_PER_DAY);
    const p = primingScenario(quiet);
    expect(rates(p)).toEqual(rates(quiet));
    expect(p.setups.map((s) => s.horizon)).toEqual(quiet.setups.map(() => 4));
  });
});

describe('primed', () => {
  const scenario = bundled('default.yaml', { warmup: 5, horizon: 10 });

  it('runs the priming scenario once, before the first replication only', () => {
    const calls: [number, number][] = [];
    const inner: Replicate = (s, k) => {
      calls.push([s.setups[0].horizon, k]);
      return { replication: k, ordersSimulated: 0, setups: {} };
    };
    const replicate = primed(inner);
    replicate(scenario, 3);
    replicate(scenario, 4);
    expect(calls).toEqual([
      [PRIMING_DAYS, 0],
      [10, 3],
      [10, 4],
    ]);
  });

  it('ignores a priming run that throws, not a replication that throws', () => {
    let n = 0;
    const inner: Replicate = (_s, k) => {
      n++;
      if (n === 1) throw new Error('priming failed');
      if (k === 9) throw new Error('replication 9 failed');
      return { replication: k, ordersSimulated: 0, setups: {} };
    };
    const replicate = primed(inner);
    expect(replicate(scenario, 2).replication).toBe(2);
    expect(() => replicate(scenario, 9)).toThrow('replication 9 failed');
  });

  it('leaves the model’s results unchanged, and the priming run is small', () => {
    const plain = JSON.stringify(runReplication(scenario, 1));
    expect(JSON.stringify(primed(runReplication)(scenario, 1))).toBe(plain);
    const priming = runReplication(primingScenario(bundled('default.yaml')), 0);
    expect(Object.keys(priming.setups)).toEqual(scenario.setups.map((s) => s.name));
    // ≈ 900 orders over the three setups (drain included), against ≈ 400,000 in a replication
    expect(priming.ordersSimulated).toBeGreaterThan(300);
    expect(priming.ordersSimulated).toBeLessThan(3000);
  });
});
