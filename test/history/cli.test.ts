/**
 * `poolsim import` end to end: the built CLI (`dist/cli/main.js`) in a child process, as a
 * user runs it. Build first (`npx tsc -p tsconfig.json`; `npm test` does).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { importMsg } from '../../src/cli/import-messages.js';
import { historyMsg } from '../../src/history/messages.js';
import { hasStackTrace, poolsim } from '../cli/run-cli.js';
import { ORDER_HEADER, tempFolder, writeCsv } from './support.js';

const dir = tempFolder('import-cli');
const GOOD = 'A1,S1,2026-03-01 10:00:00,K1,1,5.00,DE';

/** Runs `poolsim import orders <file> …` in the temporary folder. */
const importOrders = (file: string, ...flags: string[]) => poolsim(['import', 'orders', file, '--force', ...flags], { NO_COLOR: '1' }, dir);

/** A malformed file: exit 2 at --max-errors 1, one located line, no stack trace, nothing written. */
function expectLocated(name: string, row: string, location: string, column: string, got: string, expected: string) {
  writeCsv(dir, name, [ORDER_HEADER, GOOD, row]);
  const r = importOrders(name, '--max-errors', '1');
  expect(r.code).toBe(EXIT.badInput);
  expect(r.stderr).toContain(`${name}:${location}  ${column}  got ${got}, expected ${expected}\n`);
  expect(r.stderr).toContain(importMsg.stopped(1));
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(existsSync(join(dir, name.replace('.csv', '.history.jsonl.gz')))).toBe(false);
}

describe('poolsim import orders: located errors, exit 2', () => {
  it('a bad date', () => expectLocated('date.csv', 'B2,S1,2026-02-30 10:00,K1,1,5,DE', '3:3', 'order_time', '"2026-02-30 10:00"', historyMsg.expectedDate()));
  it('a negative quantity', () => expectLocated('qty.csv', 'B2,S1,2026-03-01 10:00,K1,-3,5,DE', '3:5', 'quantity', '"-3"', historyMsg.expectedQuantity()));
  it('an unknown country', () => expectLocated('country.csv', 'B2,S1,2026-03-01 10:00,K1,1,5,UK', '3:7', 'country', '"UK"', historyMsg.expectedCountry('GB')));
  it('a duplicate line', () => expectLocated('dup.csv', 'A1,S1,2026-03-01 10:00:00,K1,4,5.00,DE', '3:4', 'sku', historyMsg.gotSkuAgain('K1', 'S1', 'A1'), historyMsg.expectedSkuOnce(2)));

  it('a wrong column: one error at the header, before any row', () => {
    writeCsv(dir, 'col.csv', ['order_id,shop,order_time,sku,quantity,unit_price,country', GOOD]);
    const r = importOrders('col.csv');
    expect(r.code).toBe(EXIT.badInput);
    const names = ['order_id', 'shop', 'order_time', 'sku', 'quantity', 'unit_price', 'country'].map((n) => JSON.stringify(n));
    expect(r.stderr).toBe(`col.csv:1:1  shop_id  got ${historyMsg.gotNoColumn('shop_id', names.map((n) => JSON.parse(n)))}, expected ${historyMsg.expectedColumn('shop_id', 'shop_id')}\nbad col.csv  ${importMsg.nothingWritten()}\n`);
  });

  it('a file that is not UTF-8: byte offset, line and column', () => {
    writeFileSync(join(dir, 'gbk.csv'), Buffer.concat([Buffer.from(`${ORDER_HEADER}\n${GOOD}\nB2,`), Buffer.from([0xb5, 0xea]), Buffer.from(',2026-03-01 10:00,K1,1,5,CN\n')]));
    const r = importOrders('gbk.csv');
    expect(r.code).toBe(EXIT.badInput);
    const offset = ORDER_HEADER.length + 1 + GOOD.length + 1 + 3;
    expect(r.stderr).toContain(`gbk.csv:3:4  ${historyMsg.notUtf8(0xb5, offset, false)}\n`);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('poolsim import orders: files that are fine', () => {
  it('a BOM, CRLF and quoted commas and line breaks import', () => {
    const text = `\uFEFF${ORDER_HEADER}\r\nA1,"Shop, Berlin",2026-03-01 10:00:00,"K1, red",1,5,DE\r\nA1,S2,2026-03-01 10:00:00,"K2\r\nlong",2,"7.5",DE\r\n`;
    writeFileSync(join(dir, 'excel.csv'), text);
    const r = importOrders('excel.csv');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('imported 1 order (2 lines, 3 units) from excel.csv: no row skipped');
    const summary = JSON.parse(readFileSync(join(dir, 'excel.summary.json'), 'utf8'));
    expect(summary.ordersPerShopDay.map((s: { shop: string }) => s.shop)).toEqual(['Shop, Berlin', 'S2']);
    expect(summary.skuPopularity.top10.map((k: { sku: string }) => k.sku)).toEqual(['K2\r\nlong', 'K1, red']);
  });

  it('--max-errors above the bad rows: they are printed, skipped and counted, exit 0', () => {
    writeCsv(dir, 'some-bad.csv', [ORDER_HEADER, GOOD, 'B2,S1,2026-03-01 10:00,K1,-3,5,DE', 'C3,S1,2026-03-01 11:00,K1,1,5,DE']);
    const r = importOrders('some-bad.csv', '--max-errors', '2');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe(`some-bad.csv:3:5  quantity  got "-3", expected ${historyMsg.expectedQuantity()}\n`);
    expect(r.stdout).toContain('imported 2 orders (2 lines, 2 units) from some-bad.csv: 1 bad row skipped');
    expect(r.stdout).toContain('skipped rows by kind: bad-quantity 1');
    expect(JSON.parse(readFileSync(join(dir, 'some-bad.summary.json'), 'utf8')).skipped.byKind).toEqual({ 'bad-quantity': 1 });
  });

  it('maps columns with flags, with a file, and a flag wins over the file', () => {
    writeCsv(dir, 'zh.csv', ['订单号,店铺,下单时间,商品,数量,单价,国家,时间2', 'A1,S1,2026-03-01 10:00,K1,2,5,DE,2026-03-01 09:00']);
    writeFileSync(join(dir, 'zh.yaml'), 'mapping:\n  order_id: 订单号\n  shop_id: 店铺\n  order_time: 下单时间\n  sku: 商品\n  quantity: 数量\n  unit_price: 单价\n  country: 国家\n');
    const flags = ['--col-order_id', '订单号', '--col-shop_id', '店铺', '--col-order_time', '下单时间', '--col-sku', '商品', '--col-quantity', '数量', '--col-unit_price', '单价', '--col-country', '国家'];
    expect(importOrders('zh.csv', ...flags).code).toBe(EXIT.ok);
    expect(importOrders('zh.csv', '--mapping', 'zh.yaml').code).toBe(EXIT.ok);
    const both = importOrders('zh.csv', '--mapping', 'zh.yaml', '--col-order_time', '时间2', '--time-zone', '+01:00');
    expect(both.code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(dir, 'zh.summary.json'), 'utf8')).start).toBe('2026-02-28T23:00:00.000Z');
    expect(JSON.parse(readFileSync(join(dir, 'zh.summary.json'), 'utf8')).ordersPerShopDay[0].daily).toEqual([1]);
  });

  it('a mapping file with an unknown field is a located error', () => {
    writeFileSync(join(dir, 'typo.yaml'), 'mapping:\n  order_tim: 下单时间\n');
    writeCsv(dir, 'plain.csv', [ORDER_HEADER, GOOD]);
    const r = importOrders('plain.csv', '--mapping', 'typo.yaml');
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toContain(`typo.yaml:2:3  mapping.order_tim  got ${historyMsg.gotUnknownField('order_tim')}, expected ${historyMsg.expectedField(['order_id', 'shop_id', 'order_time', 'sku', 'quantity', 'unit_price', 'country', 'category', 'returned', 'delivery_time'])}`);
  });
});

describe('poolsim import orders: outputs and usage', () => {
  it('does not overwrite without --force', () => {
    writeCsv(dir, 'twice.csv', [ORDER_HEADER, GOOD]);
    expect(poolsim(['import', 'orders', 'twice.csv'], {}, dir).code).toBe(EXIT.ok);
    const before = readFileSync(join(dir, 'twice.history.jsonl.gz'));
    const again = poolsim(['import', 'orders', 'twice.csv'], { NO_COLOR: '1' }, dir);
    expect(again.code).toBe(EXIT.badInput);
    expect(again.stderr).toBe(`poolsim: ${importMsg.outputExists('twice.history.jsonl.gz')}\n`);
    expect(readFileSync(join(dir, 'twice.history.jsonl.gz'))).toEqual(before);
    expect(poolsim(['import', 'orders', 'twice.csv', '--force'], {}, dir).code).toBe(EXIT.ok);
  });

  it('--out names the history file; the summary goes beside it', () => {
    writeCsv(dir, 'named.csv', [ORDER_HEADER, GOOD]);
    const r = poolsim(['import', 'orders', 'named.csv', '--out', 'shop.history.jsonl.gz'], {}, dir);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('wrote shop.history.jsonl.gz\nwrote shop.summary.json\n');
  });

  it('a bad --time-zone and a missing file are exit 2 without a stack trace', () => {
    writeCsv(dir, 'tz.csv', [ORDER_HEADER, GOOD]);
    const tz = importOrders('tz.csv', '--time-zone', 'Mars/Olympus');
    expect(tz.code).toBe(EXIT.badInput);
    expect(tz.stderr).toContain(importMsg.badTimeZone('Mars/Olympus'));
    const missing = importOrders('nope.csv');
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.stderr).toBe(`poolsim: ${importMsg.cannotRead('nope.csv', 'ENOENT')}\n`);
    expect(hasStackTrace(tz.stderr + missing.stderr)).toBe(false);
  });

  it('--help lists every flag', () => {
    const r = poolsim(['import', 'orders', '--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const flag of ['--out', '--mapping', '--time-zone', '--max-errors', '--force', '--quiet', '--col-order_id', '--col-delivery_time', 'a flag wins over --mapping']) expect(r.stdout).toContain(flag);
  });
});

describe('poolsim import stock', () => {
  it('writes a snapshot and reports bad rows located', () => {
    writeCsv(dir, 'stock.csv', ['shop_id,sku,on_hand,warehouse', 'S1,K1,5,HZ', 'S1,K1,2,HZ', 'S2,K1,-1,HZ']);
    const r = poolsim(['import', 'stock', 'stock.csv', '--force'], { NO_COLOR: '1' }, dir);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toContain(`stock.csv:3:2  sku  got ${historyMsg.gotStockAgain('S1', 'K1', 'HZ')}, expected ${historyMsg.expectedStockOnce(2, true)}`);
    expect(r.stderr).toContain(`stock.csv:4:3  on_hand  got "-1", expected ${historyMsg.expectedOnHand()}`);
    expect(r.stdout).toContain('imported 1 stock row from stock.csv: 1 shop, 1 SKU, 1 warehouse, 5 units on hand; 2 bad rows skipped');
    expect(JSON.parse(readFileSync(join(dir, 'stock.stock.json'), 'utf8')).rows).toEqual([{ shop: 'S1', sku: 'K1', warehouse: 'HZ', onHand: 5 }]);
  });
});
