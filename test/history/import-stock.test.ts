import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputExistsError } from '../../src/history/atomic-file.js';
import { importStock } from '../../src/history/import-stock.js';
import { historyMsg } from '../../src/history/messages.js';
import { HistoryFormatError, ImportError } from '../../src/history/problems.js';
import { readStockSnapshot } from '../../src/history/read-stock.js';
import { STOCK_FORMAT } from '../../src/history/stock-snapshot.js';
import { tempFolder, writeCsv } from './support.js';

const dir = tempFolder('stock');
const run = (input: string, over: Partial<Parameters<typeof importStock>[0]> = {}) =>
  importStock({ input, out: input.replace(/\.csv$/, '.stock.json'), mapping: {}, maxErrors: 100, force: true, ...over });

describe('importStock → readStockSnapshot', () => {
  it('reads back the rows, warehouse or null', async () => {
    const input = writeCsv(dir, 'stock.csv', ['shop_id,sku,on_hand,warehouse', 'S1,K1,12,HZ', 'S1,K1,3,', 'S2,K1,0,HZ'], '\r\n');
    const r = await run(input);
    const s = await readStockSnapshot(join(dir, 'stock.stock.json'));
    expect(s).toEqual(r.snapshot);
    expect(s.format).toBe(STOCK_FORMAT);
    expect(s.rows).toEqual([
      { shop: 'S1', sku: 'K1', warehouse: 'HZ', onHand: 12 },
      { shop: 'S1', sku: 'K1', warehouse: null, onHand: 3 },
      { shop: 'S2', sku: 'K1', warehouse: 'HZ', onHand: 0 },
    ]);
    expect(s.source).toMatchObject({ file: 'stock.csv', rows: 3, importedRows: 3, skippedRows: 0 });
  });

  it('locates negative and non-integer units and duplicate rows', async () => {
    const input = writeCsv(dir, 'bad-stock.csv', ['库存店铺,sku,on_hand', 'S1,K1,-2', 'S1,K2,1.5', 'S1,K3,4', 'S1,K3,5']);
    const r = await run(input, { mapping: { shop_id: '库存店铺' } });
    expect(r.problems.map((p) => [p.line, p.column, p.kind, p.path, p.got])).toEqual([
      [2, 3, 'bad-on-hand', 'on_hand', '"-2"'],
      [3, 3, 'bad-on-hand', 'on_hand', '"1.5"'],
      [5, 2, 'duplicate-row', 'sku', historyMsg.gotStockAgain('S1', 'K3', null)],
    ]);
    expect(r.problems[2].expected).toBe(historyMsg.expectedStockOnce(4, false));
    expect(r.snapshot.rows).toEqual([{ shop: 'S1', sku: 'K3', warehouse: null, onHand: 4 }]);
  });

  it('stops at --max-errors and writes nothing', async () => {
    const input = writeCsv(dir, 'stop-stock.csv', ['shop_id,sku,on_hand', 'S1,K1,-2', 'S1,K2,x', 'S1,K3,4']);
    const e = await run(input, { maxErrors: 2 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect(existsSync(join(dir, 'stop-stock.stock.json'))).toBe(false);
  });

  it('refuses to replace a snapshot without force', async () => {
    const input = writeCsv(dir, 'once.csv', ['shop_id,sku,on_hand', 'S1,K1,1']);
    await run(input, { force: false });
    expect(await run(input, { force: false }).catch((x: unknown) => x)).toBeInstanceOf(OutputExistsError);
  });

  it('the reader rejects another format or version, naming the file', async () => {
    writeFileSync(join(dir, 'v9.json'), JSON.stringify({ format: STOCK_FORMAT, version: 9, rows: [] }));
    const e = await readStockSnapshot(join(dir, 'v9.json')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HistoryFormatError);
    expect((e as Error).message).toBe(`v9.json: ${historyMsg.unknownVersion(STOCK_FORMAT, '9', 1)}`);
  });
});
