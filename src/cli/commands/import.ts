/**
 * `poolsim import orders <file.csv>` and `poolsim import stock <file.csv>`: a seller's own
 * order export and stock file → an order-history file (with its summary) and a stock
 * snapshot, for studies that replay real demand (docs/history.md). Bad rows are printed one
 * per line, `file:line:column  column  got …, expected …`; at `--max-errors` of them, or
 * for a file-level problem, nothing is written and the exit code is 2.
 */
import { basename, dirname, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import {
  ImportError,
  ORDER_COLUMNS,
  OutputExistsError,
  STOCK_COLUMNS,
  formatSummary,
  importOrders,
  importStock,
  mergeMappings,
  parseTimeZone,
  readMappingFile,
  type ColumnMapping,
  type FieldSpec,
  type ImportProblem,
} from '../../history/index.js';
import { CliError, UsageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { importMsg } from '../import-messages.js';
import { cliMsg } from '../messages.js';
import { styleProblem } from '../print-problems.js';
import { styleFor } from '../style.js';

interface ImportArgs {
  file: string;
  out?: string;
  mapping?: string;
  force: boolean;
  quiet: boolean;
  'max-errors': number;
  'time-zone'?: string;
  [col: `col-${string}`]: string | undefined;
}

/** `orders.csv` → `orders` (folder kept). */
const stem = (file: string) => join(dirname(file), basename(file).replace(/\.(csv|tsv|txt)$/i, ''));

/** The summary beside a history file: `x.history.jsonl.gz` → `x.summary.json`. */
export function summaryPathFor(out: string): string {
  return join(dirname(out), `${basename(out).replace(/(\.history)?\.jsonl\.gz$|\.gz$/i, '')}.summary.json`);
}

/** Default history file of a CSV: beside it, `<name>.history.jsonl.gz`. */
export const defaultHistoryPath = (csv: string) => `${stem(csv)}.history.jsonl.gz`;
/** Default stock snapshot of a CSV: beside it, `<name>.stock.json`. */
export const defaultStockPath = (csv: string) => `${stem(csv)}.stock.json`;

function columnOptions(y: Argv, specs: readonly FieldSpec[]): Argv {
  for (const s of specs) {
    y.option(`col-${s.field}`, {
      describe: `header of the ${s.field} column${s.required ? '' : ' (optional column)'}: ${s.what}`,
      type: 'string',
      requiresArg: true,
      group: 'Column mapping (default: the field name; a flag wins over --mapping):',
    });
  }
  return y;
}

function commonOptions(y: Argv, specs: readonly FieldSpec[], outWhat: string): Argv {
  y.positional('file', { describe: 'the CSV file (UTF-8; a BOM and CRLF line ends are fine)', type: 'string', demandOption: true })
    .option('out', { alias: 'o', describe: outWhat, type: 'string', requiresArg: true })
    .option('mapping', { describe: 'YAML file with a mapping: block of field: header pairs (the --col-<field> flags win over it, field by field)', type: 'string', requiresArg: true })
    .option('max-errors', { describe: 'stop at this many bad rows, writing nothing (exit 2); fewer are skipped, printed and counted in the summary', type: 'number', default: 100, requiresArg: true })
    .option('force', { describe: 'replace output files that exist', type: 'boolean', default: false })
    .option('quiet', { alias: 'q', describe: 'print no summary (bad rows and errors are still printed)', type: 'boolean', default: false });
  return columnOptions(y, specs);
}

/** The mapping from `--mapping` and the `--col-<field>` flags (flags win). */
async function mappingOf(args: ArgumentsCamelCase<ImportArgs>, specs: readonly FieldSpec[], command: string): Promise<ColumnMapping> {
  const flags: Record<string, string> = {};
  for (const s of specs) {
    const v = args[`col-${s.field}`];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '') throw new UsageError(importMsg.emptyColumnFlag(s.field), command);
    flags[s.field] = v.trim();
  }
  const fromFile = args.mapping === undefined ? {} : await readMappingFile(args.mapping, specs);
  return mergeMappings(fromFile, flags);
}

function maxErrorsOf(args: ArgumentsCamelCase<ImportArgs>, command: string): number {
  const n = args['max-errors'];
  if (!Number.isInteger(n) || n < 1) throw new UsageError(importMsg.badMaxErrors(String(n)), command);
  return n;
}

function printProblems(problems: readonly ImportProblem[]): void {
  const err = styleFor(process.stderr);
  for (const p of problems) process.stderr.write(`${styleProblem(p, err)}\n`);
}

/** Prints an import failure and sets exit code 2; rethrows anything else as a CLI error. */
function fail(e: unknown, file: string, maxErrors: number): never | void {
  if (e instanceof ImportError) {
    printProblems(e.problems);
    const err = styleFor(process.stderr);
    if (e.stoppedAtMaxErrors) process.stderr.write(`${importMsg.stopped(maxErrors)}\n`);
    process.stderr.write(`${err.red('bad')} ${file}  ${importMsg.nothingWritten()}\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  if (e instanceof OutputExistsError) throw new CliError(importMsg.outputExists(e.path), EXIT.badInput);
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    throw new CliError(importMsg.cannotRead((e as NodeJS.ErrnoException).path ?? file, code), EXIT.badInput);
  }
  throw e;
}

const ordersCommand: CommandModule<object, ImportArgs> = {
  command: 'orders <file>',
  describe: 'an order export (one row per order line) → an order-history file and its summary',
  builder: (y: Argv) =>
    commonOptions(y, ORDER_COLUMNS, 'history file to write (default: beside the CSV, <name>.history.jsonl.gz; the summary goes beside it, <name>.summary.json)')
      .option('time-zone', { describe: 'time zone of times without an offset: UTC, an offset (+08:00) or an IANA name (Asia/Shanghai)', type: 'string', default: 'UTC', requiresArg: true })
      .example('$0 import orders orders.csv', 'writes orders.history.jsonl.gz and orders.summary.json')
      .example('$0 import orders export.csv --time-zone Asia/Shanghai --col-order_time 下单时间', 'a back office with Chinese headers and Beijing times')
      .example('$0 import orders export.csv --mapping back-office.yaml --max-errors 1', 'headers mapped in a file; stop at the first bad row')
      .epilogue('exit codes: 0 imported (bad rows below --max-errors are skipped and listed), 2 bad file, too many bad rows or usage\ncolumns, checks, formats: docs/history.md') as unknown as Argv<ImportArgs>,
  handler: async (args: ArgumentsCamelCase<ImportArgs>) => {
    const command = 'import orders';
    const zone = parseTimeZone(args['time-zone'] ?? 'UTC');
    if (zone === undefined) throw new UsageError(importMsg.badTimeZone(args['time-zone'] ?? ''), command);
    const maxErrors = maxErrorsOf(args, command);
    const out = args.out ?? defaultHistoryPath(args.file);
    const summaryOut = summaryPathFor(out);
    try {
      const mapping = await mappingOf(args, ORDER_COLUMNS, command);
      const result = await importOrders({ input: args.file, out, summaryOut, mapping, timeZone: zone, maxErrors, force: args.force });
      printProblems(result.problems);
      if (!args.quiet) process.stdout.write(`${formatSummary(result.summary).join('\n')}\n`);
      process.stdout.write(`${cliMsg.wrote(out)}\n${cliMsg.wrote(summaryOut)}\n`);
    } catch (e) {
      fail(e, args.file, maxErrors);
    }
  },
};

const stockCommand: CommandModule<object, ImportArgs> = {
  command: 'stock <file>',
  describe: 'a stock file (units on hand per shop × SKU, optionally × warehouse) → a stock snapshot',
  builder: (y: Argv) =>
    commonOptions(y, STOCK_COLUMNS, 'snapshot to write (default: beside the CSV, <name>.stock.json)')
      .example('$0 import stock stock.csv', 'writes stock.stock.json')
      .example('$0 import stock wms.csv --col-on_hand 可用库存 --col-warehouse 仓库', 'headers of a WMS export')
      .epilogue('exit codes: 0 imported, 2 bad file, too many bad rows or usage\ncolumns and format: docs/history.md') as unknown as Argv<ImportArgs>,
  handler: async (args: ArgumentsCamelCase<ImportArgs>) => {
    const command = 'import stock';
    const maxErrors = maxErrorsOf(args, command);
    const out = args.out ?? defaultStockPath(args.file);
    try {
      const mapping = await mappingOf(args, STOCK_COLUMNS, command);
      const result = await importStock({ input: args.file, out, mapping, maxErrors, force: args.force });
      printProblems(result.problems);
      if (!args.quiet) process.stdout.write(`${importMsg.stockSummary(result.snapshot)}\n`);
      process.stdout.write(`${cliMsg.wrote(out)}\n`);
    } catch (e) {
      fail(e, args.file, maxErrors);
    }
  },
};

export const importCommand: CommandModule<object, object> = {
  command: 'import <kind>',
  describe: "import a seller's own data: an order export (orders) or a stock file (stock)",
  builder: (y: Argv) =>
    y
      .command(ordersCommand as unknown as CommandModule)
      .command(stockCommand as unknown as CommandModule)
      .demandCommand(1, importMsg.needKind())
      .example('$0 import orders orders.csv --time-zone Asia/Shanghai', 'order history and summary beside the CSV')
      .example('$0 import stock stock.csv', 'stock snapshot beside the CSV'),
  handler: () => {},
};
