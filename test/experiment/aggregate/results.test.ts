import { describe, expect, it } from 'vitest';
import { buildResults, type ResultsHeader } from '../../../src/experiment/aggregate/results.js';
import { resultsJson } from '../../../src/experiment/output/write-run.js';
import { resultsSchema } from '../../../src/experiment/results-schema.js';
import { METRIC_NAMES } from '../../../src/model/result.js';
import { syntheticReplicate, syntheticScenario } from '../fixtures/synthetic.js';

const scenario = syntheticScenario();
const header: ResultsHeader = {
  tool: { name: 'poolsim', version: '0.0.0' },
  scenario: { name: 'synthetic', sha256: 'a'.repeat(64), file: 'synthetic.yaml' },
  resolved: scenario,
  run: { startedAt: '2025-01-01T00:00:00.000Z', wallSeconds: 1, workers: 1, partial: false },
};
const outputs = Array.from({ length: 5 }, (_, k) => syntheticReplicate(scenario, k));

describe('buildResults', () => {
  const r = buildResults(header, outputs);

  it('is a valid results file', () => {
    expect(() => resultsSchema.parse(JSON.parse(resultsJson(r)))).not.toThrow();
  });

  it('does not depend on the order replications finished in', () => {
    const shuffled = [outputs[3], outputs[0], outputs[4], outputs[2], outputs[1]];
    expect(resultsJson(buildResults(header, shuffled))).toBe(resultsJson(r));
  });

  it('keeps setups in scenario order and rows in replication order', () => {
    expect(Object.keys(r.setups)).toEqual(['unmerged', 'merged']);
    expect(r.replicationIndices).toEqual([0, 1, 2, 3, 4]);
    expect(r.setups.merged.replications.map((x) => x.fulfilmentDaysMean)).toEqual(
      outputs.map((o) => o.setups.merged.metrics.fulfilmentDaysMean),
    );
    expect(r.setups.merged.router).toBe('nearest');
    expect(r.setups.unmerged.router).toBeUndefined();
  });

  it('compares every non-baseline setup on every metric', () => {
    expect(r.comparisons).toHaveLength(METRIC_NAMES.length);
    expect(r.comparisons.every((c) => c.setup === 'merged' && c.baseline === 'unmerged')).toBe(true);
    const c = r.comparisons.find((x) => x.metric === 'fulfilmentDaysMean')!;
    // merged level 5 vs unmerged 7 with a shared common part: the difference is −2 ± own noise
    expect(c.meanDiff!).toBeCloseTo(
      outputs.reduce((s, o) => s + o.setups.merged.metrics.fulfilmentDaysMean - o.setups.unmerged.metrics.fulfilmentDaysMean, 0) / 5,
      12,
    );
  });

  it('averages monthly, market and daily rows; sums histograms; null where never computed', () => {
    const m = r.setups.unmerged;
    expect(m.monthly.map((x) => x.month)).toEqual([1, 2]);
    expect(m.monthly.map((x) => x.days)).toEqual([30, 12]); // copied, not averaged
    expect(m.monthly[0].ordersDelivered).toBe(42); // mean of 40 + k, k = 0..4
    expect(m.monthly[0].netMarginCi95).not.toBeNull();
    const fr = m.byMarket.find((x) => x.market === 'FR')!;
    expect(fr.returnCycleDaysMean).toBe(8); // NaN in odd replications is left out
    expect(m.series.fulfilmentHistogram.counts).toEqual([0, 10, 10, 5]);
    expect(m.series.dailyFillRate[1]).toBeCloseTo(0.8, 12); // NaN in odd replications is left out
    expect(m.series.dailyBacklogOrders).toEqual([2, 3, 4]);
    // pooled N = 25; p50 target 12.5: bin [0.5,1) cum 10, bin [1,1.5) → 1 + 2.5/10·0.5 = 1.125
    expect(m.series.pooledFulfilmentQuantiles.p50).toBeCloseTo(1.125, 12);
  });

  it('gives null spread and intervals for a single replication', () => {
    const one = buildResults(header, outputs.slice(0, 1));
    expect(one.setups.merged.summary.gmv.sd).toBeNull();
    expect(one.setups.merged.summary.gmv.ci95).toBeNull();
    expect(one.comparisons[0].ci95).toBeNull();
    expect(resultsJson(one)).not.toContain('NaN');
  });
});
