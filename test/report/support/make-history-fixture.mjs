// Writes the SYNTHETIC fixture test/fixtures/results-history.json: the synthetic default
// study (results-default.json, from make-fixtures.mjs) as if it had run on a seller's own
// order history and stock snapshot — `scenario.history`, `scenario.initialStock` and
// `demand.history` / `demand.mode` added, nothing else changed. The history's figures are
// invented (two of the three shops, 14 days from 3 March 2025 in Asia/Shanghai); the metrics
// are the default fixture's, not a run on this history. For the report's "Where the figures
// come from" section (test/report/sources.test.ts).
//
// Run (after make-fixtures.mjs): node test/report/support/make-history-fixture.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const HISTORY_FILE = 'orders.history.jsonl.gz';
const STOCK_FILE = 'stock.snapshot.json';
// No file was hashed: each hash is the SHA-256 of a label, so it has the schema's form.
const hash = (label) => createHash('sha256').update(`SYNTHETIC TEST FIXTURE: ${label}`).digest('hex');

const results = JSON.parse(readFileSync(join(FIXTURES, 'results-default.json'), 'utf8'));
results.$comment =
  'SYNTHETIC TEST FIXTURE: results-default.json with scenario.history and scenario.initialStock added; written by test/report/support/make-history-fixture.mjs. Not a simulation result, and not a run on this history.';
results.scenario = {
  ...results.scenario,
  history: {
    file: HISTORY_FILE,
    sha256: hash(HISTORY_FILE),
    mode: 'replay',
    start: '2025-03-02T16:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    days: 14,
    orders: 3633,
    lines: 4071,
    shops: ['shop-a', 'shop-b'],
    skus: 640,
    markets: ['DE', 'ES', 'FR', 'PL'],
  },
  initialStock: { file: STOCK_FILE, sha256: hash(STOCK_FILE), rows: 824, units: 18452, unusedUnits: 75 },
};
const withHistory = (demand) => ({ ...demand, history: HISTORY_FILE, mode: 'replay' });
results.assumptions.shared.demand = withHistory(results.assumptions.shared.demand);
for (const setup of Object.values(results.assumptions.setups)) setup.demand = withHistory(setup.demand);

writeFileSync(join(FIXTURES, 'results-history.json'), JSON.stringify(results, null, 1) + '\n');
