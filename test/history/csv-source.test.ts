import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/history/csv-source.js';
import { historyMsg } from '../../src/history/messages.js';
import { ImportError } from '../../src/history/problems.js';
import { tempFolder } from './support.js';

const dir = tempFolder('csv');

/** Every row of `bytes` with its line, header first. */
async function rowsOf(name: string, bytes: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const rows: Array<[number, string[]]> = [];
  const r = await readCsvRows(path, name, {
    header: (f, line) => void rows.push([line, f]),
    row: (f, line) => {
      rows.push([line, f]);
      return true;
    },
  });
  return { ...r, rows }; // rows: the list (r.rows is the count)
}

describe('readCsvRows', () => {
  it('drops a UTF-8 BOM from the first header name', async () => {
    const { rows } = await rowsOf('bom.csv', '\uFEFForder_id,sku\nA1,K1\n');
    expect(rows).toEqual([
      [1, ['order_id', 'sku']],
      [2, ['A1', 'K1']],
    ]);
  });

  it('reads CRLF line ends', async () => {
    const { rows } = await rowsOf('crlf.csv', 'a,b\r\n1,2\r\n3,4\r\n');
    expect(rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
  });

  it('keeps quoted commas, doubled quotes and quoted line breaks, and gives the line each row starts on', async () => {
    const { rows } = await rowsOf('quoted.csv', 'a,b\r\n"x,y","say ""hi"""\r\n"two\r\nlines",1\r\n\r\n"three\nlines\nhere",2\r\nlast,3');
    expect(rows).toEqual([
      [1, ['a', 'b']],
      [2, ['x,y', 'say "hi"']],
      [3, ['two\r\nlines', '1']],
      [6, ['three\nlines\nhere', '2']],
      [9, ['last', '3']],
    ]);
  });

  it('hashes the bytes and counts the data rows', async () => {
    const path = join(dir, 'hash.csv');
    writeFileSync(path, 'a\n1\n\n2\n');
    const r = await readCsvRows(path, 'hash.csv', { header: () => {}, row: () => true });
    expect(r.rows).toBe(2);
    expect(r.sha256).toBe(createHash('sha256').update('a\n1\n\n2\n').digest('hex'));
  });

  it('a file that is not UTF-8 is one located error: byte offset, line and column', async () => {
    const latin1 = Buffer.concat([Buffer.from('a,b\n1,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const e = await rowsOf('latin1.csv', latin1).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    const [p] = (e as ImportError).problems;
    expect(p).toMatchObject({ kind: 'not-utf8', file: 'latin1.csv', line: 2, column: 6, note: historyMsg.notUtf8(0xe9, 9, false) });
  });

  it('names a UTF-16 file as such', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]);
    const e = (await rowsOf('utf16.csv', utf16).catch((x: unknown) => x)) as ImportError;
    expect(e.problems[0]).toMatchObject({ kind: 'not-utf8', line: 1, column: 1, note: historyMsg.notUtf8(0xff, 0, true) });
  });

  it('an unclosed quote is a located bad-csv error', async () => {
    const e = (await rowsOf('open.csv', 'a,b\n1,"oops\n2,3\n').catch((x: unknown) => x)) as ImportError;
    expect(e).toBeInstanceOf(ImportError);
    expect(e.problems[0].kind).toBe('bad-csv');
  });

  it('an empty file has no header', async () => {
    const e = (await rowsOf('empty.csv', '').catch((x: unknown) => x)) as ImportError;
    expect(e.problems[0]).toMatchObject({ kind: 'empty-file', line: 0, note: historyMsg.emptyFile() });
  });
});
