/**
 * The default study's headline: merged beats unmerged on mean fulfilment time, with a paired
 * difference (common random numbers) whose 99.9 % Student-t interval excludes zero —
 * stricter than the 95 % the report shows: mean(d) + t(0.9995, R − 1)·s/√R < 0.
 * R = 5 replications of a 120-day horizon keep the test fast.
 */
import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/engine/index.js';
import { runReplication } from '../../src/model/replication.js';
import { mean, sampleSd } from './helpers/stats.js';
import { rawScenario, scenarioFrom } from './helpers/scenarios.js';

describe('default study', () => {
  it('merged is faster than unmerged (paired interval below zero)', () => {
    const R = 5;
    const scenario = scenarioFrom({ ...rawScenario('default.yaml'), horizon: 120 });
    const onlyTwo = { ...scenario, setups: scenario.setups.filter((s) => s.name === 'unmerged' || s.name === 'merged') };
    const d = Array.from({ length: R }, (_, k) => {
      const out = runReplication(onlyTwo, k);
      return out.setups.merged.metrics.fulfilmentDaysMean - out.setups.unmerged.metrics.fulfilmentDaysMean;
    });
    const upper = mean(d) + (tQuantile(0.9995, R - 1) * sampleSd(d)) / Math.sqrt(R);
    expect(upper).toBeLessThan(0);
  });
});
