/**
 * Reads the seller's files a scenario names — the order history of `demand.history` and the
 * stock snapshot of `replenishment.initialStock`, paths relative to the scenario file — and
 * attaches them to the scenario for the model (`StudyInput`), with what results.json records
 * of them (`scenario.history`, `scenario.initialStock`). A file that is missing, damaged or
 * does not fit the scenario (shops or markets it does not define) is a located scenario
 * problem at the field that names it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { HistoryFormatError, readOrderHistory, readStockSnapshot } from '../history/index.js';
import type { OrderHistory, StockSnapshot } from '../history/index.js';
import type { StudyInput } from '../model/history/seller-data.js';
import { stockUse } from '../model/history/initial-stock.js';
import type { HistoryProvenance, InitialStockProvenance } from '../results/types.js';
import { fieldProblem, ScenarioError, type Scenario } from '../scenario/index.js';
import { expectedHistoryFile, expectedStockFile, historyEmpty, historyIdsUnknown, sellerFileMissing } from './messages.js';

/** What results.json says of the seller's data (both absent for a synthetic study). */
export interface SellerProvenance {
  history?: HistoryProvenance;
  initialStock?: InitialStockProvenance;
}

/** Files already read, by absolute path: a sweep's points share them. */
export type SellerFileCache = Map<string, Promise<{ data: OrderHistory | StockSnapshot; sha256: string }>>;

const HISTORY_PATH = ['demand', 'history'] as const;
const STOCK_PATH = ['replenishment', 'initialStock'] as const;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The scenario with its seller data, and their provenance. O(history size) the first time a
 * file is read, O(1) from the cache.
 *
 * @param scenarioFile the scenario's path (paths in it are relative to its folder)
 * @param text the scenario's text, to locate problems
 * @throws ScenarioError at `demand.history` or `replenishment.initialStock` when the file is
 *   missing, unreadable, not of its format, or names shops or markets the scenario lacks
 * @example const { input, provenance } = await withSellerData(scenario, 'study.yaml', text);
 */
export async function withSellerData(
  scenario: Scenario,
  scenarioFile: string,
  text: string,
  cache: SellerFileCache = new Map(),
): Promise<{ input: StudyInput; provenance: SellerProvenance }> {
  const historyName = scenario.shared.demand.history;
  if (historyName === undefined) return { input: scenario, provenance: {} };
  const problem = (path: readonly string[], got: string, expected: string) => new ScenarioError([fieldProblem(text, scenarioFile, path, got, expected)]);

  const read = async <T extends OrderHistory | StockSnapshot>(name: string, path: readonly string[], reader: (p: string) => Promise<T>, expected: string) => {
    const abs = resolve(dirname(scenarioFile), name);
    if (!cache.has(abs)) cache.set(abs, Promise.all([reader(abs), sha256Of(abs)]).then(([data, sha256]) => ({ data, sha256 })));
    try {
      const { data, sha256 } = await cache.get(abs)!;
      return { data: data as T, sha256 };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (e instanceof HistoryFormatError) throw problem(path, JSON.stringify(name), `${expected} (${e.message})`);
      if (code === 'ENOENT') throw problem(path, JSON.stringify(name), `${expected}; ${sellerFileMissing(abs)}`);
      if (code !== undefined) throw problem(path, JSON.stringify(name), `${expected}; ${(e as Error).message}`);
      throw e;
    }
  };

  const h = await read(historyName, HISTORY_PATH, readOrderHistory, expectedHistoryFile());
  const history = h.data;
  if (history.orderTime.length === 0) throw problem(HISTORY_PATH, JSON.stringify(historyName), historyEmpty());
  for (const setup of scenario.setups) {
    const shops = history.shops.filter((id) => !setup.shops.some((s) => s.id === id));
    if (shops.length > 0) throw problem(HISTORY_PATH, JSON.stringify(historyName), historyIdsUnknown('shops', shops.join(', ')));
    const markets = history.markets.filter((id) => !setup.markets.some((m) => m.id === id));
    if (markets.length > 0) throw problem(HISTORY_PATH, JSON.stringify(historyName), historyIdsUnknown('markets', markets.join(', ')));
  }
  const provenance: SellerProvenance = {
    history: {
      file: historyName,
      sha256: h.sha256,
      mode: scenario.shared.demand.mode ?? 'replay',
      start: history.start,
      timeZone: history.timeZone,
      days: history.days,
      orders: history.orderTime.length,
      lines: history.lineSku.length,
      shops: [...history.shops],
      skus: history.skus.length,
      markets: [...history.markets],
    },
  };

  const stockName = scenario.shared.replenishment.initialStock;
  if (stockName === undefined) return { input: { ...scenario, history }, provenance };
  const st = await read(stockName, STOCK_PATH, readStockSnapshot, expectedStockFile());
  const use = stockUse(st.data, history);
  provenance.initialStock = { file: stockName, sha256: st.sha256, rows: st.data.rows.length, units: use.units, unusedUnits: use.unusedUnits };
  return { input: { ...scenario, history, initialStock: st.data }, provenance };
}
