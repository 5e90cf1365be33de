/**
 * Fee arithmetic: each month's fee rate follows the thresholds exactly, boundaries included,
 * on the sell-through `fees.sellThroughDefinition` chooses (SKU share by default; the SKU
 * counting itself: sku-sell-through.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { monthlyFees } from '../../src/model/fees/monthly-fees.js';
import type { MonthActivity } from '../../src/model/fees/monthly-fees.js';
import { bundled } from './helpers/scenarios.js';

const setup = bundled('default.yaml').setups[0];
const fees = { ...setup.fees, sellThroughDefinition: 'sku-share' as const, serviceRate: 0.055, incentiveRate: 0.042, incentiveMinSellThrough: 0.82, incentiveMaxReturnRate: 0.185, splitDispatchRate: 0.003, commissionRate: 0.02 };
const costs = { fulfilmentPerParcel: 1.5, storagePerUnitDay: 0.01, customerServicePerOrder: 0.3, returnHandlingPerReturn: 4 };
const month = (change: Partial<MonthActivity>): MonthActivity => ({
  gmv: 10_000,
  unitSellThrough: 0.45,
  skuSellThrough: 0.9,
  returnRate: 0.1,
  ordersDelivered: 500,
  ordersReturned: 50,
  parcelsDelivered: 520,
  unitDaysOnHand: 30_000,
  crossShopMergedValue: 2_000,
  ...change,
});

describe('monthly fees, merged', () => {
  it.each<[string, Partial<MonthActivity>, number]>([
    ['both thresholds met', {}, 0.042],
    ['sell-through exactly 82 %', { skuSellThrough: 0.82 }, 0.042],
    ['return rate exactly 18.5 %', { returnRate: 0.185 }, 0.042],
    ['both exactly at the boundary', { skuSellThrough: 0.82, returnRate: 0.185 }, 0.042],
    ['sell-through just below', { skuSellThrough: 0.8199999 }, 0.055],
    ['return rate just above', { returnRate: 0.1850001 }, 0.055],
    ['no delivery: return rate undefined', { returnRate: NaN }, 0.055],
    ['sell-through undefined', { skuSellThrough: NaN }, 0.055],
    ['the unit share does not count (sku-share)', { skuSellThrough: 0.5, unitSellThrough: 0.95 }, 0.055],
  ])('%s', (_name, change, rate) => {
    const f = monthlyFees('merged', fees, costs, month(change));
    expect(f.feeRate).toBe(rate);
    expect(f.serviceFee).toBeCloseTo(rate * 10_000, 9);
    expect(f.splitFee).toBeCloseTo(0.003 * 2_000, 9);
    expect(f.commissionFee).toBe(0);
    expect(f.operatingCost).toBe(0);
  });
});

describe('monthly fees, merged, unit-share', () => {
  const unitFees = { ...fees, sellThroughDefinition: 'unit-share' as const };
  it.each<[string, Partial<MonthActivity>, number]>([
    ['unit share exactly 82 %', { unitSellThrough: 0.82, skuSellThrough: 0.1 }, 0.042],
    ['unit share just below, every SKU sold', { unitSellThrough: 0.8199999, skuSellThrough: 1 }, 0.055],
    ['both exactly at the boundary', { unitSellThrough: 0.82, returnRate: 0.185 }, 0.042],
    ['return rate just above', { unitSellThrough: 0.9, returnRate: 0.1850001 }, 0.055],
    ['no delivery', { unitSellThrough: 0.9, returnRate: NaN }, 0.055],
  ])('%s', (_name, change, rate) => {
    const f = monthlyFees('merged', unitFees, costs, month(change));
    expect(f.feeRate).toBe(rate);
    expect(f.serviceFee).toBeCloseTo(rate * 10_000, 9);
  });
});

describe('monthly fees, unmerged', () => {
  it('commission and the seller operating costs', () => {
    const f = monthlyFees('unmerged', fees, costs, month({}));
    expect(f.feeRate).toBe(0);
    expect(f.serviceFee).toBe(0);
    expect(f.splitFee).toBe(0);
    expect(f.commissionFee).toBeCloseTo(200, 9);
    expect(f.operatingCost).toBeCloseTo(1.5 * 520 + 0.01 * 30_000 + 0.3 * 500 + 4 * 50, 9);
  });
});
