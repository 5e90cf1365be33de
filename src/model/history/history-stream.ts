/**
 * The order stream of a study on a seller's history (`demand.history`), with the interface of
 * the synthetic `OrderStream` (`next`, `fill`, `generated`), so the run does not know which
 * it has.
 *
 * - `replay`: the recorded orders at their recorded times (day 0 of the history = t 0 of the
 *   run), the same in every replication and setup.
 * - `bootstrap`: a block bootstrap by week. Week w of the run takes a history week drawn
 *   uniformly from its complete weeks (one draw per run week, substream `bootstrap`, the same
 *   for every shop and setup), day by day, so weekday and basket structure and the shops'
 *   common weeks survive. Each order of a day is copied ⌊f⌋ times and once more with
 *   probability f − ⌊f⌋ (substream `bootstrap/<shop>`), f the shop's trend × promotion factor
 *   of the run day (`trendPerYear`, `promotions`; the weekly profile is the history's own).
 *
 * A history holds orders without the search-badge uplift (a seller's pre-merge orders). With
 * u_max > 0 (the largest `platform.searchBadgeOrderUplift` of the study) each order above is
 * followed, at the same time, by ⌊u_max⌋ copies and one more with probability u_max − ⌊u_max⌋
 * (substream `uplift/<shop>`); the order itself has keepU = 0 (every setup keeps it), a copy
 * keepU uniform on [1/(1+u_max), 1), so a setup with uplift u keeps u copies per order on
 * average and a setup with u = 0 exactly the history's orders.
 *
 * Per order the stream draws `returnU` (and a copy's `keepU`) from substream `history/<shop>`,
 * in the shop's order sequence, so every setup sees the same draws (common random numbers).
 * O(lines) per order.
 */
import { substream, type Rng } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import { dayFactors } from '../demand/rate-profile.js';
import { ModelInputError } from '../errors.js';
import { historyTooShort } from '../messages.js';
import type { OrderPool } from '../orders/order-pool.js';
import type { HistoryDemand } from './history-demand.js';

export class HistoryOrderStream {
  /** Orders generated so far (kept or not). */
  generated = 0;
  /** History orders of each scenario shop, in time order. */
  private readonly shopOrders: Int32Array[];
  /** Per shop: position in `shopOrders` of the current order (replay), or of the day's current order (bootstrap). */
  private readonly pos: Int32Array;
  private readonly uRng: Rng[];
  // bootstrap
  private readonly bootstrap: boolean;
  private readonly weekOf: Int32Array;
  /** Per shop, first position in `shopOrders` of each history day (length history days + 1). */
  private readonly dayStart: Int32Array[] = [];
  private readonly factor: Float64Array[] = [];
  private readonly copyRng: Rng[] = [];
  private readonly day: Int32Array;
  private readonly copiesLeft: Int32Array;
  // search-badge uplift
  private readonly upliftMax: number;
  private readonly upliftRng: Rng[];
  private readonly upliftLeft: Int32Array;
  /** Per shop: 1 while the order last timed is an uplift copy. */
  private readonly isCopy: Uint8Array;

  constructor(
    private readonly h: HistoryDemand,
    setup: Setup,
    o: { seed: number | string; replication: number; days: number; mode: 'replay' | 'bootstrap'; upliftMax: number },
  ) {
    const hist = h.history;
    const S = setup.shops.length;
    const lists: number[][] = Array.from({ length: S }, () => []);
    for (let k = 0; k < hist.orderTime.length; k++) lists[h.shopIndex[hist.orderShop[k]]].push(k);
    this.shopOrders = lists.map((l) => Int32Array.from(l));
    this.pos = new Int32Array(S).fill(-1);
    this.uRng = setup.shops.map((s) => substream(o.seed, o.replication, `history/${s.id}`));
    this.bootstrap = o.mode === 'bootstrap';
    this.day = new Int32Array(S).fill(-1);
    this.copiesLeft = new Int32Array(S);
    this.upliftMax = o.upliftMax;
    this.upliftRng = o.upliftMax > 0 ? setup.shops.map((s) => substream(o.seed, o.replication, `uplift/${s.id}`)) : [];
    this.upliftLeft = new Int32Array(S);
    this.isCopy = new Uint8Array(S);
    this.weekOf = new Int32Array(0);
    if (!this.bootstrap) return;
    const weeks = Math.floor(hist.days / 7);
    if (weeks < 1) throw new ModelInputError(historyTooShort(hist.days));
    const rng = substream(o.seed, o.replication, 'bootstrap');
    this.weekOf = Int32Array.from({ length: Math.ceil(o.days / 7) }, () => Math.floor(rng() * weeks));
    for (let i = 0; i < S; i++) {
      const list = this.shopOrders[i];
      const start = new Int32Array(hist.days + 1);
      let p = 0;
      for (let d = 0; d <= hist.days; d++) {
        while (p < list.length && hist.orderTime[list[p]] < d) p++;
        start[d] = p;
      }
      start[hist.days] = list.length;
      this.dayStart.push(start);
      this.factor.push(dayFactors({ ...setup.shops[i], weeklyProfile: undefined }, o.days));
      this.copyRng.push(substream(o.seed, o.replication, `bootstrap/${setup.shops[i].id}`));
    }
    this.days = o.days;
  }
  private days = 0;

  /** Time of the next order of `shop` after its previous one, or Infinity when there is none. */
  next(shop: number, now: number): number {
    if (this.upliftLeft[shop] > 0) {
      this.upliftLeft[shop]--;
      this.isCopy[shop] = 1;
      return now;
    }
    this.isCopy[shop] = 0;
    const t = this.nextRecorded(shop, now);
    if (this.upliftMax > 0 && t < Infinity) {
      const whole = Math.floor(this.upliftMax);
      this.upliftLeft[shop] = whole + (this.upliftRng[shop]() < this.upliftMax - whole ? 1 : 0);
    }
    return t;
  }

  /** The next order of the history (replay) or of the resampled days (bootstrap). */
  private nextRecorded(shop: number, now: number): number {
    const hist = this.h.history;
    const list = this.shopOrders[shop];
    if (!this.bootstrap) {
      const p = ++this.pos[shop];
      return p < list.length ? hist.orderTime[list[p]] : Infinity;
    }
    // bootstrap: the current source order again while it has copies left, else the next
    if (this.copiesLeft[shop] > 0) {
      this.copiesLeft[shop]--;
      return now;
    }
    let d = this.day[shop];
    let p = this.pos[shop] + 1;
    if (d < 0) {
      d = 0;
      p = this.sourceStart(shop, 0);
    }
    for (;;) {
      const end = this.dayStart[shop][this.sourceDay(d) + 1];
      while (p < end) {
        const copies = this.copies(shop, d);
        if (copies > 0) {
          this.day[shop] = d;
          this.pos[shop] = p;
          this.copiesLeft[shop] = copies - 1;
          const t = hist.orderTime[list[p]];
          return d + (t - Math.floor(t));
        }
        p++;
      }
      if (++d >= this.days) {
        this.day[shop] = d;
        return Infinity;
      }
      p = this.sourceStart(shop, d);
    }
  }

  /** Copies the current order of `shop` into order slot `slot` of `pool`. O(lines). */
  fill(shop: number, slot: number, pool: OrderPool): void {
    const h = this.h;
    const hist = h.history;
    const o = this.shopOrders[shop][this.pos[shop]];
    const rng = this.uRng[shop];
    this.generated++;
    pool.shop[slot] = shop;
    pool.market[slot] = h.marketIndex[hist.orderMarket[o]];
    // keepU < (1 + u)/(1 + u_max) keeps an order: 0 for a recorded order, above 1/(1 + u_max) for a copy
    const low = 1 / (1 + this.upliftMax);
    pool.keepU[slot] = this.isCopy[shop] ? low + (1 - low) * rng() : 0;
    pool.returnU[slot] = rng();
    const base = slot * pool.lineStride;
    const a = hist.orderLineStart[o];
    const n = hist.orderLineStart[o + 1] - a;
    for (let j = 0; j < n; j++) {
      pool.lineSku[base + j] = h.skuIndex[hist.lineSku[a + j]];
      pool.lineUnits[base + j] = hist.lineUnits[a + j];
      pool.lineShop[base + j] = h.shopIndex[hist.lineShop[a + j]];
    }
    pool.lineCount[slot] = n;
  }

  /** History day that run day d takes. */
  private sourceDay(d: number): number {
    return 7 * this.weekOf[Math.floor(d / 7)] + (d % 7);
  }

  private sourceStart(shop: number, d: number): number {
    return this.dayStart[shop][this.sourceDay(d)];
  }

  /** Copies of one source order on run day d: ⌊f⌋, plus one with probability f − ⌊f⌋. */
  private copies(shop: number, d: number): number {
    const f = this.factor[shop][d];
    const whole = Math.floor(f);
    return whole + (this.copyRng[shop]() < f - whole ? 1 : 0);
  }
}
