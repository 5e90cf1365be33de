import { describe, expect, it } from 'vitest';
import { PUBLISHED_THRESHOLDS } from '../../src/report/assumptions.js';
import {
  baselineGmv90d,
  checkEligibility,
  compare,
  dominantCategory,
  type EligibilityRow,
  type EligibilityRowId,
} from '../../src/report/eligibility.js';
import type { Results } from '../../src/results/types.js';
import { loadFixture } from './support/fixtures.js';

const rowOf = (r: Results, id: EligibilityRowId): EligibilityRow => {
  const row = checkEligibility(r).rows.find((x) => x.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

const seller = (r: Results) => r.assumptions.seller as Record<string, unknown>;
const catalogue = (r: Results) => (r.assumptions.shared as { catalogue: Record<string, unknown> }).catalogue;

/** Sets a catalogue field in the shared settings and in every setup (as the loader resolves them). */
function setCatalogue(r: Results, key: string, value: unknown): void {
  catalogue(r)[key] = value;
  for (const s of Object.values(r.assumptions.setups as Record<string, { catalogue: Record<string, unknown> }>)) s.catalogue[key] = value;
}

describe('compare', () => {
  it('passes a value equal to a ≥ or ≤ threshold and reports zero margin', () => {
    expect(compare(50_000, '>=', 50_000)).toEqual({ pass: true, margin: 0 });
    expect(compare(0.006, '<=', 0.006)).toEqual({ pass: true, margin: 0 });
  });
  it('fails a strict < at equality (turnover equal to the norm is not below it)', () => {
    expect(compare(3.8, '<', 3.8)).toEqual({ pass: false, margin: 0 });
  });
  it('gives no verdict without a value', () => {
    expect(compare(null, '>=', 1)).toEqual({ pass: null, margin: null });
  });
  it('compares yes/no values without a margin', () => {
    expect(compare(false, '==', true)).toEqual({ pass: false, margin: null });
  });
});

describe('eligibility thresholds at their boundaries (DOMAIN §3)', () => {
  // Each case: the row, how to set the seller's value, the threshold, and values just inside
  // and just outside it.
  const cases: Array<{ id: EligibilityRowId; set: (r: Results, v: number) => void; at: number; outside: number }> = [
    { id: 'gmv90d', set: (r, v) => (seller(r).gmv90dUsd = v), at: 50_000, outside: 49_999.99 },
    { id: 'positiveRatingRate', set: (r, v) => (seller(r).positiveRatingRate = v), at: 0.965, outside: 0.9649 },
    { id: 'disputeRate', set: (r, v) => (seller(r).disputeRate = v), at: 0.006, outside: 0.0061 },
    { id: 'logisticsOnTimeRate', set: (r, v) => (seller(r).logisticsOnTimeRate = v), at: 0.982, outside: 0.9819 },
    { id: 'fullyManagedShops', set: (r, v) => (seller(r).fullyManagedShops = v), at: 1, outside: 0 },
  ];

  it.each(cases)('$id: passes at the threshold, fails just outside', ({ id, set, at, outside }) => {
    const ok = loadFixture();
    set(ok, at);
    expect(rowOf(ok, id)).toMatchObject({ pass: true, source: 'seller', kind: 'required' });
    expect(rowOf(ok, id).margin).toBeCloseTo(0, 12);
    expect(checkEligibility(ok).eligible).toBe(true);

    const bad = loadFixture();
    set(bad, outside);
    expect(rowOf(bad, id).pass).toBe(false);
    expect(rowOf(bad, id).margin).toBeLessThan(0);
    const check = checkEligibility(bad);
    expect(check.eligible).toBe(false);
    expect(check.failed.map((r) => r.id)).toEqual([id]);
  });

  it('mergeable SKUs in one category: 200 pass, 199 fail (SKUs × largest category share, rounded down)', () => {
    const r = loadFixture();
    setCatalogue(r, 'categoryMix', { apparel: 1 });
    setCatalogue(r, 'skus', 200);
    expect(rowOf(r, 'skusInCategory')).toMatchObject({ value: 200, pass: true, margin: 0, category: 'apparel' });
    setCatalogue(r, 'skus', 199);
    expect(rowOf(r, 'skusInCategory')).toMatchObject({ value: 199, pass: false, margin: -1 });
    // 250 SKUs, 80% apparel: 200 in the largest category
    setCatalogue(r, 'skus', 250);
    setCatalogue(r, 'categoryMix', { apparel: 0.8, 'home-garden': 0.2 });
    expect(rowOf(r, 'skusInCategory')).toMatchObject({ value: 200, pass: true });
  });

  it('mainland-China registration is a yes/no requirement', () => {
    const r = loadFixture();
    seller(r).mainlandChinaRegistered = false;
    expect(rowOf(r, 'mainlandChinaRegistered')).toMatchObject({ pass: false, margin: null });
    expect(checkEligibility(r).eligible).toBe(false);
  });

  it('thresholds come from the scenario when it sets them', () => {
    const r = loadFixture();
    (r.assumptions.eligibility as Record<string, number>).minGmv90dUsd = 300_000;
    seller(r).gmv90dUsd = 250_000;
    expect(rowOf(r, 'gmv90d')).toMatchObject({ threshold: 300_000, pass: false, margin: -50_000 });
  });

  it('falls back to the published thresholds without assumptions.eligibility', () => {
    const r = loadFixture();
    delete r.assumptions.eligibility;
    expect(rowOf(r, 'gmv90d').threshold).toBe(PUBLISHED_THRESHOLDS.minGmv90dUsd);
    expect(rowOf(r, 'disputeRate').threshold).toBe(0.006);
  });
});

describe('values from the simulated baseline', () => {
  it('90-day GMV = mean GMV of the baseline’s full 30-day months × 3 (the 5-day 13th month left out)', () => {
    const r = loadFixture();
    const months = r.setups.unmerged.monthly.filter((m) => m.days === 30).map((m) => m.gmv as number);
    expect(months).toHaveLength(12);
    const expected = (months.reduce((a, b) => a + b, 0) / months.length) * 3;
    expect(baselineGmv90d(r)).toBeCloseTo(expected, 6);
    expect(rowOf(r, 'gmv90d')).toMatchObject({ source: 'simulated', pass: true });
  });

  it('a partial month does not pull the 90-day GMV down', () => {
    const r = loadFixture();
    const withPartial = baselineGmv90d(r);
    r.setups.unmerged.monthly = r.setups.unmerged.monthly.filter((m) => m.days === 30);
    expect(baselineGmv90d(r)).toBe(withPartial);
  });

  it('without monthly rows, 90-day GMV = horizon GMV × 90 ÷ horizon days', () => {
    const r = loadFixture();
    r.setups.unmerged.monthly = [];
    expect(baselineGmv90d(r)).toBeCloseTo(((r.setups.unmerged.summary.gmv.mean as number) * 90) / r.horizonDays, 6);
  });

  it('the seller profile wins over the simulation', () => {
    const r = loadFixture();
    seller(r).gmv90dUsd = 42_000;
    expect(rowOf(r, 'gmv90d')).toMatchObject({ value: 42_000, source: 'seller', pass: false });
  });

  it('logistics on-time rate is the seller’s record: never taken from the simulated on-time delivery', () => {
    const r = loadFixture();
    delete seller(r).logisticsOnTimeRate;
    expect(rowOf(r, 'logisticsOnTimeRate')).toMatchObject({ source: 'missing', value: null, pass: null });
  });

  it('a rate the seller does not give is not checked, and does not block eligibility', () => {
    const r = loadFixture();
    delete seller(r).positiveRatingRate;
    const check = checkEligibility(r);
    expect(rowOf(r, 'positiveRatingRate')).toMatchObject({ pass: null, source: 'missing', value: null });
    expect(check.eligible).toBe(true);
    expect(check.unchecked.map((x) => x.id)).toEqual(['positiveRatingRate']);
  });
});

describe('allowed but not recommended, and the turnover fit', () => {
  function withOrdersPerDay(perDay: number): Results {
    const r = loadFixture();
    r.setups.unmerged.summary.ordersPlaced.mean = perDay * r.horizonDays;
    return r;
  }

  it('orders a day: 50 passes, just under 50 warns without blocking eligibility', () => {
    expect(rowOf(withOrdersPerDay(50), 'ordersPerDay')).toMatchObject({ pass: true, kind: 'advisory' });
    const low = withOrdersPerDay(49.99);
    const check = checkEligibility(low);
    expect(rowOf(low, 'ordersPerDay').pass).toBe(false);
    expect(check.warnings.map((w) => w.id)).toEqual(['ordersPerDay']);
    expect(check.eligible).toBe(true);
  });

  it('SKUs: 100 passes, 99 warns', () => {
    const r = loadFixture();
    setCatalogue(r, 'categoryMix', { apparel: 1 });
    setCatalogue(r, 'skus', 100);
    expect(rowOf(r, 'skus').pass).toBe(true);
    setCatalogue(r, 'skus', 99);
    const check = checkEligibility(r);
    expect(check.warnings.map((w) => w.id)).toEqual(['skus']);
    // 99 SKUs also miss the 200-in-one-category requirement
    expect(check.failed.map((w) => w.id)).toEqual(['skusInCategory']);
  });

  it('inventory turnover below the category norm is a good fit; at the norm it is not', () => {
    const r = loadFixture();
    r.setups.unmerged.summary.inventoryTurnover.mean = 3.79;
    expect(rowOf(r, 'inventoryTurnover')).toMatchObject({ kind: 'fit', pass: true, threshold: 3.8, category: 'apparel' });
    r.setups.unmerged.summary.inventoryTurnover.mean = 3.8;
    expect(rowOf(r, 'inventoryTurnover').pass).toBe(false);
    expect(checkEligibility(r).eligible).toBe(true);
  });
});

describe('dominantCategory', () => {
  it('normalises shares and keeps the first of tied categories', () => {
    expect(dominantCategory({ apparel: 3, electronics: 1 })).toEqual({ category: 'apparel', share: 0.75 });
    expect(dominantCategory({ electronics: 1, apparel: 1 })).toEqual({ category: 'electronics', share: 0.5 });
    expect(dominantCategory({})).toBeNull();
  });
});
