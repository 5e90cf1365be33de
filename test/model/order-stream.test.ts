/**
 * The order stream: Poisson arrivals with the day profile, overdispersion, per-shop
 * substreams (a shop's orders do not depend on the other shops), basket sizes.
 * Tolerances: a count N with mean μ and variance v passes if |N − μ| < 4.4·√v (two-sided
 * normal level 1e-5).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/model/catalogue/catalogue.js';
import { OrderStream } from '../../src/model/demand/order-stream.js';
import { dayFactors } from '../../src/model/demand/rate-profile.js';
import { OrderPool } from '../../src/model/orders/order-pool.js';
import type { Setup } from '../../src/scenario/schema.js';
import { rawScenario, scenarioFrom } from './helpers/scenarios.js';

const Z = 4.4;
const raw = rawScenario('default.yaml');

function setupWith(change: Record<string, unknown>): Setup {
  return scenarioFrom({ ...raw, ...change }).setups[0];
}

/** Draws every order of `days` days; returns per shop the arrival times and per order lines/units. */
function drain(setup: Setup, days: number, seed = 7) {
  const cat = buildCatalogue(setup, seed, 0);
  const marketIndex = new Map(setup.markets.map((m, i) => [m.id, i] as const));
  const stream = new OrderStream(setup, cat, { seed, replication: 0, upliftMax: 0, days, marketIndex, lineCap: 8 });
  const pool = new OrderPool(16);
  const out = setup.shops.map(() => ({ times: [] as number[], skus: [] as number[], lines: [] as number[], units: 0 }));
  setup.shops.forEach((_, i) => {
    for (let t = stream.next(i, 0); t < days; t = stream.next(i, t)) {
      const o = pool.alloc();
      stream.fill(i, o, pool);
      const r = out[i];
      r.times.push(t);
      r.lines.push(pool.lineCount[o]);
      for (let l = 0; l < pool.lineCount[o]; l++) {
        r.skus.push(pool.lineSku[o * pool.lineStride + l]);
        r.units += pool.lineUnits[o * pool.lineStride + l];
      }
      pool.release(o);
    }
  });
  return out;
}

const flatShop = (id: string, rate: number, extra: Record<string, unknown> = {}) => ({
  id,
  ordersPerDay: rate,
  warehouse: 'dongguan',
  ...extra,
});

describe('order stream', () => {
  it('a shop draws the same orders whatever the other shops are', () => {
    const shops = raw.shops as Array<Record<string, unknown>>;
    const demand = { ...(raw.demand as object), crossShopBasketShare: 0 };
    const alone = drain(setupWith({ shops: [shops[0]], demand, catalogue: { ...(raw.catalogue as object), sharedSkuShare: 1 } }), 60);
    const all = drain(setupWith({ shops, demand, catalogue: { ...(raw.catalogue as object), sharedSkuShare: 1 } }), 60);
    expect(all[0].times).toEqual(alone[0].times);
    expect(all[0].skus).toEqual(alone[0].skus);
  });

  it('arrivals are Poisson with the base rate (flat profile)', () => {
    const days = 400;
    const rate = 30;
    const [shop] = drain(setupWith({ shops: [flatShop('a', rate)] }), days);
    const n = shop.times.length;
    expect(Math.abs(n - rate * days)).toBeLessThan(Z * Math.sqrt(rate * days));
    // gaps are exponential: their mean is 1/rate with sd 1/rate per gap
    const gaps = shop.times.slice(1).map((t, i) => t - shop.times[i]);
    const meanGap = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(Math.abs(meanGap - 1 / rate)).toBeLessThan((Z * (1 / rate)) / Math.sqrt(gaps.length));
  });

  it('follows the weekly profile and promotions', () => {
    const profile = [1, 1, 1, 1, 1, 2, 2];
    const shop = flatShop('a', 20, { weeklyProfile: profile, promotions: [{ start: 10, length: 2, multiplier: 3 }] });
    const f = dayFactors(scenarioFrom({ ...raw, shops: [shop] }).setups[0].shops[0], 14);
    const mean = 9 / 7;
    expect(f[0]).toBeCloseTo(1 / mean, 12);
    expect(f[5]).toBeCloseTo(2 / mean, 12);
    expect(f[10]).toBeCloseTo(3 / mean, 12); // Thursday of week 2, promoted
    expect(f[11]).toBeCloseTo(3 / mean, 12);
    expect(f[12]).toBeCloseTo(2 / mean, 12); // Saturday, promotion over
    const days = 700;
    const [s] = drain(setupWith({ shops: [{ ...shop, promotions: [] }] }), days);
    const weekend = s.times.filter((t) => Math.floor(t) % 7 >= 5).length;
    const expected = (20 * 2 * 2 * days) / 7 / mean;
    expect(Math.abs(weekend - expected)).toBeLessThan(Z * Math.sqrt(expected));
  });

  it('overdispersion: daily counts are gamma–Poisson with variance λ + (cv·λ)²', () => {
    const days = 3000;
    const rate = 20;
    const cv = 0.5;
    const [s] = drain(setupWith({ shops: [flatShop('a', rate, { overdispersion: cv })] }), days);
    const counts = new Array<number>(days).fill(0);
    for (const t of s.times) counts[Math.floor(t)]++;
    const m = counts.reduce((a, b) => a + b, 0) / days;
    const v = counts.reduce((a, c) => a + (c - m) ** 2, 0) / (days - 1);
    const wantVar = rate + (cv * rate) ** 2;
    expect(Math.abs(m - rate)).toBeLessThan(Z * Math.sqrt(wantVar / days));
    // the sample variance has variance ≈ (μ4 − σ⁴)/n; μ4 estimated from the sample
    const m4 = counts.reduce((a, c) => a + (c - m) ** 4, 0) / days;
    expect(Math.abs(v - wantVar)).toBeLessThan(Z * Math.sqrt((m4 - v * v) / days));
  });

  it('draws lines per basket from the mix (distinct SKUs)', () => {
    const days = 200;
    const [s] = drain(setupWith({ shops: [flatShop('a', 50)], demand: { ...(raw.demand as object), crossShopBasketShare: 0 } }), days);
    const weights = [0.42, 0.33, 0.17, 0.08];
    const n = s.lines.length;
    weights.forEach((p, i) => {
      const count = s.lines.filter((k) => k === i + 1).length;
      // a line merges only if 4 draws all repeat an earlier SKU: < 0.07^4 ≈ 2e−5 per line with
      // the top SKU's share ≈ 0.07 (Zipf 0.8 over 400), so merges are negligible here
      expect(Math.abs(count - n * p)).toBeLessThan(Z * Math.sqrt(n * p * (1 - p)));
    });
  });
});
