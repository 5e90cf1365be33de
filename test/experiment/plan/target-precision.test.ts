import { describe, expect, it } from 'vitest';
import { buildResults } from '../../../src/experiment/aggregate/results.js';
import { ExperimentUsageError } from '../../../src/experiment/errors.js';
import { unknownMetric } from '../../../src/experiment/messages.js';
import { nextTotal, parseTarget, targetsMet } from '../../../src/experiment/plan/target-precision.js';
import { syntheticReplicate, syntheticScenario } from '../fixtures/synthetic.js';

describe('parseTarget', () => {
  it('reads absolute and relative targets', () => {
    expect(parseTarget('fulfilmentDaysMean=±0.05')).toMatchObject({ metric: 'fulfilmentDaysMean', halfWidth: 0.05, relative: false });
    expect(parseTarget('onTimeRate=+-1%')).toMatchObject({ metric: 'onTimeRate', halfWidth: 0.01, relative: true });
    expect(parseTarget('gmv=10')).toMatchObject({ metric: 'gmv', halfWidth: 10 });
  });
  it('suggests the metric meant', () => {
    expect(() => parseTarget('fulfilmentDaysMaen=±1')).toThrow(unknownMetric('fulfilmentDaysMaen', 'fulfilmentDaysMean'));
  });
  it('rejects a malformed or zero target', () => {
    expect(() => parseTarget('gmv')).toThrow(ExperimentUsageError);
    expect(() => parseTarget('gmv=±0')).toThrow(ExperimentUsageError);
  });
});

describe('targetsMet / nextTotal', () => {
  const scenario = syntheticScenario();
  const header = {
    tool: { name: 'poolsim', version: '0' },
    scenario: { name: 's', sha256: '0'.repeat(64), file: 's.yaml' },
    resolved: scenario,
    run: { startedAt: '', wallSeconds: 0, workers: 1, partial: false },
  };
  const r = buildResults(header, Array.from({ length: 4 }, (_, k) => syntheticReplicate(scenario, k)));
  const hw = (s: 'merged' | 'unmerged') => {
    const ci = r.setups[s].summary.fulfilmentDaysMean.ci95!;
    return (ci[1] - ci[0]) / 2;
  };
  const widest = Math.max(hw('merged'), hw('unmerged'));

  it('is met exactly when every setup’s half-width is within the target', () => {
    expect(targetsMet(r, [parseTarget(`fulfilmentDaysMean=±${widest * 1.0001}`)])).toBe(true);
    expect(targetsMet(r, [parseTarget(`fulfilmentDaysMean=±${widest * 0.9999}`)])).toBe(false);
  });

  it('asks for about (t·s/h)² replications, capped at the maximum', () => {
    // halving the half-width needs about 4× the replications (more, as t shrinks less than √n grows)
    const total = nextTotal(r, [parseTarget(`fulfilmentDaysMean=±${widest / 2}`)], 1000);
    expect(total).toBeGreaterThanOrEqual(16);
    expect(nextTotal(r, [parseTarget(`fulfilmentDaysMean=±${widest / 2}`)], 10)).toBe(10);
    // never fewer than n + ⌈n/2⌉ while a target is missed
    expect(nextTotal(r, [parseTarget(`fulfilmentDaysMean=±${widest * 0.99}`)], 1000)).toBeGreaterThanOrEqual(6);
  });
});
