/**
 * The static return parameters of a setup: per-SKU base and defect return probabilities
 * from the category parameters (`categories` or the documented defaults), inbound QC catch
 * rates, and the return transit of each (warehouse, market) pair:
 *
 * - a market with a local return warehouse: `markets[].returnTransit`, default 3 days
 *   (assumption: a domestic parcel; the platform confirms receipt ≤ 3 working days after);
 * - otherwise back to the origin warehouse: `markets[].returnTransit`, else
 *   `returns.originTransit`, else the outbound transit of that warehouse to the market.
 */
import { makeSampler } from '../../engine/index.js';
import type { Sampler } from '../../engine/index.js';
import { CATEGORIES } from '../../scenario/categories.js';
import type { Setup } from '../../scenario/schema.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { categoryParams } from '../catalogue/category-defaults.js';

/** Default customer → local return warehouse transit, days (assumption). */
export const LOCAL_RETURN_TRANSIT_DAYS = 3;

export interface ReturnParams {
  returnsEnabled: boolean;
  skuReturnBase: Float64Array;
  skuDefectReturn: Float64Array;
  qcCatchRate: Float64Array;
  latenessPerDay: number;
  latenessCap: number;
  restockableShare: number;
  returnTransit: Array<Sampler | null>;
  returnInspection: Sampler;
  localReturn: Uint8Array;
}

/**
 * @param transit outbound transit samplers, index `w·M + m`
 * @example const r = buildReturnParams(setup, catalogue, ['ES', 'BR'], transit);
 */
export function buildReturnParams(
  setup: Setup,
  catalogue: Catalogue,
  marketIds: readonly string[],
  transit: ReadonlyArray<Sampler | null>,
): ReturnParams {
  const r = setup.returns;
  const U = catalogue.skuCount;
  const skuReturnBase = new Float64Array(U);
  const skuDefectReturn = new Float64Array(U);
  for (let k = 0; k < U; k++) {
    const c = categoryParams(CATEGORIES[catalogue.category[k]], setup.categories);
    skuReturnBase[k] = c.returnBaseRate;
    skuDefectReturn[k] = c.defectRate * r.defectReturnShare;
  }
  const M = marketIds.length;
  const NW = setup.warehouses.length;
  const origin = r.originTransit === undefined ? null : makeSampler(r.originTransit);
  const local = makeSampler({ type: 'constant', value: LOCAL_RETURN_TRANSIT_DAYS });
  const returnTransit: Array<Sampler | null> = new Array(NW * M).fill(null);
  const localReturn = new Uint8Array(M);
  setup.markets.forEach((market, m) => {
    localReturn[m] = market.localReturnWarehouse ? 1 : 0;
    const own = market.returnTransit === undefined ? null : makeSampler(market.returnTransit);
    for (let w = 0; w < NW; w++) {
      returnTransit[w * M + m] = own ?? (market.localReturnWarehouse ? local : (origin ?? transit[w * M + m]));
    }
  });
  return {
    returnsEnabled: r.enabled,
    skuReturnBase,
    skuDefectReturn,
    qcCatchRate: Float64Array.from(setup.warehouses.map((w) => w.qcCatchRate)),
    latenessPerDay: r.latenessPerDay,
    latenessCap: r.latenessCap,
    restockableShare: r.restockableShare,
    returnTransit,
    returnInspection: makeSampler(r.inspection),
    localReturn,
  };
}
