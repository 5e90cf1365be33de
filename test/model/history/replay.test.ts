/**
 * Studies on a seller's order history (src/model/history/): replaying the synthetic stream
 * of a run reproduces its order counts exactly; a bootstrap by week keeps the mean daily
 * orders and the weekday profile within their sampling error.
 */
import { describe, expect, it } from 'vitest';
import type { OrderHistory } from '../../../src/history/order-history.js';
import { buildCatalogue } from '../../../src/model/catalogue/catalogue.js';
import { OrderStream } from '../../../src/model/demand/order-stream.js';
import { historyDemand } from '../../../src/model/history/history-demand.js';
import { HistoryOrderStream } from '../../../src/model/history/history-stream.js';
import { OrderPool } from '../../../src/model/orders/order-pool.js';
import { maxUplift, runReplication, setupInputs } from '../../../src/model/replication.js';
import { stockUse } from '../../../src/model/history/initial-stock.js';
import type { StockRow, StockSnapshot } from '../../../src/history/stock-snapshot.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { rawScenario, scenarioFrom } from '../helpers/scenarios.js';

/** The orders of replication k's synthetic stream over [0, days), as a history (what `poolsim export orders` writes). */
function historyOf(s: Scenario, k: number, days: number): OrderHistory {
  const setup = s.setups[0];
  const cat = buildCatalogue(setup, s.seed, k);
  const marketIndex = new Map(setup.markets.map((m, i) => [m.id, i] as const));
  const stream = new OrderStream(setup, cat, { seed: s.seed, replication: k, upliftMax: maxUplift(s), days, marketIndex, lineCap: 8 });
  const pool = new OrderPool(16);
  const S = setup.shops.length;
  const nextT = Array.from({ length: S }, (_, i) => stream.next(i, 0));
  const rows: Array<{ t: number; shop: number; market: number; lines: Array<[number, number, number]> }> = [];
  for (;;) {
    let i = 0;
    for (let j = 1; j < S; j++) if (nextT[j] < nextT[i]) i = j;
    if (!(nextT[i] < days)) break;
    const slot = pool.alloc();
    stream.fill(i, slot, pool);
    const base = slot * pool.lineStride;
    const lines: Array<[number, number, number]> = [];
    for (let l = base; l < base + pool.lineCount[slot]; l++) lines.push([pool.lineSku[l], pool.lineShop[l], pool.lineUnits[l]]);
    rows.push({ t: nextT[i], shop: i, market: pool.market[slot], lines });
    pool.release(slot);
    nextT[i] = stream.next(i, nextT[i]);
  }
  const lineStart = [0];
  for (const r of rows) lineStart.push(lineStart[lineStart.length - 1] + r.lines.length);
  const flat = rows.flatMap((r) => r.lines);
  return {
    version: 1,
    start: '2026-01-01T00:00:00.000Z',
    timeZone: 'UTC',
    days,
    shops: setup.shops.map((x) => x.id),
    markets: setup.markets.map((m) => m.id),
    skus: Array.from({ length: cat.skuCount }, (_, k2) => `SKU-${k2 + 1}`),
    skuCategory: Array.from({ length: cat.skuCount }, () => null),
    skuPrice: Float64Array.from(cat.price),
    orderTime: Float64Array.from(rows, (r) => r.t),
    orderShop: Int32Array.from(rows, (r) => r.shop),
    orderMarket: Int32Array.from(rows, (r) => r.market),
    orderReturned: new Int8Array(rows.length).fill(-1),
    orderLineStart: Int32Array.from(lineStart),
    lineSku: Int32Array.from(flat, (x) => x[0]),
    lineShop: Int32Array.from(flat, (x) => x[1]),
    lineUnits: Int32Array.from(flat, (x) => x[2]),
    linePrice: Float64Array.from(flat, (x) => cat.price[x[0]]),
  };
}

const base = rawScenario('default.yaml');
const short = (extra: Record<string, unknown> = {}) => scenarioFrom({ ...base, warmup: 10, horizon: 40, ...extra }, 'default.yaml');

describe('replay', () => {
  it('of a run’s own order stream places exactly its orders in every setup', () => {
    const s = short();
    const history = historyOf(s, 0, 50);
    const original = runReplication(s, 0);
    const replayed = runReplication({ ...s, history }, 3);
    for (const name of Object.keys(original.setups)) {
      expect(replayed.setups[name].metrics.ordersPlaced, name).toBe(original.setups[name].metrics.ordersPlaced);
      expect(replayed.setups[name].metrics.ordersPlaced).toBeGreaterThan(9000);
    }
  });

  it('gives every replication the same orders; the rest of the model still varies', () => {
    const s = { ...short(), history: historyOf(short(), 0, 50) };
    const [a, b] = [runReplication(s, 1), runReplication(s, 2)];
    expect(a.setups.merged.metrics.ordersPlaced).toBe(b.setups.merged.metrics.ordersPlaced);
    expect(a.setups.merged.metrics.fulfilmentDaysMean).not.toBe(b.setups.merged.metrics.fulfilmentDaysMean);
  });
});

describe('search-badge uplift on a history', () => {
  it('keeps the history’s orders in a setup without uplift and adds u copies per order in one with uplift u', () => {
    const history = historyOf(short(), 0, 50);
    const setups = base.setups as Record<string, Record<string, unknown>>;
    const u = 0.25;
    const s = scenarioFrom(
      { ...base, warmup: 10, horizon: 40, setups: { ...setups, merged: { ...setups.merged, platform: { searchBadgeOrderUplift: u } } } },
      'default.yaml',
    );
    const original = runReplication(short(), 0);
    const replayed = runReplication({ ...s, history }, 0);
    const n = original.setups.unmerged.metrics.ordersPlaced;
    expect(replayed.setups.unmerged.metrics.ordersPlaced).toBe(n);
    // copies ~ Binomial(n, u): within 4 standard deviations
    const extra = replayed.setups.merged.metrics.ordersPlaced - n;
    expect(Math.abs(extra - n * u)).toBeLessThan(4 * Math.sqrt(n * u * (1 - u)));
  });
});

describe('bootstrap by week', () => {
  it('keeps the mean daily orders and the weekday profile within their sampling error', () => {
    // 8 weeks of history; the bootstrap run has no trend or promotions of its own
    const flat = (base.shops as Array<Record<string, unknown>>).map((x) => ({ ...x, trendPerYear: 0, promotions: [] }));
    const s = scenarioFrom({ ...base, shops: flat, warmup: 0, horizon: 280, demand: { ...(base.demand as object), mode: 'bootstrap' } }, 'default.yaml');
    const history = historyOf(s, 0, 56);
    const setup = s.setups[0];
    const daily = (next: (shop: number, now: number) => number, days: number) => {
      const n = new Float64Array(days);
      for (let i = 0; i < setup.shops.length; i++) for (let t = next(i, 0); t < days; t = next(i, t)) n[Math.floor(t)]++;
      return n;
    };
    const hd = historyDemand(history, setup, s.seed, 0);
    const replay = new HistoryOrderStream(hd, setup, { seed: s.seed, replication: 0, days: 56, mode: 'replay', upliftMax: 0 });
    const hist = daily((i, t) => replay.next(i, t), 56);
    const R = 10;
    const boot = Array.from({ length: R }, (_, k) => {
      const b = new HistoryOrderStream(hd, setup, { seed: s.seed, replication: k, days: 280, mode: 'bootstrap', upliftMax: 0 });
      return daily((i, t) => b.next(i, t), 280);
    });
    const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;
    const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
    // 40 run weeks per replication, each a uniform draw of the 8 history weeks
    const draws = 40 * R;
    const weekTotals = Array.from({ length: 8 }, (_, w) => mean(hist.slice(7 * w, 7 * w + 7)));
    const bootMean = mean(boot.map((b) => mean(b)));
    expect(Math.abs(bootMean - mean(hist))).toBeLessThan((4 * sd(weekTotals)) / Math.sqrt(draws));
    expect(bootMean).toBeGreaterThan(200);
    for (let j = 0; j < 7; j++) {
      const histJ = Array.from({ length: 8 }, (_, w) => hist[7 * w + j]);
      const bootJ = mean(boot.flatMap((b) => Array.from({ length: 40 }, (_, w) => b[7 * w + j])));
      expect(Math.abs(bootJ - mean(histJ)), `weekday ${j}`).toBeLessThan((4 * sd(histJ)) / Math.sqrt(draws) + 1e-9);
    }
  });

  it('applies the shops’ growth and promotions: a promotion at 2.5× multiplies its days’ orders', () => {
    const promo = (base.shops as Array<Record<string, unknown>>).map((x) => ({ ...x, trendPerYear: 0, promotions: [{ start: 14, length: 7, multiplier: 2.5 }] }));
    const s = scenarioFrom({ ...base, shops: promo, warmup: 0, horizon: 28, demand: { ...(base.demand as object), mode: 'bootstrap' } }, 'default.yaml');
    const history = historyOf(s, 0, 28);
    const setup = s.setups[0];
    const hd = historyDemand(history, setup, s.seed, 0);
    let inPromo = 0;
    let expected = 0;
    for (let k = 0; k < 6; k++) {
      const b = new HistoryOrderStream(hd, setup, { seed: s.seed, replication: k, days: 28, mode: 'bootstrap', upliftMax: 0 });
      for (let i = 0; i < setup.shops.length; i++) for (let t = b.next(i, 0); t < 28; t = b.next(i, t)) if (t >= 14 && t < 21) inPromo++;
      // what the drawn source week holds for run week 2, × 2.5
      const week = (b as unknown as { weekOf: Int32Array }).weekOf[2];
      for (const t of history.orderTime) if (t >= 7 * week && t < 7 * week + 7) expected += 2.5;
    }
    expect(Math.abs(inPromo - expected)).toBeLessThan(4 * Math.sqrt(expected * 0.25));
  });
});

describe('initial stock from a snapshot', () => {
  const s = short();
  const history = historyOf(s, 0, 50);
  // every (shop, SKU) pair of the history gets 3 units; SKU-1 of shop main also 5 at hangzhou; one row names a SKU nobody sold
  const sold = new Set<string>();
  for (let l = 0; l < history.lineSku.length; l++) sold.add(`${history.shops[history.lineShop[l]]}|${history.skus[history.lineSku[l]]}`);
  const rows: StockRow[] = [...sold].map((key) => {
    const [shop, sku] = key.split('|');
    return { shop, sku, warehouse: null, onHand: 3 };
  });
  rows.push({ shop: 'main', sku: 'SKU-1', warehouse: 'hangzhou', onHand: 5 }, { shop: 'main', sku: 'NOT-SOLD', warehouse: null, onHand: 7 });
  const snapshot: StockSnapshot = { format: 'poolsim-stock-snapshot', version: 1, source: { file: 'stock.csv', sha256: '0'.repeat(64), rows: rows.length, importedRows: rows.length, skippedRows: 0 }, rows };
  const input = { ...s, history, initialStock: snapshot };

  it('stocks each unmerged (shop, SKU) with the snapshot’s units instead of the policy’s level', () => {
    const setup = s.setups.find((x) => x.name === 'unmerged')!;
    const { model, catalogue } = setupInputs(input, setup, 0, maxUplift(s));
    const U = catalogue.skuCount;
    const sku1 = historyDemand(history, setup, s.seed, 0).skuIndex[history.skus.indexOf('SKU-1')];
    let checked = 0;
    for (let i = 0; i < setup.shops.length; i++)
      for (const k of catalogue.shopSkus[i]) {
        const expected = setup.shops[i].id === 'main' && k === sku1 ? 8 : 3;
        expect(model.initialUnits[model.shopSkuStockPoint[i * U + k]]).toBe(expected);
        checked++;
      }
    expect(checked).toBe(sold.size);
  });

  it('pools the shops’ units of each SKU in a merged setup, keeping units already in a pool warehouse there', () => {
    const setup = s.setups.find((x) => x.name === 'merged')!;
    const { model, catalogue } = setupInputs(input, setup, 0, maxUplift(s));
    const U = catalogue.skuCount;
    const W = model.poolWarehouses.length;
    const sku1 = historyDemand(history, setup, s.seed, 0).skuIndex[history.skus.indexOf('SKU-1')];
    const hangzhou = [...model.poolWarehouses].indexOf(model.warehouseIds.indexOf('hangzhou'));
    for (let k = 0; k < U; k++) {
      let shops = 0;
      for (let i = 0; i < setup.shops.length; i++) shops += catalogue.listed[i * U + k];
      let total = 0;
      for (let w = 0; w < W; w++) total += model.initialUnits[k * W + w];
      expect(total, `sku ${k}`).toBe(3 * shops + (k === sku1 ? 5 : 0));
    }
    expect(model.initialUnits[sku1 * W + hangzhou]).toBeGreaterThanOrEqual(5);
    expect(model.migratedUnits).toBe(3 * sold.size + 5);
  });

  it('counts the units of rows the history does not pair with a sale as left out', () => {
    expect(stockUse(snapshot, history)).toEqual({ units: 3 * sold.size + 5, unusedUnits: 7 });
  });
});
