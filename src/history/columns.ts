/**
 * The columns an import reads, their default header names, and finding them in a file's
 * header through a mapping (`--col-<field>` flags, a `--mapping` file).
 */
import { historyMsg } from './messages.js';
import { ImportError, type ImportProblem } from './problems.js';

/** A column an import knows: its field name (also the default header) and whether it must be there. */
export interface FieldSpec {
  readonly field: string;
  readonly required: boolean;
  /** What the column holds, for `--help` and messages. */
  readonly what: string;
}

/** The columns of an order export, in the order `poolsim export orders` writes them. */
export const ORDER_COLUMNS: readonly FieldSpec[] = [
  { field: 'order_id', required: true, what: 'order number; the lines of one order share it' },
  { field: 'shop_id', required: true, what: 'shop that sold the line' },
  { field: 'order_time', required: true, what: 'time the order was placed' },
  { field: 'sku', required: true, what: 'SKU of the line' },
  { field: 'quantity', required: true, what: 'units on the line (whole number ≥ 1)' },
  { field: 'unit_price', required: true, what: 'price of one unit (number ≥ 0)' },
  { field: 'country', required: true, what: 'destination market (ISO 3166-1 alpha-2)' },
  { field: 'category', required: false, what: 'category of the SKU' },
  { field: 'returned', required: false, what: 'was the line returned? (true/false, 1/0, yes/no)' },
  { field: 'delivery_time', required: false, what: 'time the line was delivered' },
];

/** The columns of a stock file. */
export const STOCK_COLUMNS: readonly FieldSpec[] = [
  { field: 'shop_id', required: true, what: 'shop that owns the stock' },
  { field: 'sku', required: true, what: 'SKU' },
  { field: 'on_hand', required: true, what: 'units on hand (whole number ≥ 0)' },
  { field: 'warehouse', required: false, what: 'warehouse holding them' },
];

/** Field → header name, for the fields whose header is not the field's own name. */
export type ColumnMapping = Readonly<Record<string, string>>;

/**
 * The mapping in force: `--col-<field>` flags over the mapping file, field by field (a flag
 * wins over the file for its field; the file's other fields still apply).
 * @example mergeMappings({ order_time: '下单时间' }, { order_time: 'time', sku: '商品编码' }); // { order_time: 'time', sku: '商品编码' }
 */
export function mergeMappings(fromFile: ColumnMapping, fromFlags: ColumnMapping): ColumnMapping {
  return { ...fromFile, ...fromFlags };
}

/**
 * Finds every field's column in `header` (trimmed names; an exact match first, else one
 * that differs only in case). Returns the field's 0-based column index, -1 for an optional
 * field that is absent.
 *
 * @throws ImportError with one problem per required column that is missing, per used
 *   column name that appears twice, and per column mapped to two fields — located at the
 *   header line; the rows are not read
 * @example resolveColumns(ORDER_COLUMNS, ['order_id', …], {}, 'orders.csv', 1).get('sku'); // 3
 */
export function resolveColumns(
  specs: readonly FieldSpec[],
  header: readonly string[],
  mapping: ColumnMapping,
  file: string,
  line: number,
): Map<string, number> {
  const names = header.map((h) => h.trim());
  const problems: ImportProblem[] = [];
  const found = new Map<string, number>();
  const usedBy = new Map<number, string[]>();
  for (const spec of specs) {
    const wanted = (mapping[spec.field] ?? spec.field).trim();
    let matches = names.flatMap((n, i) => (n === wanted ? [i] : []));
    if (matches.length === 0) matches = names.flatMap((n, i) => (n.toLowerCase() === wanted.toLowerCase() ? [i] : []));
    if (matches.length === 0) {
      found.set(spec.field, -1);
      if (spec.required) {
        problems.push({
          kind: 'missing-column',
          file,
          line,
          column: 1,
          path: spec.field,
          got: historyMsg.gotNoColumn(wanted, names),
          expected: historyMsg.expectedColumn(spec.field, wanted),
        });
      }
      continue;
    }
    if (matches.length > 1) {
      problems.push({
        kind: 'duplicate-column',
        file,
        line,
        column: matches[1] + 1,
        path: spec.field,
        got: historyMsg.gotDuplicateColumn(names[matches[0]], matches.length),
        expected: historyMsg.expectedUniqueColumn(),
      });
      continue;
    }
    found.set(spec.field, matches[0]);
    usedBy.set(matches[0], [...(usedBy.get(matches[0]) ?? []), spec.field]);
  }
  for (const [index, fields] of usedBy) {
    if (fields.length < 2) continue;
    problems.push({
      kind: 'bad-mapping',
      file,
      line,
      column: index + 1,
      path: fields[1],
      got: historyMsg.gotMappedTwice(names[index], fields),
      expected: historyMsg.expectedOneField(),
    });
  }
  if (problems.length > 0) throw new ImportError(problems);
  return found;
}
