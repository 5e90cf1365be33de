import { describe, expect, it } from 'vitest';
import { checkMsg } from '../../src/cli/check-messages.js';
import { SELLER_GROUP, eligibilityRule, readinessOf } from '../../src/cli/readiness.js';
import { complianceMsg } from '../../src/model/compliance/messages.js';
import { fixture } from '../model/compliance/support.js';

describe('readiness: eligibility (DOMAIN §3) through the report’s own check, without a simulation', () => {
  it('passes a seller that meets every threshold; what only a run gives is a note', () => {
    const r = readinessOf(fixture('eligibility-pass'));
    expect([r.ready, r.violations, r.warnings]).toEqual([true, [], []]);
    expect(r.notes).toEqual([{ rule: 'eligibility-orders-per-day', message: checkMsg.eligibilityEstimated('orders a day', undefined) }]);
  });

  it('fails each required threshold the seller misses, as a violation of the seller', () => {
    const r = readinessOf(fixture('eligibility-fail'));
    expect(r.ready).toBe(false);
    expect(r.violations.map((v) => [v.rule, v.group, v.skus])).toEqual([
      ['eligibility-gmv90d', SELLER_GROUP, [1, 200]],
      ['eligibility-positive-rating-rate', SELLER_GROUP, [1, 200]],
    ]);
    expect(r.violations[0].message).toBe(checkMsg.eligibilityFailed('fully managed GMV, last 90 days', '$42,000', '≥ $50,000', '−$8,000'));
    expect(r.violations[1].fix).toBe(checkMsg.eligibilityFix('positiveRatingRate', '96.5%'));
  });

  it('notes a required row the profile does not give, and says whether a run can estimate it', () => {
    const r = readinessOf(fixture('eligibility-pass', (t) => t.replace('  gmv90dUsd: 80000\n  positiveRatingRate: 0.97\n', '')));
    expect(r.ready).toBe(true);
    expect(r.notes.slice(0, 2)).toEqual([
      { rule: 'eligibility-gmv90d', message: checkMsg.eligibilityEstimated('fully managed GMV, last 90 days', 'seller.gmv90dUsd') },
      { rule: 'eligibility-positive-rating-rate', message: checkMsg.eligibilityNotGiven('positive-rating rate', 'seller.positiveRatingRate') },
    ]);
  });

  it('warns about an advisory row (fewer than 100 SKUs) and fails the 200 SKUs of one category', () => {
    const r = readinessOf(fixture('eligibility-pass', (t) => t.replace('  skus: 200\n', '  skus: 90\n').replace('ranks: [1, 120]', 'ranks: [1, 60]')));
    expect(r.violations.map((v) => v.rule)).toEqual(['eligibility-skus-in-category']);
    expect(r.warnings).toEqual([{ rule: 'eligibility-skus', message: checkMsg.eligibilityAdvisory('SKUs', '90', '≥ 100') }]);
  });

  it('lists eligibility before the EPR rules, and notes a scenario without a compliance block', () => {
    const r = readinessOf(fixture('eligibility-fail', (t) => t.slice(0, t.indexOf('compliance:\n')) + t.slice(t.indexOf('setups:\n'))));
    expect(r.violations.every((v) => v.group === SELLER_GROUP)).toBe(true);
    expect(r.notes.at(-1)).toEqual({ rule: 'compliance', message: complianceMsg.complianceAbsent() });
    expect(eligibilityRule({ id: 'logisticsOnTimeRate' })).toBe('eligibility-logistics-on-time-rate');
  });
});
