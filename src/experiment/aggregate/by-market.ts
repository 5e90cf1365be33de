import type { MarketRow } from '../../model/result.js';
import { finiteMean, finiteOrNull } from './finite.js';

const MARKET_FIELDS = [
  'ordersDelivered',
  'fulfilmentDaysMean',
  'onTimeRate',
  'returnRate',
  'returnCycleDaysMean',
] as const satisfies ReadonlyArray<Exclude<keyof MarketRow, 'market'>>;

/**
 * Averages per-market rows over replications, market by market, in the order markets first
 * appear. A value the model could not compute (NaN, e.g. no delivery to that market in a
 * replication) is left out of that market's mean; all-missing gives `null`. O(replications × markets).
 */
export function aggregateByMarket(perReplication: readonly (readonly MarketRow[])[]): MarketRow[] {
  const markets: string[] = [];
  for (const rows of perReplication) for (const r of rows) if (!markets.includes(r.market)) markets.push(r.market);
  return markets.map((market) => {
    const rows = perReplication.flatMap((rs) => rs.filter((r) => r.market === market));
    const out = { market } as MarketRow;
    for (const f of MARKET_FIELDS) (out as unknown as Record<string, number | null>)[f] = finiteOrNull(finiteMean(rows.map((r) => r[f])));
    return out;
  });
}
