/**
 * The round trip export → import: `poolsim export orders` wrote
 * test/fixtures/history/default-orders.csv (see test/cli/export-orders.test.ts); importing
 * it must keep every line, in the same order (the file is in time order, ties in file
 * order), with SKUs, shops, units and prices exactly as written.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readOrderHistory } from '../../src/history/read-history.js';
import { importCsv, tempFolder } from './support.js';

const FIXTURE = join(__dirname, '../fixtures/history/default-orders.csv');
const dir = tempFolder('round-trip');

describe('export orders → import orders', () => {
  it('keeps every line exactly', async () => {
    const rows = parse(readFileSync(FIXTURE), { columns: true }) as Array<Record<string, string>>;
    const input = join(dir, 'default-orders.csv');
    copyFileSync(FIXTURE, input);
    const { summary, problems } = await importCsv(input);
    expect(problems).toEqual([]);
    expect(summary.inTimeOrder).toBe(true);
    expect(summary.lines).toBe(rows.length);
    expect(summary.orders).toBe(new Set(rows.map((r) => r.order_id)).size);
    const h = await readOrderHistory(join(dir, 'default-orders.history.jsonl.gz'));
    expect(h.lineSku.length).toBe(rows.length);
    const lines = Array.from(h.lineSku, (k, l) => [h.skus[k], h.shops[h.lineShop[l]], h.lineUnits[l], h.linePrice[l]]);
    expect(lines).toEqual(rows.map((r) => [r.sku, r.shop_id, Number(r.quantity), Number(r.unit_price)]));
    const firstLine = Array.from(h.orderLineStart.subarray(0, -1));
    const orderStarts = rows.flatMap((r, i) => (i === 0 || rows[i - 1].order_id !== r.order_id ? [i] : []));
    expect(firstLine).toEqual(orderStarts);
    expect(Array.from(h.orderMarket, (m) => h.markets[m])).toEqual(orderStarts.map((i) => rows[i].country));
    const categories = new Map(rows.map((r) => [r.sku, r.category]));
    expect(h.skuCategory).toEqual(h.skus.map((k) => categories.get(k)));
    expect(h.start).toBe('2026-01-01T00:00:00.000Z');
    expect(h.days).toBe(14);
  });
});
