import { describe, expect, it } from 'vitest';
import { decideVerdict, feeTierMonths, MAX_REASONS, primaryMergedSetup } from '../../src/report/verdict.js';
import type { Comparison, Results } from '../../src/results/types.js';
import { loadFixture } from './support/fixtures.js';

function comparison(r: Results, setup: string, metric: Comparison['metric']): Comparison {
  const c = r.comparisons.find((x) => x.setup === setup && x.metric === metric);
  if (!c) throw new Error(`no comparison ${setup} ${metric}`);
  return c;
}

/** Sets the horizon-total net-margin difference of `merged` so that its monthly CI is [lo, hi]. */
function setMonthlyMargin(r: Results, lo: number, hi: number): void {
  const perHorizon = r.horizonDays / 30;
  const c = comparison(r, 'merged', 'netMargin');
  c.ci95 = [lo * perHorizon, hi * perHorizon];
  c.meanDiff = ((lo + hi) / 2) * perHorizon;
}

describe('decideVerdict', () => {
  it('recommends the merge on the fixture, with the monthly change scaled from the horizon total', () => {
    const r = loadFixture();
    const v = decideVerdict(r);
    const c = comparison(r, 'merged', 'netMargin');
    expect(v.kind).toBe('recommended');
    expect(v.setup).toBe('merged');
    expect(v.baseline).toBe('unmerged');
    // 365 measured days = 365 / 30 months of 30 days (the partial 13th month counts in the total)
    expect(v.monthlyNetMargin?.mean).toBeCloseTo(((c.meanDiff as number) * 30) / 365, 9);
    expect(v.monthlyNetMargin?.ci95?.[0]).toBeCloseTo(((c.ci95 as [number, number])[0] * 30) / 365, 9);
    expect(v.reasons[0].kind).toBe('margin-gain');
    expect(v.reasons.length).toBeGreaterThanOrEqual(2);
    expect(v.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
    expect(v.reasons.map((x) => x.kind)).toEqual(['margin-gain', 'fulfilment', 'returns']);
  });

  it('a CI whose lower end is exactly 0 is not a clear gain: not recommended, "unclear"', () => {
    const r = loadFixture();
    setMonthlyMargin(r, 0, 500);
    const v = decideVerdict(r);
    expect(v.kind).toBe('not-recommended');
    expect(v.reasons[0].kind).toBe('margin-unclear');
  });

  it('a CI just above 0 recommends', () => {
    const r = loadFixture();
    setMonthlyMargin(r, 0.01, 500);
    expect(decideVerdict(r).kind).toBe('recommended');
  });

  it('a CI entirely below 0 is a loss', () => {
    const r = loadFixture();
    setMonthlyMargin(r, -900, -0.01);
    const v = decideVerdict(r);
    expect(v.kind).toBe('not-recommended');
    expect(v.reasons[0].kind).toBe('margin-loss');
  });

  it('no interval (one replication) cannot recommend', () => {
    const r = loadFixture();
    comparison(r, 'merged', 'netMargin').ci95 = null;
    expect(decideVerdict(r).kind).toBe('not-recommended');
  });

  it('not eligible wins over any margin, worst shortfall first, at most three reasons', () => {
    const r = loadFixture();
    const s = r.assumptions.seller as Record<string, unknown>;
    s.gmv90dUsd = 10_000; // 80% short
    s.disputeRate = 0.0066; // 10% over
    s.positiveRatingRate = 0.5; // 48% short
    s.logisticsOnTimeRate = 0.9; // 8% short
    const v = decideVerdict(r);
    expect(v.kind).toBe('not-eligible');
    expect(v.reasons).toHaveLength(MAX_REASONS);
    expect(v.reasons.map((x) => (x.kind === 'eligibility-failed' ? x.row.id : x.kind))).toEqual([
      'gmv90d',
      'positiveRatingRate',
      'disputeRate',
    ]);
    // The expected change is still reported for information
    expect(v.monthlyNetMargin).not.toBeNull();
  });

  it('an "allowed but not recommended" warning becomes the second reason', () => {
    const r = loadFixture();
    r.setups.unmerged.summary.ordersPlaced.mean = 40 * r.horizonDays;
    const v = decideVerdict(r);
    expect(v.kind).toBe('recommended');
    expect(v.reasons.map((x) => x.kind)).toEqual(['margin-gain', 'advisory', 'fulfilment']);
  });

  it('a change whose interval includes zero is not a reason', () => {
    const r = loadFixture();
    comparison(r, 'merged', 'fulfilmentDaysMean').ci95 = [-0.1, 0.05];
    const v = decideVerdict(r);
    expect(v.reasons.map((x) => x.kind)).toEqual(['margin-gain', 'returns', 'fee-tier']);
  });

  it('without a merged setup there is nothing to recommend', () => {
    const r = loadFixture();
    for (const name of ['merged', 'merged-nearest-router']) delete r.setups[name];
    r.comparisons = [];
    const v = decideVerdict(r);
    expect(v).toMatchObject({ kind: 'not-recommended', setup: null, monthlyNetMargin: null });
    expect(v.reasons).toEqual([{ kind: 'no-merged-setup' }]);
  });
});

describe('helpers', () => {
  it('the merged setup compared is the first in scenario order, not the best', () => {
    const r = loadFixture();
    expect(primaryMergedSetup(r)).toBe('merged');
  });

  it('counts the full months whose fee rate is the incentive rate', () => {
    const r = loadFixture();
    const expected = r.setups.merged.monthly.filter((m) => m.days === 30 && m.feeRate === 0.042).length;
    expect(feeTierMonths(r, 'merged')).toEqual({ months: expected, of: 12, rate: 0.042 });
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(12);
  });

  it('a partial last month is not counted, even when it paid the tier', () => {
    const r = loadFixture();
    const last = r.setups.merged.monthly[r.setups.merged.monthly.length - 1];
    expect(last.days).toBe(5);
    const before = feeTierMonths(r, 'merged');
    last.feeRate = 0.042;
    expect(feeTierMonths(r, 'merged')).toEqual(before);
  });

  it('months without a service fee (fees not modelled) do not count, and give no fee-tier reason', () => {
    const r = loadFixture();
    for (const m of r.setups.merged.monthly) m.feeRate = 0;
    expect(feeTierMonths(r, 'merged')).toEqual({ months: 0, of: 0, rate: 0.042 });
    comparison(r, 'merged', 'returnRate').ci95 = [-0.01, 0.01];
    expect(decideVerdict(r).reasons.map((x) => x.kind)).toEqual(['margin-gain', 'fulfilment']);
  });
});
