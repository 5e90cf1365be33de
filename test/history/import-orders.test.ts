import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OutputExistsError } from '../../src/history/atomic-file.js';
import { historyMsg } from '../../src/history/messages.js';
import { HISTORY_FORMAT } from '../../src/history/order-history.js';
import { ImportError } from '../../src/history/problems.js';
import { readOrderHistory } from '../../src/history/read-history.js';
import { parseTimeZone } from '../../src/history/time-zone.js';
import { ORDER_HEADER, importCsv, tempFolder, writeCsv } from './support.js';

const dir = tempFolder('import');

/** Four orders, not in time order, two shops, a cross-shop basket, every optional column. */
const HAND_MADE = [
  'order_id,shop_id,order_time,sku,quantity,unit_price,country,category,returned,delivery_time',
  'A1,S1,2026-03-01 06:00:00,K1,2,10.00,DE,toys,0,2026-03-03 06:00:00',
  'A1,S2,2026-03-01 06:00:00,K2,1,4.5,DE,,1,2026-03-04 18:00:00',
  'B2,S2,2026-03-01T12:00:00Z,K1,1,12,FR,toys,,',
  'C3,S1,2026-03-02 00:00,K3,3,7.25,de,garden,no,',
  'D4,S1,2026-02-28 18:00:00,K2,1,4.5,US,,,',
];

describe('importOrders → readOrderHistory', () => {
  const input = writeCsv(dir, 'hand.csv', HAND_MADE);

  it('reads back exactly what was imported (sorted by time, indices by first appearance in time)', async () => {
    await importCsv(input);
    const h = await readOrderHistory(join(dir, 'hand.history.jsonl.gz'));
    expect(h.version).toBe(1);
    expect(h.start).toBe('2026-02-28T00:00:00.000Z');
    expect(h.timeZone).toBe('UTC');
    expect(h.days).toBe(2);
    expect(h.shops).toEqual(['S1', 'S2']);
    expect(h.markets).toEqual(['US', 'DE', 'FR']);
    expect(h.skus).toEqual(['K2', 'K1', 'K3']);
    expect(h.skuCategory).toEqual([null, 'toys', 'garden']);
    expect([...h.skuPrice]).toEqual([4.5, 10, 7.25]); // K1 at 10 and 12: the lower middle
    expect([...h.orderTime]).toEqual([0.75, 1.25, 1.5, 2]);
    expect([...h.orderShop]).toEqual([0, 0, 1, 0]);
    expect([...h.orderMarket]).toEqual([0, 1, 2, 1]);
    expect([...h.orderReturned]).toEqual([-1, 1, -1, 0]);
    expect([...h.orderLineStart]).toEqual([0, 1, 3, 4, 5]);
    expect([...h.lineSku]).toEqual([0, 1, 0, 1, 2]);
    expect([...h.lineShop]).toEqual([0, 0, 1, 1, 0]);
    expect([...h.lineUnits]).toEqual([1, 2, 1, 1, 3]);
    expect([...h.linePrice]).toEqual([4.5, 10, 4.5, 12, 7.25]);
  });

  it('writes a header line, then one order per line with delivery days', () => {
    const lines = gunzipSync(readFileSync(join(dir, 'hand.history.jsonl.gz'))).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]);
    expect(header).toMatchObject({ format: HISTORY_FORMAT, version: 1, orders: 4, lines: 5, source: { file: 'hand.csv', rows: 5, importedRows: 5, skippedRows: 0 } });
    expect(header.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    // A1: delivered when its last line arrives, 2026-03-04 18:00, 3.5 days after the order
    expect(JSON.parse(lines[2])).toEqual([1.25, 0, 1, 1, 3.5, [[1, 0, 2, 10], [0, 1, 1, 4.5]]]);
    expect(lines.length).toBe(5);
  });

  it('the summary gives the figures of the hand-made file', () => {
    const s = JSON.parse(readFileSync(join(dir, 'hand.summary.json'), 'utf8'));
    expect([s.orders, s.lines, s.units, s.calendarDays, s.firstDay, s.inTimeOrder]).toEqual([4, 5, 8, 3, '2026-02-28', false]);
    expect(s.ordersPerShopDay).toEqual([
      { shop: 'S1', orders: 3, mean: 1, min: 1, max: 1, daily: [1, 1, 1] },
      { shop: 'S2', orders: 1, mean: 1 / 3, min: 0, max: 1, daily: [0, 1, 0] },
    ]);
    expect(s.linesPerOrder.counts).toEqual({ 1: 3, 2: 1 });
    expect(s.unitsPerLine.counts).toEqual({ 1: 3, 2: 1, 3: 1 });
    expect(s.markets.map((m: { market: string; orders: number }) => [m.market, m.orders])).toEqual([
      ['DE', 2],
      ['FR', 1],
      ['US', 1],
    ]);
    expect(s.markets[0].returns).toEqual({ known: 2, returned: 1, rate: 0.5 });
    expect(s.markets[1].returns.rate).toBeNull();
    expect(s.returns).toEqual({ known: 2, returned: 1, rate: 0.5 });
    expect(s.skuPopularity.top10).toEqual([
      { sku: 'K1', units: 3, share: 3 / 8 },
      { sku: 'K3', units: 3, share: 3 / 8 },
      { sku: 'K2', units: 2, share: 2 / 8 },
    ]);
    expect([s.skuPopularity.top10PercentShare, s.skuPopularity.top20PercentShare]).toEqual([3 / 8, 3 / 8]);
    expect(s.crossShopBaskets).toEqual({ orders: 1, share: 0.25 });
    expect(s.price).toMatchObject({ min: 4.5, p10: 4.5, p50: 7.25, p90: 12, max: 12, mean: 7.65, approximate: false });
    expect(s.skipped).toEqual({ rows: 0, byKind: {}, problems: [] });
  });

  it('sorting through spilled runs gives the same file as in memory', async () => {
    const many = [ORDER_HEADER];
    for (let o = 0; o < 400; o++) {
      const minute = (o * 37) % 400; // a permutation of 0..399: far from time order
      const time = new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString();
      many.push(`O${o},S${o % 3},${time},K${o % 7},1,2.5,DE`, `O${o},S${(o + 1) % 3},${time},K${(o + 3) % 7},2,3,DE`);
    }
    const a = writeCsv(dir, 'many.csv', many);
    const b = writeCsv(dir, 'many-spilled.csv', many);
    await importCsv(a);
    const spilled = await importCsv(b, { runBufferBytes: 4096 });
    expect(spilled.runs.runs).toBeGreaterThan(5);
    const ha = await readOrderHistory(join(dir, 'many.history.jsonl.gz'));
    const hb = await readOrderHistory(join(dir, 'many-spilled.history.jsonl.gz'));
    expect(hb).toEqual(ha);
    expect([...ha.orderTime].every((t, i, all) => i === 0 || all[i - 1] <= t)).toBe(true);
    expect(ha.orderTime.length).toBe(400);
  });
});

describe('time zones', () => {
  const input = writeCsv(dir, 'tz.csv', [ORDER_HEADER, 'A1,S1,2026-03-01 07:00:00,K1,1,1,CN', 'B2,S1,2026-03-01T00:30:00Z,K1,1,1,CN']);

  it.each(['+08:00', 'Asia/Shanghai'])('%s applies to times without an offset, not to the others', async (zone) => {
    await importCsv(input, { timeZone: parseTimeZone(zone)! });
    const h = await readOrderHistory(join(dir, 'tz.history.jsonl.gz'));
    expect(h.start).toBe('2026-02-28T16:00:00.000Z'); // 00:00 of 2026-03-01 in Beijing
    expect(h.timeZone).toBe(zone);
    expect([...h.orderTime]).toEqual([7 / 24, 8.5 / 24]); // A1 07:00 Beijing; B2 00:30Z = 08:30 Beijing
  });

  it('UTC by default', async () => {
    await importCsv(input);
    const h = await readOrderHistory(join(dir, 'tz.history.jsonl.gz'));
    expect(h.start).toBe('2026-03-01T00:00:00.000Z');
    expect([...h.orderTime]).toEqual([0.5 / 24, 7 / 24]);
  });

  it('Europe/Berlin across spring forward: times are elapsed days', async () => {
    const dst = writeCsv(dir, 'dst.csv', [ORDER_HEADER, 'A1,S1,2026-03-29 01:30,K1,1,1,DE', 'B2,S1,2026-03-29 03:30,K1,1,1,DE']);
    await importCsv(dst, { timeZone: parseTimeZone('Europe/Berlin')! });
    const h = await readOrderHistory(join(dir, 'dst.history.jsonl.gz'));
    expect(h.start).toBe('2026-03-28T23:00:00.000Z');
    expect([...h.orderTime]).toEqual([1.5 / 24, 2.5 / 24]);
  });
});

describe('bad rows', () => {
  const rows = [
    ORDER_HEADER,
    'A1,S1,2026-03-01 10:00,K1,1,5,DE',
    'A1,S1,2026-03-01 10:00,K1,2,5,DE', // duplicate line
    'B2,S1,2026-03-01 11:00,K1,-1,5,DE', // negative quantity
    'C3,S1,2026-03-01 12:00,K1,1.5,5,DE', // not whole
    'D4,S1,2026-03-32 12:00,K1,1,5,DE', // bad date
    'E5,S1,2026-03-01 13:00,K1,1,5,ZZ', // unknown country
    'F6,S1,2026-03-01 14:00,K1,1,€5,DE', // bad price
    'G7,S1,2026-03-01 15:00,K1,1,5', // a field short
    'A1,S2,2026-03-01 10:00,K2,1,5,DE', // order A1 again after other orders
    'H8,S1,2026-03-01 16:00,K1,1,5,DE',
  ];
  const input = writeCsv(dir, 'bad.csv', rows);

  it('are skipped, counted by kind and located; the rest is imported', async () => {
    const r = await importCsv(input);
    expect(r.problems.map((p) => [p.line, p.kind, p.path, p.column])).toEqual([
      [3, 'duplicate-line', 'sku', 4],
      [4, 'bad-quantity', 'quantity', 5],
      [5, 'bad-quantity', 'quantity', 5],
      [6, 'bad-date', 'order_time', 3],
      [7, 'unknown-country', 'country', 7],
      [8, 'bad-price', 'unit_price', 6],
      [9, 'column-count', '', 7],
      [10, 'order-split', 'order_id', 1],
    ]);
    expect(r.problems[0]).toMatchObject({ got: historyMsg.gotSkuAgain('K1', 'S1', 'A1'), expected: historyMsg.expectedSkuOnce(2) });
    expect(r.problems[1]).toMatchObject({ got: '"-1"', expected: historyMsg.expectedQuantity() });
    expect(r.problems[3]).toMatchObject({ got: '"2026-03-32 12:00"', expected: historyMsg.expectedDate() });
    expect(r.problems[4]).toMatchObject({ got: '"ZZ"', expected: historyMsg.expectedCountry() });
    expect(r.problems[6]).toMatchObject({ got: historyMsg.gotFields(6), expected: historyMsg.expectedFields(7) });
    expect(r.problems[7]).toMatchObject({ got: historyMsg.gotOrderAgain('A1'), expected: historyMsg.expectedOrderTogether(2) });
    expect(r.summary.orders).toBe(2); // A1 (first piece) and H8
    expect(r.summary.skipped.rows).toBe(8);
    expect(r.summary.skipped.byKind).toEqual({ 'duplicate-line': 1, 'bad-quantity': 2, 'bad-date': 1, 'unknown-country': 1, 'bad-price': 1, 'column-count': 1, 'order-split': 1 });
    expect(r.summary.source).toMatchObject({ rows: 10, importedRows: 2, skippedRows: 8 });
    expect(r.summary.skipped.problems[0].message).toBe(`bad.csv:3:4  sku  got ${historyMsg.gotSkuAgain('K1', 'S1', 'A1')}, expected ${historyMsg.expectedSkuOnce(2)}`.replace('bad.csv', input));
  });

  it('--max-errors N stops at the N-th bad row and writes nothing', async () => {
    const e = await importCsv(writeCsv(dir, 'stop.csv', rows), { maxErrors: 3 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).stoppedAtMaxErrors).toBe(true);
    expect((e as ImportError).problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(existsSync(join(dir, 'stop.history.jsonl.gz'))).toBe(false);
    expect(existsSync(join(dir, 'stop.summary.json'))).toBe(false);
  });

  it('--max-errors above the count imports', async () => {
    const r = await importCsv(writeCsv(dir, 'below.csv', rows), { maxErrors: 9 });
    expect(r.problems.length).toBe(8);
    const r2 = await importCsv(writeCsv(dir, 'at.csv', rows), { maxErrors: 8 }).catch((x: unknown) => x);
    expect(r2).toBeInstanceOf(ImportError); // the 8th bad row (the split piece) stops it
  });

  it('a row whose time or country contradicts its order is skipped', async () => {
    const r = await importCsv(writeCsv(dir, 'inconsistent.csv', [ORDER_HEADER, 'A1,S1,2026-03-01 10:00,K1,1,5,DE', 'A1,S1,2026-03-01 10:05,K2,1,5,DE', 'A1,S1,2026-03-01 10:00,K3,1,5,FR']));
    expect(r.problems.map((p) => [p.kind, p.path])).toEqual([
      ['order-inconsistent', 'order_time'],
      ['order-inconsistent', 'country'],
    ]);
    expect(r.problems[0].expected).toBe(historyMsg.expectedSameAsFirst('order_time', '2026-03-01 10:00', 2));
  });

  it('the same SKU from two shops of one basket is two lines, not a duplicate', async () => {
    const r = await importCsv(writeCsv(dir, 'two-shops.csv', [ORDER_HEADER, 'A1,S1,2026-03-01 10:00,K1,1,5,DE', 'A1,S2,2026-03-01 10:00,K1,1,5,DE']));
    expect(r.problems).toEqual([]);
    expect([r.summary.orders, r.summary.lines, r.summary.crossShopBaskets.orders]).toEqual([1, 2, 1]);
  });

  it('a missing required column is one located error before any row is read', async () => {
    const e = (await importCsv(writeCsv(dir, 'nocol.csv', ['order_id,shop_id,time,sku,quantity,unit_price,country', 'A1,S1,2026-03-01 10:00,K1,1,5,DE'])).catch((x: unknown) => x)) as ImportError;
    expect(e).toBeInstanceOf(ImportError);
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ kind: 'missing-column', line: 1, column: 1, path: 'order_time' });
  });

  it('a file of bad rows only writes nothing', async () => {
    const e = (await importCsv(writeCsv(dir, 'allbad.csv', [ORDER_HEADER, 'A1,S1,yesterday,K1,1,5,DE'])).catch((x: unknown) => x)) as ImportError;
    expect(e.problems.map((p) => p.kind)).toEqual(['no-rows', 'bad-date']);
  });
});

describe('mapping', () => {
  it('renames columns (Chinese headers, another order)', async () => {
    const input = writeCsv(dir, 'zh.csv', ['订单号,店铺,下单时间,商品编码,数量,单价,国家', 'A1,S1,2026-03-01 10:00,K1,2,5,DE']);
    const mapping = { order_id: '订单号', shop_id: '店铺', order_time: '下单时间', sku: '商品编码', quantity: '数量', unit_price: '单价', country: '国家' };
    const r = await importCsv(input, { mapping });
    expect([r.summary.orders, r.summary.units]).toEqual([1, 2]);
  });

  it('names the mapped header when it is missing, with the bad value located in the header', async () => {
    const input = writeCsv(dir, 'zh-bad.csv', ['订单号,店铺,时间,商品编码,数量,单价,国家', 'A1,S1,2026-03-01 10:00,K1,2,5,DE']);
    const e = (await importCsv(input, { mapping: { order_id: '订单号', shop_id: '店铺', order_time: '下单时间', sku: '商品编码', quantity: '数量', unit_price: '单价', country: '国家' } }).catch((x: unknown) => x)) as ImportError;
    expect(e.problems[0]).toMatchObject({ kind: 'missing-column', path: 'order_time', expected: historyMsg.expectedColumn('order_time', '下单时间') });
  });
});

describe('outputs', () => {
  it('are never replaced without force', async () => {
    const input = writeCsv(dir, 'keep.csv', [ORDER_HEADER, 'A1,S1,2026-03-01 10:00,K1,1,5,DE']);
    await importCsv(input, { force: false });
    const before = readFileSync(join(dir, 'keep.history.jsonl.gz'));
    const e = await importCsv(input, { force: false }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OutputExistsError);
    expect(readFileSync(join(dir, 'keep.history.jsonl.gz'))).toEqual(before);
    await importCsv(input, { force: true });
  });
});
