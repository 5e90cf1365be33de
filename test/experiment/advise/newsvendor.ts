/**
 * The Poisson base-stock newsvendor as a scenario: one shop, one platform warehouse, Poisson
 * orders of one line of one unit at `rate` a day, a constant lead time, continuous review,
 * base-stock, backorders; no returns, picking in a second with 50 pickers (so units reserved
 * for picking are on hand for ~1e-5 days: negligible). `skus` > 1 gives SKUs of Zipf
 * popularity with exponent `zipf` (0: identical SKUs).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface NewsvendorOptions {
  rate: number;
  leadTime: number;
  horizon: number;
  warmup?: number;
  skus?: number;
  zipf?: number;
  price?: number;
  costRatio?: number;
  stockout?: 'backorder' | 'lost-sale';
}

export function newsvendorScenario(o: NewsvendorOptions): Record<string, unknown> {
  return {
    name: 'newsvendor',
    seed: 7,
    replications: 4,
    warmup: o.warmup ?? 4 * o.leadTime,
    horizon: o.horizon,
    baseline: 'unmerged',
    markets: [{ id: 'ES', promise: 30 }],
    warehouses: [{ id: 'pool', pickers: 50, pickTime: '1s', transit: { ES: 1 } }],
    shops: [{ id: 'shop', ordersPerDay: o.rate, warehouse: 'pool' }],
    catalogue: { skus: o.skus ?? 1, sharedSkuShare: 0, zipfExponent: o.zipf ?? 0, price: o.price ?? 10, costRatio: o.costRatio ?? 0.5 },
    categories: { apparel: { returnBaseRate: 0, defectRate: 0, turnoverNorm: 4 } },
    demand: { linesPerOrder: 1, unitsPerLine: 1, marketMix: { ES: 1 } },
    replenishment: { policy: 'base-stock', review: 'continuous', leadTime: o.leadTime, target: { units: 1 }, stockout: o.stockout ?? 'backorder' },
    returns: { enabled: false },
    setups: { unmerged: { mode: 'unmerged' }, merged: { mode: 'merged' } },
  };
}

/** Writes the scenario to a new temporary folder; returns the file. */
export function newsvendorFile(o: NewsvendorOptions): string {
  const dir = mkdtempSync(join(tmpdir(), 'poolsim-advise-'));
  const file = join(dir, 'newsvendor.yaml');
  writeFileSync(file, stringify(newsvendorScenario(o)));
  return file;
}
