/**
 * A study on a seller's own data through the CLI: the round trip export → import → replay
 * (the fixture test/fixtures/history/default-orders.csv is `poolsim export orders` of the
 * default study over 14 days, see export-orders.test.ts) places exactly the original run's
 * orders in every setup; bootstrap replications differ; the seller's files are recorded in
 * results.json; and every mistake with them is one located line and exit 2.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { ROOT, hasStackTrace, poolsim } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'poolsim-history-study-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEFAULT = readFileSync(join(ROOT, 'scenarios/default.yaml'), 'utf8');
const RUN = ['--reps', '2', '--workers', '1', '--warmup', '0', '--horizon', '14', '--no-report'];

/** default.yaml with `lines` added at the top of its demand block, written into the test folder. */
function scenarioWith(name: string, demandLines: string[], replace: (t: string) => string = (t) => t): string {
  const text = replace(DEFAULT).replace(/\ndemand:\n/, `\ndemand:\n${demandLines.map((l) => `  ${l}\n`).join('')}`);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const results = (out: string) => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
const placed = (r: { setups: Record<string, { summary: { ordersPlaced: { mean: number; sd: number | null } } }> }) =>
  Object.fromEntries(Object.entries(r.setups).map(([name, s]) => [name, s.summary.ordersPlaced]));

beforeAll(() => {
  copyFileSync(join(ROOT, 'test/fixtures/history/default-orders.csv'), join(dir, 'orders.csv'));
  const imported = poolsim(['import', 'orders', join(dir, 'orders.csv'), '--quiet']);
  expect(imported.code, imported.stderr).toBe(0);
  writeFileSync(join(dir, 'stock.csv'), 'shop_id,sku,on_hand,warehouse\nmain,SKU-00001,40,hangzhou\nmain,SKU-00002,25,\noutlet,SKU-00001,10,\nstudio,NO-SUCH-SKU,9,\n');
  const stock = poolsim(['import', 'stock', join(dir, 'stock.csv'), '--quiet']);
  expect(stock.code, stock.stderr).toBe(0);
});

describe('replay of an exported stream', () => {
  it('places exactly the original run’s orders in every setup, in every replication', () => {
    // the fixture is replication 0 of the default study: the original is that replication alone
    const original = join(dir, 'out-original');
    const o = poolsim(['run', join(ROOT, 'scenarios/default.yaml'), ...RUN.slice(2), '--reps', '1', '--out', original]);
    expect(o.code, o.stderr).toBe(0);
    const replay = join(dir, 'out-replay');
    const r = poolsim(['run', scenarioWith('replay.yaml', ['history: orders.history.jsonl.gz']), ...RUN, '--out', replay]);
    expect(r.code, r.stderr).toBe(0);
    const a = placed(results(original));
    const b = placed(results(replay));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) {
      expect(b[name].mean, name).toBe(a[name].mean);
      expect(b[name].sd, name).toBe(0);
    }
    expect(b.unmerged.mean).toBeGreaterThan(3000);
  });

  it('warns when the run goes on past the history’s last day', () => {
    const r = poolsim(['run', join(dir, 'replay.yaml'), ...RUN.slice(0, -2), '20', '--no-report', '--reps', '1', '--out', join(dir, 'out-past')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: the run simulates 20 days but the order history orders.history.jsonl.gz covers 14: in replay no order arrives after day 14');
    const quiet = poolsim(['run', join(dir, 'replay.yaml'), ...RUN, '--reps', '1', '--out', join(dir, 'out-within')]);
    expect(quiet.stderr).not.toContain('warning');
  });

  it('records the history in results.json', () => {
    const h = results(join(dir, 'out-replay')).scenario.history;
    expect(h).toMatchObject({ file: 'orders.history.jsonl.gz', mode: 'replay', days: 14 });
    expect([...h.shops].sort()).toEqual(['main', 'outlet', 'studio']);
    expect(h.orders).toBe(placed(results(join(dir, 'out-original'))).unmerged.mean);
    expect(h.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists in assumptions only the settings the run used: none the history replaces', () => {
    const a = results(join(dir, 'out-replay')).assumptions;
    for (const settings of [a.shared, ...Object.values(a.setups as Record<string, typeof a.shared>)]) {
      expect(Object.keys(settings.catalogue).sort()).toEqual(['categoryMix', 'costRatio']);
      expect(settings.demand).toEqual({ history: 'orders.history.jsonl.gz' });
      for (const shop of settings.shops) expect(Object.keys(shop).sort()).toEqual(['id', 'warehouse']);
    }
  });
});

describe('bootstrap', () => {
  it('resamples weeks: replications differ, the study runs past the history’s end', () => {
    const out = join(dir, 'out-bootstrap');
    const r = poolsim(['run', scenarioWith('bootstrap.yaml', ['history: orders.history.jsonl.gz', 'mode: bootstrap']), ...RUN.slice(0, -2), '28', '--no-report', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const p = placed(results(out));
    expect(p.unmerged.sd).toBeGreaterThan(0);
    // 28 days from a 14-day history: about twice its orders
    const h = results(out).scenario.history;
    expect(p.unmerged.mean / h.orders).toBeGreaterThan(1.6);
    expect(p.unmerged.mean / h.orders).toBeLessThan(2.4);
    // the assumptions keep the shops' growth and promotions: they scale the resampled days
    const shop = results(out).assumptions.shared.shops[0];
    expect(Object.keys(shop).sort()).toEqual(['id', 'promotions', 'trendPerYear', 'warehouse']);
  });
});

describe('initial stock', () => {
  it('starts from the snapshot and records what it used', () => {
    const out = join(dir, 'out-stock');
    const file = scenarioWith('stock.yaml', ['history: orders.history.jsonl.gz'], (t) => t.replace(/\nreplenishment:\n/, '\nreplenishment:\n  initialStock: stock.stock.json\n'));
    const r = poolsim(['run', file, ...RUN, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const s = results(out).scenario.initialStock;
    expect(s).toMatchObject({ file: 'stock.stock.json', rows: 4, units: 75, unusedUnits: 9 });
    // almost no stock at the start: the shops run out where the policy's level would not
    const withPolicy = results(join(dir, 'out-replay')).setups.unmerged.summary.fillRate.mean;
    expect(results(out).setups.unmerged.summary.fillRate.mean).toBeLessThan(withPolicy);
  });
});

describe('mistakes with the seller’s files', () => {
  const bad = (name: string, demand: string[], replace?: (t: string) => string) => {
    const r = poolsim(['run', scenarioWith(name, demand, replace), ...RUN, '--out', join(dir, `out-${name}`)]);
    expect(r.code).toBe(EXIT.badInput);
    expect(hasStackTrace(r.stderr)).toBe(false);
    return r.stderr;
  };
  it('a missing history file', () => {
    expect(bad('missing.yaml', ['history: nowhere.history.jsonl.gz'])).toMatch(/missing\.yaml:\d+:\d+ +demand\.history +got "nowhere\.history\.jsonl\.gz", expected an order history .*no such file/);
  });
  it('a file that is not an order history', () => {
    expect(bad('not-history.yaml', ['history: orders.csv'])).toMatch(/not-history\.yaml:\d+:\d+ +demand\.history .*orders\.csv/);
  });
  it('a history with a shop the scenario does not define', () => {
    const stderr = bad('shop.yaml', ['history: orders.history.jsonl.gz'], (t) => t.replace('- id: studio', '- id: atelier'));
    expect(stderr).toMatch(/demand\.history .*it also has studio: add them to shops/);
  });
  it('a setup that sets its own history', () => {
    const stderr = bad('override.yaml', ['history: orders.history.jsonl.gz'], (t) =>
      t.replace('    allocation: { router: nearest }', '    allocation: { router: nearest }\n    demand: { history: other.history.jsonl.gz }'),
    );
    expect(stderr).toMatch(/setups\.merged-nearest-router\.demand\.history +got key "history", expected demand\.history in the shared settings only/);
  });
  it('a stock snapshot without a history', () => {
    expect(bad('stock-only.yaml', [], (t) => t.replace(/\nreplenishment:\n/, '\nreplenishment:\n  initialStock: stock.stock.json\n'))).toMatch(
      /replenishment\.initialStock .*expected no initialStock without demand\.history/,
    );
  });
  it('synthetic settings left out without a history', () => {
    expect(bad('no-skus.yaml', [], (t) => t.replace(/\n  skus: \d+.*\n/, '\n'))).toMatch(/catalogue\.skus +got nothing, expected an integer > 0 \(required without demand\.history\)/);
  });
  it('a sweep over the history', () => {
    const r = poolsim(['sweep', scenarioWith('sweep.yaml', ['history: orders.history.jsonl.gz']), '--vary', 'demand.history=a.gz,b.gz', '--reps', '1', '--out', join(dir, 'out-sweep')]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toMatch(/demand\.history cannot be varied in a sweep or by --set/);
  });
  it('an export of a study on a history', () => {
    const r = poolsim(['export', 'orders', join(dir, 'replay.yaml'), '--out', join(dir, 'x.csv')]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toMatch(/replays the order history orders\.history\.jsonl\.gz/);
  });
});
