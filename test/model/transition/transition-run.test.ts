/**
 * The transition mechanism (src/model/transition/): a merged setup with a `transition:` block
 * runs unmerged until go-live, then moves the shops' stock into the pool.
 */
import { describe, expect, it } from 'vitest';
import { maxUplift, simulateSetup } from '../../../src/model/replication.js';
import { StockState } from '../../../src/model/inventory/stock-state.js';
import { PoolMigration } from '../../../src/model/transition/pool-migration.js';
import type { TransitionModel } from '../../../src/model/transition/transition-model.js';
import { ConstantSampler } from '../../../src/engine/index.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { rawScenario, scenarioFrom } from '../helpers/scenarios.js';

const base = rawScenario('transition.yaml');
const short = (extra: Record<string, unknown> = {}): Scenario =>
  scenarioFrom({ ...base, warmup: 20, horizon: 120, ...extra }, 'transition.yaml');
const run = (s: Scenario, name: string, k = 0) =>
  simulateSetup(s, s.setups.find((x) => x.name === name)!, k, maxUplift(s));

describe('go-live', () => {
  it('moves every free shop unit into the pool: nothing created or lost, shop shelves empty', () => {
    // 2 SKUs × 2 pool warehouses = 4 pool points, then 3 shop points
    const st = new StockState(7, 2);
    const sku = [0, 0, 1, 1, 0, 1, 1];
    sku.forEach((k, sp) => (st.sku[sp] = k));
    st.warehouse.set([0, 1, 0, 1, 2, 2, 3]);
    st.onHand.set([0, 0, 0, 0, 7, 5, 4]);
    st.reserved.set([0, 0, 0, 0, 2, 0, 1]);
    const t = {
      poolPoints: 4,
      poolReorderLevel: Int32Array.from([3, 3, 3, 3]),
      poolOrderUpTo: Int32Array.from([9, 9, 9, 9]),
      shares: { values: Float64Array.from([0.5, 0.5, 0.25, 0.75]), stride: 2 },
      transferTime: new ConstantSampler(4),
    } as unknown as TransitionModel;
    const arrivals: Array<[number, number, number]> = [];
    const mig = new PoolMigration(t, st, Float64Array.from([2, 3]), Int32Array.from([0, 1]), 4);
    const total = (k: number) => {
      let v = 0;
      for (let sp = 0; sp < 7; sp++) if (st.sku[sp] === k) v += st.onHand[sp] + st.reserved[sp] + st.migrating[sp];
      return v;
    };
    const before = [total(0), total(1)];
    mig.goLive(10, () => 0, (at, sp, units) => arrivals.push([at, sp, units]));
    expect([total(0), total(1)]).toEqual(before);
    expect(Array.from(st.onHand.subarray(4))).toEqual([0, 0, 0]);
    // reserved units stay with the orders that hold them
    expect(Array.from(st.reserved.subarray(4))).toEqual([2, 0, 1]);
    // SKU 0: 7 units split 0.5/0.5 → 4 + 3 (largest remainder, ties to the first); SKU 1: 5 → 1 + 4, 4 → 1 + 3
    expect(Array.from(st.migrating.subarray(0, 4))).toEqual([4, 3, 2, 7]);
    expect(arrivals.every(([at]) => at === 14)).toBe(true);
    expect(arrivals.reduce((a, [, , u]) => a + u, 0)).toBe(16);
    expect(mig.units).toBe(16);
    expect(mig.value).toBe(7 * 2 + 9 * 3);
    // targets swapped: the shops order only for old backorders, the pool takes its levels
    expect(Array.from(st.orderUpTo)).toEqual([9, 9, 9, 9, 0, 0, 0]);
    expect(Array.from(st.reorderLevel)).toEqual([3, 3, 3, 3, 0, 0, 0]);
  });
});

describe('a transition run', () => {
  it('balances the books at every check and moves stock into the pool at go-live', () => {
    const s = short();
    const { result, diagnostics } = run(s, 'merged');
    expect(diagnostics.conservationChecks).toBeGreaterThan(2);
    const t = result.transition!;
    expect(t.wentLive).toBe(true);
    expect(t.migratedUnits).toBeGreaterThan(0);
    expect(t.goLiveDay).toBe(t.calendarDaysToGoLive);
    expect(t.migrationCost).toBeCloseTo(0.15 * t.migratedUnits, 9);
    expect(t.migrationDays).toBeGreaterThanOrEqual(3);
    expect(t.migrationDays).toBeLessThanOrEqual(7 + 120);
  });

  it('equals the unmerged setup exactly when go-live falls after the horizon', () => {
    const late = { type: 'constant', value: 400 };
    const s = short({
      transition: { ...(base.transition as object), onboarding: { integration: { duration: late } } },
    });
    const merged = run(s, 'merged').result;
    const unmerged = run(s, 'unmerged').result;
    expect(merged.transition!.wentLive).toBe(false);
    expect(merged.metrics).toEqual(unmerged.metrics);
    expect(merged.monthly).toEqual(unmerged.monthly);
    expect(merged.series).toEqual(unmerged.series);
  });

  it('has daily net margins that add up to the net margin, in every setup', () => {
    const s = short();
    for (const name of ['unmerged', 'merged']) {
      const r = run(s, name).result;
      const sum = r.series.dailyNetMargin.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(r.metrics.netMargin, 6);
      const monthly = r.monthly.reduce((a, m) => a + m.netMargin, 0);
      expect(sum).toBeCloseTo(monthly - r.metrics.migrationCost, 6);
    }
  });

  it('settles the go-live month unmerged up to go-live and merged after it', () => {
    const s = short();
    const r = run(s, 'merged').result;
    const g = r.transition!.goLiveDay;
    const m = r.monthly[Math.floor(g / 30)];
    // merged days pay the service fee; unmerged days the seller's operating costs
    expect(m.serviceFee).toBeGreaterThan(0);
    expect(m.operatingCost).toBeGreaterThan(0);
    expect(r.monthly[r.monthly.length - 1].operatingCost).toBe(0);
  });

  it('loses, rather than delays, pool lines short of stock in transit under duringMigration: lost-sale', () => {
    const slow = { type: 'constant', value: 20 };
    const lost = run(short({ transition: { ...(base.transition as object), transferTime: slow, duringMigration: 'lost-sale' } }), 'merged').result;
    const kept = run(short({ transition: { ...(base.transition as object), transferTime: slow } }), 'merged').result;
    expect(lost.transition!.unitsLostDuringMigration).toBeGreaterThan(0);
    expect(lost.transition!.unitsDelayedDuringMigration).toBe(0);
    expect(kept.transition!.unitsLostDuringMigration).toBe(0);
    expect(kept.transition!.unitsDelayedDuringMigration).toBeGreaterThan(0);
    expect(lost.metrics.lostSalesUnits).toBeGreaterThanOrEqual(lost.transition!.unitsLostDuringMigration);
  });
});

describe('EPR binding in a run', () => {
  const s = scenarioFrom({ ...base, warmup: 20, horizon: 60 }, 'transition.yaml');
  const markets = new Set(s.compliance!.eprMarkets);

  it('refuses the DE/FR lines of unbound SKUs in the pool only, and counts them', () => {
    const merged = run(s, 'merged').result;
    const unmerged = run(s, 'unmerged').result;
    expect(unmerged.metrics.blockedOrders).toBe(0);
    expect(unmerged.blockedSalesBySku).toBeUndefined();
    expect(merged.metrics.blockedOrders).toBeGreaterThan(0);
    const bySku = merged.blockedSalesBySku!;
    // only the accessories (ranks 301–400) have no binding
    expect(bySku.slice(0, 300).every((v) => v === 0)).toBe(true);
    expect(bySku.slice(300).some((v) => v > 0)).toBe(true);
    expect(bySku.reduce((a, b) => a + b, 0)).toBeCloseTo(merged.metrics.blockedSales, 6);
    expect(markets.has('DE') && markets.has('FR')).toBe(true);
  });

  it('refuses nothing once every group is bound', () => {
    const c = s.compliance!;
    const bound = scenarioFrom(
      { ...base, warmup: 20, horizon: 60, compliance: { ...c, skuGroups: [{ id: 'all', epr: c.epr[0].number }] } },
      'transition.yaml',
    );
    const r = run(bound, 'merged').result;
    expect(r.metrics.blockedOrders).toBe(0);
    expect(r.metrics.blockedSales).toBe(0);
  });
});
