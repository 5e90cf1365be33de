/**
 * The multi-shop order stream, generated lazily: each shop's arrivals come from its own
 * substream `arrivals/<shop>` and the content of its orders from `baskets/<shop>`, so the
 * stream of a replication depends only on (seed, replication, demand settings), never on
 * the setup or on event interleaving — every setup replays the same orders without storing
 * them (common random numbers).
 *
 * Arrivals: a Poisson process per shop with rate ordersPerDay × dayFactor(d) × G_d × (1 + u_max),
 * where G_d is a daily gamma factor (mean 1, cv = overdispersion; 1 when 0) and u_max the
 * largest search-badge uplift over the scenario's setups. A setup with uplift u keeps an
 * order iff its `keepU` < (1 + u)/(1 + u_max) (thinning), so setups share every order and
 * the badge's extra orders are extra. Gaps are exponential within a day and restart at
 * day boundaries (exact for a piecewise-constant rate by memorylessness).
 *
 * Content, in draw order: market (alias over marketMix), keepU, returnU, the basket
 * (lines, then per line a SKU from the shop's alias table — resampled up to 3 times if it
 * repeats a SKU of the basket, else its units are merged into that line — and its units),
 * then with probability crossShopBasketShare a second basket from another shop chosen ∝
 * ordersPerDay among the others. O(lines) per order, allocation-free.
 */
import { AliasTable, makeSampler, substream } from '../../engine/index.js';
import type { Rng, Sampler } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { OrderPool } from '../orders/order-pool.js';
import { drawCount } from './basket-size.js';
import { dayFactors } from './rate-profile.js';
import { syntheticSettings } from './synthetic-settings.js';

const SKU_RESAMPLES = 3;

export interface OrderStreamOptions {
  seed: number | string;
  replication: number;
  /** Largest search-badge uplift over all setups of the scenario. */
  upliftMax: number;
  /** Days of the run the stream covers (arrivals stop at this time). */
  days: number;
  /** Market index of each market id (the setup's `markets` order). */
  marketIndex: ReadonlyMap<string, number>;
  /** Most lines per basket. */
  lineCap: number;
}

/** What the run reads orders from: the synthetic stream, or a seller's history (`history/history-stream.ts`). */
export interface OrderSource {
  /** Orders generated so far (kept or not). */
  readonly generated: number;
  /** Time of the next order of `shop` after `now`, or Infinity. */
  next(shop: number, now: number): number;
  /** The content of the order just timed by `next` into order slot `slot` of `pool`. */
  fill(shop: number, slot: number, pool: OrderPool): void;
}

export class OrderStream implements OrderSource {
  /** Orders generated so far (kept or not). */
  generated = 0;

  private readonly days: number;
  private readonly cat: Catalogue;
  private readonly lineCap: number;
  private readonly crossShare: number;
  private readonly arrivalRng: Rng[] = [];
  private readonly basketRng: Rng[] = [];
  private readonly baseRate: Float64Array;
  private readonly factors: Float64Array[] = [];
  private readonly gamma: Array<Sampler | null> = [];
  private readonly day: Int32Array;
  private readonly rate: Float64Array;
  private readonly marketAlias: AliasTable;
  private readonly otherShopAlias: Array<AliasTable | null> = [];
  private readonly lines: Sampler;
  private readonly units: Sampler;

  constructor(setup: Setup, catalogue: Catalogue, o: OrderStreamOptions) {
    const shops = setup.shops;
    const S = shops.length;
    this.days = o.days;
    this.cat = catalogue;
    this.lineCap = o.lineCap;
    const synthetic = syntheticSettings(setup);
    this.crossShare = S > 1 ? setup.demand.crossShopBasketShare : 0;
    this.baseRate = new Float64Array(S);
    this.day = new Int32Array(S).fill(-1);
    this.rate = new Float64Array(S);
    for (let i = 0; i < S; i++) {
      const shop = shops[i];
      this.arrivalRng.push(substream(o.seed, o.replication, `arrivals/${shop.id}`));
      this.basketRng.push(substream(o.seed, o.replication, `baskets/${shop.id}`));
      this.baseRate[i] = synthetic.ordersPerDay[i] * (1 + o.upliftMax);
      this.factors.push(dayFactors(shop, o.days));
      this.gamma.push(shop.overdispersion > 0 ? makeSampler({ type: 'gamma', mean: 1, cv: shop.overdispersion }) : null);
      this.otherShopAlias.push(S > 1 ? new AliasTable(Array.from(synthetic.ordersPerDay, (r, j) => (j === i ? 0 : r))) : null);
    }
    const mix = new Array<number>(o.marketIndex.size).fill(0);
    for (const [id, w] of Object.entries(synthetic.marketMix)) mix[o.marketIndex.get(id)!] = w;
    this.marketAlias = new AliasTable(mix);
    this.lines = makeSampler(setup.demand.linesPerOrder);
    this.units = makeSampler(setup.demand.unitsPerLine);
  }

  /**
   * Time of the next order of `shop` after `now` (its previous order's time; 0 for the first
   * call), or Infinity when past the last day. O(1) amortised (plus a day step per empty day).
   */
  next(shop: number, now: number): number {
    const rng = this.arrivalRng[shop];
    let day = this.day[shop];
    let rate = this.rate[shop];
    let t = now;
    if (day < 0) {
      day = 0;
      t = 0;
      rate = this.dayRate(shop, 0, rng);
    }
    for (;;) {
      if (rate > 0) {
        t += -Math.log(1 - rng()) / rate;
        if (t < day + 1) break;
      }
      day++;
      if (day >= this.days) {
        t = Infinity;
        break;
      }
      t = day;
      rate = this.dayRate(shop, day, rng);
    }
    this.day[shop] = day;
    this.rate[shop] = rate;
    return t;
  }

  /** Draws the content of the next order of `shop` into order slot `slot` of `pool`. O(lines). */
  fill(shop: number, slot: number, pool: OrderPool): void {
    const rng = this.basketRng[shop];
    this.generated++;
    pool.shop[slot] = shop;
    pool.market[slot] = this.marketAlias.sample(rng);
    pool.keepU[slot] = rng();
    pool.returnU[slot] = rng();
    let n = this.basket(shop, slot, 0, rng, pool);
    if (this.crossShare > 0 && rng() < this.crossShare) {
      n = this.basket(this.otherShopAlias[shop]!.sample(rng), slot, n, rng, pool);
    }
    pool.lineCount[slot] = n;
  }

  private dayRate(shop: number, day: number, rng: Rng): number {
    const g = this.gamma[shop];
    return this.baseRate[shop] * this.factors[shop][day] * (g === null ? 1 : g.sample(rng));
  }

  /** Appends one basket of `shop` after line `start` of the order; returns the new line count. */
  private basket(shop: number, slot: number, start: number, rng: Rng, pool: OrderPool): number {
    const skus = this.cat.shopSkus[shop];
    const alias = this.cat.shopAlias[shop];
    const base = slot * pool.lineStride;
    const lineSku = pool.lineSku;
    const lineUnits = pool.lineUnits;
    const k = drawCount(this.lines, rng, Math.min(this.lineCap, skus.length));
    let n = start;
    for (let j = 0; j < k; j++) {
      let sku = skus[alias.sample(rng)];
      let dup = duplicate(lineSku, base + start, base + n, sku);
      for (let r = 0; r < SKU_RESAMPLES && dup >= 0; r++) {
        sku = skus[alias.sample(rng)];
        dup = duplicate(lineSku, base + start, base + n, sku);
      }
      const units = drawCount(this.units, rng, 0x3fffffff);
      if (dup >= 0) lineUnits[dup] += units;
      else {
        const l = base + n++;
        lineSku[l] = sku;
        lineUnits[l] = units;
        pool.lineShop[l] = shop;
      }
    }
    return n;
  }
}

/** Index in [from, to) of the line holding `sku`, or −1. */
function duplicate(lineSku: Int32Array, from: number, to: number, sku: number): number {
  for (let l = from; l < to; l++) if (lineSku[l] === sku) return l;
  return -1;
}
