import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { historyMsg } from '../../src/history/messages.js';
import { HISTORY_FORMAT, HISTORY_VERSION } from '../../src/history/order-history.js';
import { HistoryFormatError } from '../../src/history/problems.js';
import { readOrderHistory } from '../../src/history/read-history.js';
import { tempFolder } from './support.js';

const dir = tempFolder('read-history');

const header = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: HISTORY_FORMAT, version: 1, start: '2026-03-01T00:00:00.000Z', timeZone: 'UTC', days: 1, orders: 1, lines: 1, shops: ['S1'], markets: ['DE'], skus: [{ sku: 'K1', category: null, medianPrice: 5 }], ...over });

function write(name: string, text: string, gzip = true): string {
  const path = join(dir, name);
  writeFileSync(path, gzip ? gzipSync(text) : text);
  return path;
}

async function failure(path: string): Promise<HistoryFormatError> {
  const e = await readOrderHistory(path).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(HistoryFormatError);
  return e as HistoryFormatError;
}

describe('readOrderHistory', () => {
  it('reads a minimal file', async () => {
    const h = await readOrderHistory(write('ok.jsonl.gz', `${header()}\n[0.5,0,0,null,null,[[0,0,3,5]]]\n`));
    expect([...h.orderTime, ...h.lineUnits, ...h.orderReturned, ...h.orderLineStart]).toEqual([0.5, 3, -1, 0, 1]);
  });

  it('rejects another format, naming the file', async () => {
    const e = await failure(write('other.jsonl.gz', `${JSON.stringify({ format: 'poolsim-results', version: 1 })}\n`));
    expect(e.message).toBe(`other.jsonl.gz: ${historyMsg.notFormat(HISTORY_FORMAT, '"poolsim-results"')}`);
    expect(e.file).toBe('other.jsonl.gz');
  });

  it('rejects an unknown version', async () => {
    const e = await failure(write('v2.jsonl.gz', `${header({ version: 2 })}\n`));
    expect(e.message).toBe(`v2.jsonl.gz: ${historyMsg.unknownVersion(HISTORY_FORMAT, '2', HISTORY_VERSION)}`);
  });

  it('rejects a file that is not gzip', async () => {
    const e = await failure(write('plain.jsonl.gz', `${header()}\n`, false));
    expect(e.message).toMatch(/^plain\.jsonl\.gz: cannot be decompressed/);
  });

  it('rejects a truncated body and a damaged line', async () => {
    expect((await failure(write('short.jsonl.gz', `${header({ orders: 2 })}\n[0.5,0,0,null,null,[[0,0,3,5]]]\n`))).message).toBe(`short.jsonl.gz: ${historyMsg.truncated(1, 2)}`);
    expect((await failure(write('bad-index.jsonl.gz', `${header()}\n[0.5,0,0,null,null,[[7,0,3,5]]]\n`))).message).toMatch(/^bad-index\.jsonl\.gz: line 2 is damaged/);
    expect((await failure(write('backwards.jsonl.gz', `${header({ orders: 2, lines: 2 })}\n[0.5,0,0,null,null,[[0,0,3,5]]]\n[0.4,0,0,null,null,[[0,0,3,5]]]\n`))).message).toMatch(/line 3 is damaged/);
  });
});
