/**
 * Streaming a CSV file into rows of fields with their line numbers: csv-parse does the CSV
 * (quotes, doubled quotes, commas and line breaks inside quotes, CRLF, a UTF-8 BOM); this
 * file adds the UTF-8 check, the sha256 of the bytes, and line numbers a person can find in
 * an editor (the line where the row starts). Memory: one read chunk and one row at a time.
 */
import { createHash } from 'node:crypto';
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { Parser } from 'csv-parse';
import { historyMsg } from './messages.js';
import { ImportError, fileProblem, type ImportProblem } from './problems.js';
import { Utf8Stream, type Utf8Failure } from './utf8-check.js';

/** What a reader of rows gets: the header once, then each data row (fields untrimmed). */
export interface CsvSink {
  /** The first non-empty row. May throw an `ImportError` (a missing column) to stop. */
  header(fields: string[], line: number): void;
  /** A data row; `line` is where it starts. Returns false to stop reading (too many errors). */
  row(fields: string[], line: number): boolean;
}

/** What reading the whole file found out. */
export interface CsvReadResult {
  sha256: string;
  bytes: number;
  /** Data rows handed to `sink.row` (header and empty lines excluded). */
  rows: number;
  /** True when the sink asked to stop before the end. */
  stopped: boolean;
}

const READ_CHUNK = 1 << 16;

/** Line breaks as csv-parse counts them in a field (every CR and every LF) and as editors do (CRLF once). */
function breaks(fields: readonly string[]): { parser: number; human: number } {
  let parser = 0;
  let human = 0;
  for (const f of fields) {
    if (f.indexOf('\n') < 0 && f.indexOf('\r') < 0) continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10) {
        parser++;
        human++;
      } else if (c === 13) {
        parser++;
        if (f.charCodeAt(i + 1) !== 10) human++;
      }
    }
  }
  return { parser, human };
}

/** csv-parse's Parser with rows handed over synchronously, each with the line it starts on. */
class RowParser extends Parser {
  private lastParserLine = 0;
  /** csv-parse's line count minus an editor's (it counts a CRLF inside quotes twice). */
  private drift = 0;
  constructor(private readonly onRecord: (fields: string[], line: number) => void) {
    super({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
  }

  override push(record: unknown): boolean {
    if (record === null) return super.push(null);
    const fields = record as string[];
    const end = this.info.lines;
    let line = end - this.drift;
    if (end - this.lastParserLine > 1) {
      // more than one line since the last row: empty lines, or line breaks inside quotes
      const b = breaks(fields);
      this.drift += b.parser - b.human;
      line = end - this.drift - b.human;
    }
    this.lastParserLine = end;
    this.onRecord(fields, line);
    return true;
  }

  /** An editor's line for a line of csv-parse's count. */
  humanLine(parserLine: number): number {
    return parserLine - this.drift;
  }
}

/** Line (1-based) and column (byte in the line, 1-based) of a byte offset, read again from the file. */
function locateByte(path: string, offset: number): { line: number; column: number } {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(READ_CHUNK);
    let line = 1;
    let lineStart = 0;
    let pos = 0;
    while (pos < offset) {
      const n = readSync(fd, buf, 0, Math.min(READ_CHUNK, offset - pos), pos);
      if (n === 0) break;
      for (let i = buf.indexOf(10); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) {
        line++;
        lineStart = pos + i + 1;
      }
      pos += n;
    }
    return { line, column: offset - lineStart + 1 };
  } finally {
    closeSync(fd);
  }
}

function notUtf8(path: string, name: string, failure: Utf8Failure, head: Buffer | undefined): ImportError {
  const { line, column } = locateByte(path, failure.offset);
  const utf16 = head !== undefined && head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  const problem: ImportProblem = {
    kind: 'not-utf8',
    file: name,
    line,
    column,
    path: '',
    got: '',
    expected: '',
    note: historyMsg.notUtf8(failure.byte, failure.offset, utf16),
  };
  return new ImportError([problem]);
}

function csvProblem(name: string, error: Error & { code?: string; lines?: number }, parser: RowParser): ImportError {
  const line = typeof error.lines === 'number' ? parser.humanLine(error.lines) : 0;
  const note = historyMsg.badCsv(error.code ?? '', error.message);
  if (line === 0) return new ImportError([fileProblem('bad-csv', name, note)]);
  return new ImportError([{ kind: 'bad-csv', file: name, line, column: 1, path: '', got: '', expected: '', note }]);
}

/**
 * Reads `path` (shown as `name` in messages) and hands its header and rows to `sink`.
 *
 * @throws ImportError when the file is not UTF-8 (byte offset, line and column of the first
 *   bad byte), is not valid CSV (an unclosed quote), has no header, or when the sink throws
 *   one; a plain error when it cannot be read (the CLI names the file and the reason)
 * @example
 * await readCsvRows('orders.csv', 'orders.csv', { header: (h) => check(h), row: (f, line) => keep(f, line) });
 */
export async function readCsvRows(path: string, name: string, sink: CsvSink): Promise<CsvReadResult> {
  const hash = createHash('sha256');
  const utf8 = new Utf8Stream();
  let headerSeen = false;
  let rows = 0;
  let stopped = false;
  let bytes = 0;
  let head: Buffer | undefined;
  let sinkError: unknown;
  const parser = new RowParser((fields, line) => {
    if (stopped) return;
    try {
      if (!headerSeen) {
        headerSeen = true;
        sink.header(fields, line);
        return;
      }
      rows++;
      if (!sink.row(fields, line)) stopped = true;
    } catch (e) {
      // thrown inside csv-parse's loop: keep it and stop, rethrown below
      sinkError = e;
      stopped = true;
    }
  });
  let parseError: Error | undefined;
  parser.on('error', (e: Error) => (parseError ??= e));
  const write = (buf: Buffer) =>
    new Promise<void>((resolve) =>
      parser.write(buf, (e) => {
        if (e) parseError ??= e;
        resolve();
      }),
    );
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      head ??= chunk.subarray(0, 4);
      bytes += chunk.length;
      hash.update(chunk);
      const valid = utf8.feed(chunk);
      if (!(valid instanceof Uint8Array)) throw notUtf8(path, name, valid, head);
      await write(valid);
      if (sinkError !== undefined) throw sinkError;
      if (parseError) throw csvProblem(name, parseError, parser);
      if (stopped) break;
    }
    if (!stopped) {
      const tail = utf8.end();
      if (tail) throw notUtf8(path, name, tail, head);
      await new Promise<void>((resolve) => parser.end(() => resolve()));
      if (sinkError !== undefined) throw sinkError;
      if (parseError) throw csvProblem(name, parseError, parser);
    }
  } finally {
    stream.destroy();
  }
  if (!headerSeen) throw new ImportError([fileProblem('empty-file', name, historyMsg.emptyFile())]);
  return { sha256: hash.digest('hex'), bytes, rows, stopped };
}
