/**
 * Each sensitivity input scales exactly its own settings, in the shared settings and every
 * setup, by the factor: distributions as f·X (mean × f, cv kept), probabilities capped at 1.
 */
import { describe, expect, it } from 'vitest';
import { makeSampler } from '../../../src/engine/index.js';
import { maxFactor, notApplicable, scaleInput } from '../../../src/experiment/sensitivity/inputs.js';
import { scaleDistribution } from '../../../src/experiment/sensitivity/scale-distribution.js';
import type { DistributionSpec } from '../../../src/engine/index.js';
import { SENSITIVITY_INPUTS } from '../../../src/scenario/sensitivity-schema.js';
import { rawScenario, scenarioFrom } from '../../model/helpers/scenarios.js';

describe('scaleDistribution', () => {
  const specs: DistributionSpec[] = [
    { type: 'constant', value: 4 },
    { type: 'uniform', min: 1, max: 3 },
    { type: 'triangular', min: 1, mode: 2, max: 6 },
    { type: 'exponential', mean: 2 },
    { type: 'normal', mean: 5, sd: 1, min: 0, max: 10 },
    { type: 'lognormal', mean: 7, cv: 0.3 },
    { type: 'lognormal', median: 6, sigma: 0.4 },
    { type: 'gamma', mean: 3, cv: 0.5 },
    { type: 'discrete', values: [1, 2, 4], weights: [1, 1, 2] },
  ];
  it.each(specs.map((s) => [s.type, s] as const))('%s: the mean times the factor', (_t, spec) => {
    expect(makeSampler(scaleDistribution(spec, 1.5)).mean).toBeCloseTo(1.5 * makeSampler(spec).mean, 9);
  });
});

describe('scaleInput', () => {
  const s = scenarioFrom(rawScenario('default.yaml'), 'default.yaml');
  const diff = (input: (typeof SENSITIVITY_INPUTS)[number]) => {
    const t = scaleInput(s, input, 1.5);
    const changed = (a: object, b: object) => Object.keys(a).filter((k) => JSON.stringify((a as never)[k]) !== JSON.stringify((b as never)[k]));
    return { t, shared: changed(s.shared, t.shared), setups: t.setups.map((x, i) => changed(s.setups[i], x)) };
  };
  const touches = {
    demandLevel: ['shops'],
    leadTime: ['replenishment'],
    transitTimes: ['warehouses'],
    returnBaseRate: ['categories'],
    latenessEffect: ['returns'],
    sellerCosts: ['costs'],
    crossShopShare: ['demand'],
  };
  it.each(SENSITIVITY_INPUTS)('%s changes only its own settings, in the shared settings and every setup', (input) => {
    const d = diff(input);
    expect(d.shared).toEqual(touches[input]);
    for (const setup of d.setups) expect(setup).toEqual(touches[input]);
  });
  it('scales the values by the factor', () => {
    expect(diff('demandLevel').t.shared.shops[0].ordersPerDay).toBeCloseTo(1.5 * s.shared.shops[0].ordersPerDay!, 12);
    expect(diff('latenessEffect').t.shared.returns.latenessPerDay).toBeCloseTo(1.5 * s.shared.returns.latenessPerDay, 12);
    expect(diff('sellerCosts').t.shared.costs.fulfilmentPerParcel).toBeCloseTo(1.5 * s.shared.costs.fulfilmentPerParcel, 12);
    expect(diff('returnBaseRate').t.shared.categories.apparel!.returnBaseRate).toBeCloseTo(1.5 * (s.shared.categories.apparel?.returnBaseRate ?? 0.26), 12);
  });
  it('caps probabilities at 1 and says how far a factor can go', () => {
    expect(scaleInput(s, 'crossShopShare', 100).shared.demand.crossShopBasketShare).toBe(1);
    expect(maxFactor(s, 'crossShopShare')).toBeCloseTo(1 / s.shared.demand.crossShopBasketShare, 12);
    expect(maxFactor(s, 'leadTime')).toBe(Infinity);
  });
  it('finds nothing to vary where every value is 0', () => {
    const zero = scaleInput(s, 'latenessEffect', 0);
    expect(notApplicable(zero, 'latenessEffect')).toBe('all-zero');
    expect(notApplicable(s, 'latenessEffect')).toBeNull();
  });
});
