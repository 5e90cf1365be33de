/**
 * The analytical demand forecast that sets stock targets: expected units per day of each
 * SKU at each shop, from the stream's own parameters (no simulation).
 *
 * baskets/day of shop i: b_i = r_i + Σ_{j≠i} r_j · c · q_{j→i}, where r_i = ordersPerDay_i ×
 * (mean day factor over the measured window) × (1 + uplift), c = crossShopBasketShare and
 * q_{j→i} = ordersPerDay_i ÷ Σ_{l≠j} ordersPerDay_l (the cross-basket shop choice).
 * units/day of SKU k at shop i: b_i × E[lines_i] × E[units] × popularity_k ÷ Σ_{listed} popularity.
 * E[lines_i] is the rounded, clamped mean (at most the shop's SKU count); merging a repeated
 * SKU into one line keeps units, so it does not change the forecast. The daily gamma
 * factor has mean 1 and drops out.
 */
import { makeSampler } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { expectedCount } from './basket-size.js';
import { dayFactors } from './rate-profile.js';
import { syntheticSettings } from './synthetic-settings.js';

export interface DemandForecast {
  /** Expected baskets per day of each shop (own orders plus cross-shop baskets). */
  readonly basketsPerDay: Float64Array;
  /** Expected units per basket of each shop. */
  readonly unitsPerBasket: Float64Array;
  /** A study on a seller's history: units a day of each (shop i, SKU k), index `i·U + k`, read from it (null: from the stream's parameters). */
  readonly rate?: Float64Array | null;
}

export interface ForecastOptions {
  seed: number | string;
  /** Search-badge uplift of the setup (0 for the shops' own pre-merge plan). */
  uplift: number;
  /** Most lines per basket. */
  lineCap: number;
  /** First and last-plus-one day of the measured window. */
  fromDay: number;
  toDay: number;
}

/**
 * Builds the forecast of a setup. O(shops² + shops × days).
 * @example const f = forecastDemand(setup, cat, { seed: 1, uplift: 0, lineCap: 4, fromDay: 30, toDay: 395 });
 */
export function forecastDemand(setup: Setup, catalogue: Catalogue, o: ForecastOptions): DemandForecast {
  const shops = setup.shops;
  const S = shops.length;
  const { ordersPerDay } = syntheticSettings(setup);
  const r = new Float64Array(S);
  for (let i = 0; i < S; i++) {
    const f = dayFactors(shops[i], o.toDay);
    let sum = 0;
    for (let d = o.fromDay; d < o.toDay; d++) sum += f[d];
    const mean = o.toDay > o.fromDay ? sum / (o.toDay - o.fromDay) : 1;
    r[i] = ordersPerDay[i] * mean * (1 + o.uplift);
  }
  const c = S > 1 ? setup.demand.crossShopBasketShare : 0;
  const totalRate = ordersPerDay.reduce((s, x) => s + x, 0);
  const basketsPerDay = new Float64Array(S);
  for (let i = 0; i < S; i++) {
    let b = r[i];
    for (let j = 0; j < S; j++) {
      if (j !== i && c > 0) b += r[j] * c * (ordersPerDay[i] / (totalRate - ordersPerDay[j]));
    }
    basketsPerDay[i] = b;
  }
  const d = setup.demand;
  const linesSampler = makeSampler(d.linesPerOrder);
  const unitsSampler = makeSampler(d.unitsPerLine);
  const meanUnits = expectedCount(d.unitsPerLine, unitsSampler, 0x3fffffff, o.seed, 'units');
  const unitsPerBasket = new Float64Array(S);
  for (let i = 0; i < S; i++) {
    const cap = Math.min(o.lineCap, catalogue.shopSkus[i].length);
    unitsPerBasket[i] = expectedCount(d.linesPerOrder, linesSampler, cap, o.seed, `lines/${cap}`) * meanUnits;
  }
  return { basketsPerDay, unitsPerBasket };
}

/**
 * The forecast of a study on a seller's history: each shop × SKU's units a day in the
 * history, × (1 + uplift). O(shops × SKUs).
 */
export function historyForecast(rate: Float64Array, shops: number, uplift: number): DemandForecast {
  return {
    basketsPerDay: new Float64Array(shops),
    unitsPerBasket: new Float64Array(shops),
    rate: rate.map((x) => x * (1 + uplift)),
  };
}

/**
 * Expected units per day of `sku` at `shop` (0 when the shop does not list it). O(1).
 * @example unitsPerDay(forecast, cat, 0, 17)
 */
export function unitsPerDay(f: DemandForecast, catalogue: Catalogue, shop: number, sku: number): number {
  if (!catalogue.listed[shop * catalogue.skuCount + sku]) return 0;
  if (f.rate) return f.rate[shop * catalogue.skuCount + sku];
  return (f.basketsPerDay[shop] * f.unitsPerBasket[shop] * catalogue.popularity[sku]) / catalogue.shopPopularity[shop];
}
