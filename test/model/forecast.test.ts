/**
 * The analytical demand forecast against the order stream it forecasts: units per day by
 * shop (own baskets plus cross-shop baskets), with the default study's weekly profile, trend,
 * promotion and overdispersion. Tolerance: over D days with daily totals of sample sd s, the
 * total passes if |total − forecast·D| < 4.4 · s · √D (the deterministic weekly swing in s
 * only widens it).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/model/catalogue/catalogue.js';
import { forecastDemand, unitsPerDay } from '../../src/model/demand/forecast.js';
import { OrderStream } from '../../src/model/demand/order-stream.js';
import { OrderPool } from '../../src/model/orders/order-pool.js';
import { expectedCount } from '../../src/model/demand/basket-size.js';
import { makeSampler } from '../../src/engine/index.js';
import { bundled } from './helpers/scenarios.js';

describe('demand forecast', () => {
  it('matches the units the stream draws, per shop', () => {
    const setup = bundled('default.yaml').setups[0];
    const days = 300;
    const seed = 11;
    const cat = buildCatalogue(setup, seed, 0);
    const f = forecastDemand(setup, cat, { seed, uplift: 0, lineCap: 4, fromDay: 0, toDay: days });
    const marketIndex = new Map(setup.markets.map((m, i) => [m.id, i] as const));
    const stream = new OrderStream(setup, cat, { seed, replication: 0, upliftMax: 0, days, marketIndex, lineCap: 4 });
    const pool = new OrderPool(8);
    const S = setup.shops.length;
    const daily = Array.from({ length: S }, () => new Array<number>(days).fill(0));
    for (let i = 0; i < S; i++) {
      for (let t = stream.next(i, 0); t < days; t = stream.next(i, t)) {
        const o = pool.alloc();
        stream.fill(i, o, pool);
        for (let l = o * pool.lineStride; l < o * pool.lineStride + pool.lineCount[o]; l++) {
          daily[pool.lineShop[l]][Math.floor(t)] += pool.lineUnits[l];
        }
        pool.release(o);
      }
    }
    for (let i = 0; i < S; i++) {
      let perDay = 0;
      for (const k of cat.shopSkus[i]) perDay += unitsPerDay(f, cat, i, k);
      const total = daily[i].reduce((a, b) => a + b, 0);
      const mean = total / days;
      const sd = Math.sqrt(daily[i].reduce((a, x) => a + (x - mean) ** 2, 0) / (days - 1));
      expect(Math.abs(total - perDay * days), setup.shops[i].id).toBeLessThan(4.4 * sd * Math.sqrt(days));
    }
  });

  it('rounded count means are exact for constant, discrete and Poisson', () => {
    const e = (spec: Parameters<typeof makeSampler>[0], cap: number) => expectedCount(spec, makeSampler(spec), cap, 1, 't');
    expect(e({ type: 'constant', value: 2.4 }, 10)).toBe(2);
    expect(e({ type: 'discrete', values: [0, 1, 5], weights: [1, 1, 2] }, 3)).toBeCloseTo((1 + 1 + 2 * 3) / 4, 12);
    // E[max(1, D)] = E[D] + P(D = 0) for D ~ Poisson(2)
    expect(e({ type: 'poisson', mean: 2 }, 1000)).toBeCloseTo(2 + Math.exp(-2), 12);
  });
});
