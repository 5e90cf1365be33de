/**
 * What a candidate costs, per replication, over the measured window of T = horizon days
 * (docs/advise.md, Costs):
 *
 * - holding  = h × avgOnHandValue × T / 365: the value tied up in stock (time average, at
 *   cost) × the holding rate h a year;
 * - backorder = b × avgBackorderUnits × T: b US$ per unit-day a unit is owed to a customer;
 * - lost-sale = l × lostSalesUnits: l US$ per unit short under `stockout: lost-sale`;
 * - cost = holding + backorder + lost-sale.
 *
 * The search minimises the score: the cost (`--objective cost`, and `--target`, among the
 * candidates that reach it), or −(netMargin − holding) (`--objective netMargin`: the model's
 * net margin, fee tier included, less the capital the stock ties up). Lower is better.
 */
import type { Catalogue } from '../../model/catalogue/catalogue.js';
import type { Objective } from './advise-options.js';
import { DEFAULT_BACKORDER_PRICE_SHARE, DEFAULT_HOLDING_RATE } from './advise-options.js';
import type { Evaluation } from './evaluator.js';

export interface CostRates {
  /** h: share of the stock's value at cost a year. */
  holdingRate: number;
  /** b: US$ per unit-day backordered. */
  backorderCostPerUnitDay: number;
  /** l: US$ per unit lost. */
  lostSaleCostPerUnit: number;
  /** T: measured days. */
  horizonDays: number;
}

/** A candidate's money, replication by replication (US$ over the window). */
export interface CandidateCosts {
  holding: number[];
  backorder: number[];
  lostSale: number[];
  cost: number[];
  /** What the search minimises. */
  score: number[];
}

/**
 * The default rates for a catalogue: h = 25 %/year; b = 1 % of the demand-weighted mean unit
 * price a unit-day; l = the demand-weighted mean unit margin (price − cost), the profit a
 * lost unit takes with it. Given options win.
 * @example defaultRates(catalogue, 365, {}).holdingRate // 0.25
 */
export function defaultRates(
  catalogue: Pick<Catalogue, 'popularity' | 'price' | 'cost'>,
  horizonDays: number,
  given: Partial<Omit<CostRates, 'horizonDays'>>,
): CostRates {
  let w = 0;
  let price = 0;
  let margin = 0;
  for (let k = 0; k < catalogue.popularity.length; k++) {
    const p = catalogue.popularity[k];
    w += p;
    price += p * catalogue.price[k];
    margin += p * (catalogue.price[k] - catalogue.cost[k]);
  }
  const meanPrice = w > 0 ? price / w : 0;
  const meanMargin = w > 0 ? margin / w : 0;
  return {
    holdingRate: given.holdingRate ?? DEFAULT_HOLDING_RATE,
    backorderCostPerUnitDay: given.backorderCostPerUnitDay ?? DEFAULT_BACKORDER_PRICE_SHARE * meanPrice,
    lostSaleCostPerUnit: given.lostSaleCostPerUnit ?? meanMargin,
    horizonDays,
  };
}

/**
 * The costs and score of a candidate (see the module comment). O(replications).
 * @example candidateCosts(e, { kind: 'cost' }, rates).cost[0]
 */
export function candidateCosts(e: Evaluation, objective: Objective, r: CostRates): CandidateCosts {
  const f = e.figures;
  const n = f.avgOnHandValue.length;
  const holding = new Array<number>(n);
  const backorder = new Array<number>(n);
  const lostSale = new Array<number>(n);
  const cost = new Array<number>(n);
  const score = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    holding[k] = (r.holdingRate * f.avgOnHandValue[k] * r.horizonDays) / 365;
    backorder[k] = r.backorderCostPerUnitDay * f.avgBackorderUnits[k] * r.horizonDays;
    lostSale[k] = r.lostSaleCostPerUnit * f.lostSalesUnits[k];
    cost[k] = holding[k] + backorder[k] + lostSale[k];
    score[k] = objective.kind === 'netMargin' ? -(f.netMargin[k] - holding[k]) : cost[k];
  }
  return { holding, backorder, lostSale, cost, score };
}
