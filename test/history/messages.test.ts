import { describe, it } from 'vitest';
import { importMsg } from '../../src/cli/import-messages.js';
import { historyMsg, type HistoryMessageId } from '../../src/history/messages.js';
import { expectHouseStyle } from '../helpers/house-style.js';

// Sample arguments for every builder; typed as a full record, so a new builder without samples is a type error.
const SAMPLES: Record<HistoryMessageId, unknown[]> = {
  gotFields: [6],
  expectedFields: [7],
  gotEmpty: [],
  gotValue: ['x'],
  expectedText: ['a SKU'],
  expectedDate: [],
  expectedQuantity: [],
  expectedPrice: [],
  expectedCountry: ['GB'],
  expectedReturned: [],
  expectedAfterOrder: ['2026-03-01 10:00'],
  expectedSameAsFirst: ['country', 'DE', 2],
  gotSkuAgain: ['K1', 'S1', 'A1'],
  expectedSkuOnce: [2],
  gotOrderAgain: ['A1'],
  expectedOrderTogether: [2],
  expectedOnHand: [],
  gotStockAgain: ['S1', 'K1', 'HZ'],
  expectedStockOnce: [2, true],
  gotNoColumn: ['order_time', ['a', 'b']],
  expectedColumn: ['order_time', '下单时间'],
  gotDuplicateColumn: ['sku', 2],
  expectedUniqueColumn: [],
  gotMappedTwice: ['x', ['sku', 'shop_id']],
  expectedOneField: [],
  gotUnknownField: ['order_tim'],
  expectedField: [['order_id', 'sku']],
  gotMappingValue: ['[]'],
  expectedHeaderName: [],
  expectedMappingBlock: [],
  mappingSyntax: ['bad indentation'],
  mappingUnreadable: ['ENOENT'],
  notUtf8: [0xe9, 12, true],
  badCsv: ['CSV_QUOTE_NOT_CLOSED', 'Quote Not Closed: the parsing is finished with an opening quote at line 3.'],
  emptyFile: [],
  noRows: [2],
  fileUnreadable: ['EACCES'],
  maxErrors: [100],
  outputExists: ['a.history.jsonl.gz'],
  notFormat: ['poolsim-order-history', '"x"'],
  unknownVersion: ['poolsim-order-history', '2', 1],
  damaged: [3, 'not JSON'],
  damagedRow: [3, 'no onHand'],
  truncated: [3, 4],
  notGzip: ['incorrect header check'],
};

describe('history message catalogue', () => {
  it.each(Object.keys(historyMsg) as HistoryMessageId[])('%s: lower-case first letter, no trailing period, one line', (id) => {
    expectHouseStyle((historyMsg[id] as (...args: unknown[]) => string)(...SAMPLES[id]));
  });

  it.each(Object.keys(importMsg) as Array<keyof typeof importMsg>)('cli %s follows the house style', (id) => {
    const samples: Record<keyof typeof importMsg, unknown[]> = {
      needKind: [],
      badTimeZone: ['Mars'],
      badMaxErrors: ['0'],
      emptyColumnFlag: ['sku'],
      stopped: [3],
      nothingWritten: [],
      outputExists: ['x'],
      cannotRead: ['x.csv', 'ENOENT'],
      stockSummary: [{ format: 'poolsim-stock-snapshot', version: 1, source: { file: 's.csv', sha256: '', rows: 1, importedRows: 1, skippedRows: 0 }, rows: [{ shop: 'S', sku: 'K', warehouse: null, onHand: 2 }] }],
    };
    expectHouseStyle((importMsg[id] as (...args: unknown[]) => string)(...samples[id]));
  });
});
