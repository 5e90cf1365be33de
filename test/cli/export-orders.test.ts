/**
 * `poolsim export orders`: the synthetic order stream as an order-export CSV.
 *
 * The fixture test/fixtures/history/default-orders.csv (read by the import's round-trip test)
 * is regenerated, from the repository root after a build (`npx tsc -p tsconfig.json`), with
 *
 *   node dist/cli/main.js export orders scenarios/default.yaml --replication 0 --warmup 0 --horizon 14 \
 *     --out test/fixtures/history/default-orders.csv --force
 *
 * and a test below fails while the committed copy differs from what that command writes.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_START, defaultOutOf, startMsOf } from '../../src/cli/commands/export.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { exportMsg } from '../../src/cli/export-messages.js';
import { cliMsg } from '../../src/cli/messages.js';
import { AtomicFileWriter } from '../../src/experiment/output/atomic-write.js';
import {
  ORDER_EXPORT_HEADER,
  exportSetupOf,
  orderId,
  orderTime,
  skuCode,
  writeOrderExport,
} from '../../src/experiment/output/order-export.js';
import { applyOverrides } from '../../src/experiment/scenario-overrides.js';
import { buildCatalogue } from '../../src/model/catalogue/catalogue.js';
import { OrderPool } from '../../src/model/orders/order-pool.js';
import { maxUplift, runReplication, setupInputs, simulateSetup } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { expectHouseStyle } from '../helpers/house-style.js';
import { ROOT, hasStackTrace, poolsim } from './run-cli.js';

const FIXTURE = 'test/fixtures/history/default-orders.csv';
const HORIZON = 14;
const START_MS = startMsOf(DEFAULT_START);
const dir = mkdtempSync(join(tmpdir(), 'poolsim-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let scenario: Scenario;
beforeAll(async () => {
  scenario = applyOverrides((await loadScenario(join(ROOT, 'scenarios/default.yaml'))).scenario, { warmupDays: 0, horizonDays: HORIZON });
});

/** The export of `s` as one string (in-process). */
function exportText(s: Scenario, replication = 0): { text: string; orders: number; lines: number; days: number } {
  let text = '';
  const counts = writeOrderExport(s, { replication, startMs: START_MS }, { write: (piece) => (text += piece) });
  return { text, ...counts };
}

interface Row {
  orderId: string;
  shopId: string;
  time: string;
  sku: string;
  quantity: number;
  unitPrice: string;
  country: string;
  category: string;
}

function rowsOf(text: string): { header: string; rows: Row[] } {
  const [header, ...lines] = text.trimEnd().split('\n');
  const rows = lines.map((line) => {
    const f = line.split(',');
    expect(f).toHaveLength(ORDER_EXPORT_HEADER.length);
    return { orderId: f[0], shopId: f[1], time: f[2], sku: f[3], quantity: Number(f[4]), unitPrice: f[5], country: f[6], category: f[7] };
  });
  return { header, rows };
}

/** Orders per shop (the shop of an order's first basket), kept, placed before `end`: each shop's stream alone. */
function streamCountsPerShop(s: Scenario, replication: number): Map<string, number> {
  const setup = exportSetupOf(s);
  const upliftMax = maxUplift(s);
  const { model, stream } = setupInputs(s, setup, replication, upliftMax);
  const pool = new OrderPool(2 * model.lineCap, 1);
  const counts = new Map<string, number>();
  setup.shops.forEach((shop, i) => {
    let n = 0;
    for (let t = stream.next(i, 0); t < model.measureTo; t = stream.next(i, t)) {
      const slot = pool.alloc();
      stream.fill(i, slot, pool);
      if (pool.keepU[slot] < 1 / (1 + upliftMax)) n++;
      pool.release(slot);
    }
    counts.set(shop.id, n);
  });
  return counts;
}

/** Orders per shop in an export: the shop of each order's first line. */
function exportCountsPerShop(rows: readonly Row[]): Map<string, number> {
  const counts = new Map<string, number>();
  rows.forEach((r, i) => {
    if (i > 0 && rows[i - 1].orderId === r.orderId) return;
    counts.set(r.shopId, (counts.get(r.shopId) ?? 0) + 1);
  });
  return counts;
}

describe('poolsim export orders: the CSV', () => {
  it('has the exact header, contiguous orders with serial ids, and non-decreasing times', () => {
    const { header, rows } = rowsOf(readFileSync(join(ROOT, FIXTURE), 'utf8'));
    expect(header).toBe('order_id,shop_id,order_time,sku,quantity,unit_price,country,category');
    expect(header).toBe(ORDER_EXPORT_HEADER.join(','));
    const seen = new Set<string>();
    let serial = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (i === 0 || rows[i - 1].orderId !== r.orderId) {
        // a new order: never seen before (its lines are contiguous), the next serial, not earlier
        expect(seen.has(r.orderId)).toBe(false);
        seen.add(r.orderId);
        expect(r.orderId).toBe(orderId(++serial));
        if (i > 0) expect(r.time >= rows[i - 1].time).toBe(true);
      } else {
        expect(r.time).toBe(rows[i - 1].time);
        expect(r.country).toBe(rows[i - 1].country);
      }
      expect(r.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(r.sku).toMatch(/^SKU-\d{5}$/);
      expect(Number.isInteger(r.quantity) && r.quantity >= 1).toBe(true);
    }
    expect(rows[0].time >= '2026-01-01T00:00:00.000Z').toBe(true);
    expect(rows.at(-1)!.time < '2026-01-15T00:00:00.000Z').toBe(true);
    // cross-shop baskets: some orders hold lines of two shops
    const shopsOf = new Map<string, Set<string>>();
    for (const r of rows) shopsOf.set(r.orderId, (shopsOf.get(r.orderId) ?? new Set()).add(r.shopId));
    expect([...shopsOf.values()].some((s) => s.size > 1)).toBe(true);
  });

  it('holds per shop exactly the orders of its stream before the horizon end', () => {
    const { text, orders, lines, days } = exportText(scenario);
    const { rows } = rowsOf(text);
    expect(rows).toHaveLength(lines);
    expect(days).toBe(HORIZON);
    const perShop = exportCountsPerShop(rows);
    expect(perShop).toEqual(streamCountsPerShop(scenario, 0));
    expect([...perShop.values()].reduce((a, b) => a + b, 0)).toBe(orders);
  });

  it('exports exactly the orders a run places (warm-up 0: every order of the horizon is measured)', () => {
    const { orders } = exportText(scenario);
    const run = runReplication(scenario, 0);
    for (const setup of scenario.setups) expect([setup.name, run.setups[setup.name].metrics.ordersPlaced]).toEqual([setup.name, orders]);
  });

  it('with a search-badge uplift, exports the orders of the setups without one', () => {
    const withBadge: Scenario = {
      ...scenario,
      setups: scenario.setups.map((s) => (s.name === 'merged' ? { ...s, platform: { ...s.platform, searchBadgeOrderUplift: 0.25 } } : s)),
    };
    expect(maxUplift(withBadge)).toBe(0.25);
    const { orders } = exportText(withBadge);
    const baseline = exportSetupOf(withBadge);
    const { result } = simulateSetup(withBadge, baseline, 0, maxUplift(withBadge));
    expect(result.metrics.ordersPlaced).toBe(orders);
    expect(orders).toBeLessThan(exportText(scenario).orders * 1.25);
    expect(streamCountsPerShop(withBadge, 0)).toEqual(exportCountsPerShop(rowsOf(exportText(withBadge).text).rows));
  });

  it('writes each catalogue price so that it reads back as the same number, and the SKU’s category', () => {
    const { rows } = rowsOf(exportText(scenario).text);
    const catalogue = buildCatalogue(exportSetupOf(scenario), scenario.seed, 0);
    for (const r of rows) {
      const k = Number(r.sku.slice(4)) - 1;
      expect(r.sku).toBe(skuCode(k));
      expect(Number(r.unitPrice)).toBe(catalogue.price[k]);
      expect(r.unitPrice).toBe(String(catalogue.price[k]));
    }
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['apparel']));
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(1);
  });

  it('gives the same bytes for the same seed and replication, other bytes for another replication', () => {
    const a = exportText(scenario).text;
    expect(exportText(scenario).text).toBe(a);
    expect(exportText(scenario, 1).text).not.toBe(a);
    expect(exportText({ ...scenario, seed: 7 }).text).not.toBe(a);
  });

  it('formats ids and times as documented', () => {
    expect(orderId(1)).toBe('O00000001');
    expect(skuCode(0)).toBe('SKU-00001');
    expect(skuCode(399)).toBe('SKU-00400');
    expect(orderTime(0.5, START_MS)).toBe('2026-01-01T12:00:00.000Z');
    // truncated, never rounded into the next day
    expect(orderTime(1 - 1e-10, START_MS)).toBe('2026-01-01T23:59:59.999Z');
    expect(startMsOf('2026-09-14')).toBe(Date.UTC(2026, 8, 14));
    expect(defaultOutOf('default', 3)).toBe('default-orders-r3.csv');
    for (const bad of ['2026-02-30', '2026-1-1', '26-01-01', 'today']) expect(() => startMsOf(bad)).toThrow(exportMsg.badStart(bad));
  });
});

describe('poolsim export orders: the command', () => {
  it('regenerates the committed fixture byte for byte (command at the top of this file)', () => {
    const out = join(dir, 'fixture.csv');
    const r = poolsim(['export', 'orders', 'scenarios/default.yaml', '--replication', '0', '--warmup', '0', '--horizon', '14', '--out', out]);
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
    const fixture = readFileSync(join(ROOT, FIXTURE));
    expect(readFileSync(out).equals(fixture)).toBe(true);
    const { orders, lines } = exportText(scenario);
    expect(r.stdout).toBe(`${exportMsg.exported(orders, lines, HORIZON, out)}\n`);
  });

  it('writes <scenario name>-orders-r<k>.csv in the current folder by default', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const r = poolsim(['export', 'orders', join(ROOT, 'scenarios/default.yaml'), '--horizon', '2', '--warmup', '1', '--replication', '2'], {}, cwd);
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
    expect(readdirSync(cwd)).toEqual(['default-orders-r2.csv']);
    expect(r.stdout).toMatch(/^exported \d+ orders \(\d+ lines, 3 days\) to default-orders-r2\.csv\n$/);
    const { rows } = rowsOf(readFileSync(join(cwd, 'default-orders-r2.csv'), 'utf8'));
    expect(rows.at(-1)!.time < '2026-01-04').toBe(true);
  });

  it('refuses to overwrite without --force (exit 2, file untouched, nothing left behind), replaces with it', () => {
    const sub = mkdtempSync(join(dir, 'force-'));
    const out = join(sub, 'orders.csv');
    writeFileSync(out, 'keep me\n');
    const args = ['export', 'orders', 'scenarios/default.yaml', '--horizon', '1', '--out', out];
    const r = poolsim(args);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`poolsim: ${exportMsg.outExists(out)}\n${cliMsg.usageHint('export orders')}\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(readdirSync(sub)).toEqual(['orders.csv']);
    const forced = poolsim([...args, '--force']);
    expect(forced.code).toBe(EXIT.ok);
    expect(readFileSync(out, 'utf8')).toMatch(/^order_id,shop_id,/);
    expect(readdirSync(sub)).toEqual(['orders.csv']);
  });

  it('prints a bad scenario’s problems as validate does, exit 2, and writes nothing', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'name: x\nmarkets: [ES\n');
    const out = join(dir, 'never.csv');
    const r = poolsim(['export', 'orders', broken, '--out', out]);
    const v = poolsim(['validate', broken]);
    expect(r.code).toBe(EXIT.badInput);
    expect([r.stdout, r.stderr]).toEqual(['', v.stderr]);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('turns bad flags into usage errors (exit 2)', () => {
    for (const extra of [['--replication', '-1'], ['--replication', '1.5'], ['--start', '2026-13-01'], ['--horizon', '2x'], ['--bogus']]) {
      const r = poolsim(['export', 'orders', 'scenarios/default.yaml', '--out', join(dir, 'bad.csv'), ...extra]);
      expect([extra, r.code]).toEqual([extra, EXIT.badInput]);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    expect(poolsim(['export']).code).toBe(EXIT.badInput);
    expect(existsSync(join(dir, 'bad.csv'))).toBe(false);
  });

  it('docs/cli.md: the example prints the line shown, and every option is documented', () => {
    const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    const shown = /\$ poolsim export orders (scenarios\/default\.yaml) (--warmup 0 --horizon 14)\n(.*)\n/.exec(doc);
    expect(shown).not.toBeNull();
    const cwd = mkdtempSync(join(dir, 'doc-'));
    const r = poolsim(['export', 'orders', join(ROOT, shown![1]), ...shown![2].split(' ')], {}, cwd);
    expect([r.code, r.stdout]).toEqual([EXIT.ok, `${shown![3]}\n`]);
    for (const option of ['--replication K', '--start YYYY-MM-DD', '--out FILE', '-o FILE', '--force', '--warmup D', '--horizon D']) {
      expect(doc).toContain(`\`${option}`);
    }
  });

  it('has --help with the flags and an example', () => {
    const r = poolsim(['export', 'orders', '--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const flag of ['--replication', '--start', '--out', '--force', '--warmup', '--horizon', 'Examples:']) expect(r.stdout).toContain(flag);
  });
});

describe('AtomicFileWriter', () => {
  it('never replaces a file created while writing (without replace) and leaves no temporary file', () => {
    const sub = mkdtempSync(join(dir, 'atomic-'));
    const path = join(sub, 'out.csv');
    const w = new AtomicFileWriter(path);
    w.write('a'.repeat(200_000));
    writeFileSync(path, 'theirs');
    expect(() => w.commit({ replace: false })).toThrow(/EEXIST/);
    w.abort();
    expect(readFileSync(path, 'utf8')).toBe('theirs');
    expect(readdirSync(sub)).toEqual(['out.csv']);
    const again = new AtomicFileWriter(path);
    again.write('x,y\n');
    again.write('1,2\n');
    again.commit({ replace: true });
    expect(readFileSync(path, 'utf8')).toBe('x,y\n1,2\n');
    expect(readdirSync(sub)).toEqual(['out.csv']);
  });
});

describe('export message catalogue', () => {
  type Id = keyof typeof exportMsg;
  const SAMPLES: Record<Id, unknown[]> = {
    exported: [1, 2, 14, 'out.csv'],
    outExists: ['out.csv'],
    badReplication: [-1],
    badStart: ['2026-02-30'],
    historyStudy: ['study.yaml', 'orders.history.jsonl.gz'],
    needWhat: [],
    cannotBuild: ['study.yaml', 'shop outlet lists no SKU'],
  };
  it('has samples for every builder', () => expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(exportMsg).sort()));
  it.each(Object.keys(SAMPLES) as Id[])('%s: house style', (id) => expectHouseStyle((exportMsg[id] as (...a: unknown[]) => string)(...SAMPLES[id])));
});
