/**
 * The history layer's message catalogue: every text a user sees from `poolsim import` about
 * their files. Rules (checked by `test/history/messages.test.ts`): lower-case first letter,
 * no trailing period, one line.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quote = (s: string) => JSON.stringify(s);
const list = (names: readonly string[], max = 12) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, … (${names.length} in all)`;

/** The accepted timestamp forms, as the user reads them. */
export const DATE_FORMS = 'ISO 8601 (2026-03-01T09:30:00+08:00, 2026-03-01T01:30:00Z), 2026-03-01 09:30:00, 2026-03-01 09:30 or 2026/03/01 09:30:00';

export const historyMsg = {
  // ---- row problems: got … / expected …
  gotFields: (n: number) => plural(n, 'field'),
  expectedFields: (n: number) => `${plural(n, 'field')}, as the header has`,
  gotEmpty: () => 'an empty value',
  gotValue: (v: string) => quote(v),
  expectedText: (what: string) => `${what} (not empty)`,
  expectedDate: () => `a date and time: ${DATE_FORMS}`,
  expectedQuantity: () => 'a whole number of units ≥ 1',
  expectedPrice: () => 'a unit price: a number ≥ 0 such as 19.90 (no currency sign, no thousands separator)',
  expectedCountry: (alias?: string) =>
    `an ISO 3166-1 alpha-2 country code such as DE, FR, US${alias ? ` (${alias} is ISO's code for this one)` : ''}`,
  expectedReturned: () => 'true or false, 1 or 0, yes or no, or empty for unknown',
  expectedAfterOrder: (orderTime: string) => `a time at or after the order time ${orderTime}`,
  expectedSameAsFirst: (field: string, first: string, line: number) =>
    `${field} ${quote(first)} as on line ${line}, the order's first line (the lines of one order share its time and country)`,
  gotSkuAgain: (sku: string, shop: string, order: string) => `the SKU ${quote(sku)} of shop ${quote(shop)} again in order ${quote(order)}`,
  expectedSkuOnce: (line: number) => `each SKU once per order and shop (it is on line ${line} already)`,
  gotOrderAgain: (order: string) => `order ${quote(order)} again`,
  expectedOrderTogether: (line: number) =>
    `the lines of one order next to each other (it first appears on line ${line}, and other orders come between)`,
  expectedOnHand: () => 'a whole number of units ≥ 0',
  gotStockAgain: (shop: string, sku: string, warehouse: string | null) =>
    `${quote(shop)} × ${quote(sku)}${warehouse === null ? '' : ` × ${quote(warehouse)}`} again`,
  expectedStockOnce: (line: number, withWarehouse: boolean) =>
    `one row per shop × SKU${withWarehouse ? ' × warehouse' : ''} (this one is on line ${line} already)`,

  // ---- the header and the mapping
  gotNoColumn: (header: string, columns: readonly string[]) => `no column ${quote(header)} (the header has ${list(columns.map(quote))})`,
  expectedColumn: (field: string, header: string) =>
    header === field
      ? `a column ${quote(field)}, or a mapping to the column that holds it (--col-${field} <header> or --mapping)`
      : `a column ${quote(header)} (mapped to ${field}), or a mapping to the column that holds it`,
  gotDuplicateColumn: (header: string, count: number) => `${plural(count, 'column')} named ${quote(header)}`,
  expectedUniqueColumn: () => 'one column of that name (rename the others)',
  gotMappedTwice: (header: string, fields: readonly string[]) => `${quote(header)} mapped to ${fields.join(' and ')}`,
  expectedOneField: () => 'each column mapped to one field at most',
  gotUnknownField: (key: string) => `the field ${quote(key)}`,
  expectedField: (fields: readonly string[]) => `one of ${fields.join(', ')}`,
  gotMappingValue: (v: string) => v,
  expectedHeaderName: () => 'the name of a column in the CSV header (text)',
  expectedMappingBlock: () => 'a mapping: block of field: header pairs (mapping: { order_id: 订单号, order_time: 下单时间 })',
  mappingSyntax: (detail: string) => `not valid YAML: ${detail}`,
  mappingUnreadable: (reason: string) => `cannot read the mapping file (${reason})`,

  // ---- the file as a whole
  notUtf8: (byte: number, offset: number, utf16: boolean) =>
    `not UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset} cannot start or continue a UTF-8 character` +
    (utf16 ? '; the file is UTF-16 (it starts with a UTF-16 byte order mark)' : '') +
    '; save the file as UTF-8 (in Excel: CSV UTF-8) and import it again',
  badCsv: (code: string, detail: string) => `not valid CSV${code ? ` (${code})` : ''}: ${detail.charAt(0).toLowerCase()}${detail.slice(1).replace(/\.$/, '')}`,
  emptyFile: () => 'the file is empty: expected a header row and one row per order line',
  noRows: (skipped: number) =>
    skipped === 0 ? 'no data rows after the header: nothing to import' : `no row could be imported (${plural(skipped, 'bad row')}): nothing written`,
  fileUnreadable: (reason: string) => `cannot read the file (${reason})`,
  maxErrors: (n: number) => `stopped at ${plural(n, 'bad row')} (--max-errors ${n}); nothing written`,
  outputExists: (path: string) => `${path} already exists: choose another --out, or pass --force to replace it`,

  // ---- reading a history or stock file back
  notFormat: (expected: string, got: string) => `not a ${expected} file (its format is ${got})`,
  unknownVersion: (format: string, got: string, known: number) => `${format} version ${got} is not known to this poolsim (it reads version ${known}); update poolsim`,
  damaged: (line: number, what: string) => `line ${line} is damaged: ${what}`,
  damagedRow: (index: number, what: string) => `row ${index} is damaged: ${what}`,
  truncated: (got: number, expected: number) => `the file ends after ${plural(got, 'order')} of the ${expected} its header announces (truncated?)`,
  notGzip: (detail: string) => `cannot be decompressed (${detail}): expected a gzip-compressed order history`,
} as const;

/** The id of a message builder (for the catalogue test). */
export type HistoryMessageId = keyof typeof historyMsg;
