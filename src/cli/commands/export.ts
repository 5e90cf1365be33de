/**
 * `poolsim export orders <scenario>`: writes the synthetic order stream of one replication as
 * an order-export CSV (the format `poolsim import orders` reads), streamed and atomic. A bad
 * scenario prints its problems as `poolsim validate` does (exit 2). No simulation.
 */
import { existsSync } from 'node:fs';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { AtomicFileWriter } from '../../experiment/output/atomic-write.js';
import { writeOrderExport, type OrderExportCounts } from '../../experiment/output/order-export.js';
import { applyOverrides, parseDurationOption, type RunOverrides } from '../../experiment/scenario-overrides.js';
import { ModelInputError } from '../../model/errors.js';
import { ScenarioError, loadScenario } from '../../scenario/index.js';
import type { Scenario } from '../../scenario/index.js';
import { CliError, UsageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { exportMsg } from '../export-messages.js';
import { cliMsg } from '../messages.js';
import { styleProblem } from '../print-problems.js';
import { asUsage } from '../study-options.js';
import { styleFor } from '../style.js';

const COMMAND = 'export orders';
/** Day 0 of an export without `--start`. */
export const DEFAULT_START = '2026-01-01';

interface ExportOrdersArgs {
  scenario: string;
  replication: number;
  start: string;
  out?: string;
  force: boolean;
  warmup?: string;
  horizon?: string;
}

/**
 * 00:00 UTC of a `YYYY-MM-DD` date, in ms since the epoch.
 * @throws UsageError for anything else, or a date that does not exist (2026-02-30)
 * @example startMsOf('2026-01-01'); // Date.UTC(2026, 0, 1)
 */
export function startMsOf(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const ms = m === null ? NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== text.trim()) {
    throw new UsageError(exportMsg.badStart(text), COMMAND);
  }
  return ms;
}

/** The file when `--out` is not given: `<scenario name>-orders-r<k>.csv` in the current folder. */
export const defaultOutOf = (scenarioName: string, replication: number): string => `${scenarioName}-orders-r${replication}.csv`;

/** Loads the scenario; a bad file prints its problems as `poolsim validate` does and yields null (exit 2). */
async function loadOrReport(file: string): Promise<Scenario | null> {
  try {
    return (await loadScenario(file)).scenario;
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const err = styleFor(process.stderr);
    for (const p of e.problems) process.stderr.write(`${styleProblem(p, err)}\n`);
    process.stderr.write(`${err.red('bad')} ${file}  ${cliMsg.validBad(e.problems.length)}\n`);
    return null;
  }
}

/** Streams the export into a temporary file beside `out` and puts it in place. */
function writeExport(scenario: Scenario, file: string, a: { out: string; force: boolean; replication: number; startMs: number }): OrderExportCounts {
  let writer: AtomicFileWriter;
  try {
    writer = new AtomicFileWriter(a.out);
  } catch (e) {
    throw new CliError(cliMsg.cannotWrite(a.out, errCode(e)), EXIT.runFailed);
  }
  try {
    const counts = writeOrderExport(scenario, { replication: a.replication, startMs: a.startMs }, writer);
    writer.commit({ replace: a.force });
    return counts;
  } catch (e) {
    writer.abort();
    if (e instanceof ModelInputError) throw new CliError(exportMsg.cannotBuild(file, e.message), EXIT.badInput);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(exportMsg.outExists(a.out), COMMAND);
    if ((e as NodeJS.ErrnoException).code !== undefined) throw new CliError(cliMsg.cannotWrite(a.out, errCode(e)), EXIT.runFailed);
    throw e;
  }
}

const errCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

const ordersCommand: CommandModule<object, ExportOrdersArgs> = {
  command: 'orders <scenario>',
  describe: 'write the synthetic order stream of one replication as an order-export CSV (the format poolsim import orders reads)',
  builder: (y: Argv) =>
    y
      .positional('scenario', { describe: 'scenario file (.yaml, .yml or .json)', type: 'string', demandOption: true })
      .option('replication', { describe: 'replication whose orders to write (0-based)', type: 'number', default: 0, requiresArg: true })
      .option('start', { describe: 'calendar date of day 0 (00:00 UTC)', type: 'string', default: DEFAULT_START, requiresArg: true })
      .option('out', {
        alias: 'o',
        describe: 'CSV file to write (atomically)',
        type: 'string',
        requiresArg: true,
        defaultDescription: '<scenario name>-orders-r<k>.csv',
      })
      .option('force', { describe: 'replace --out if it exists', type: 'boolean', default: false })
      .option('warmup', { describe: 'warm-up, overriding the scenario: days, or 30d, 4w, 12h', type: 'string', requiresArg: true })
      .option('horizon', { describe: 'measured days after the warm-up, overriding the scenario: days, or 52w, 90d', type: 'string', requiresArg: true })
      .example('$0 export orders scenarios/default.yaml', 'writes default-orders-r0.csv: 455 days of orders (warm-up + horizon)')
      .example('$0 export orders scenarios/default.yaml --warmup 0 --horizon 14 --out orders.csv', 'two weeks of orders from 2026-01-01')
      .example('$0 export orders study.yaml --replication 3 --start 2026-09-14 --force', 'replication 3, day 0 on 14 September')
      .epilogue(
        'columns: order_id, shop_id, order_time, sku, quantity, unit_price, country, category; one row per order line\n' +
          'orders placed in [0, warm-up + horizon) of the baseline setup (without search-badge uplift); docs/cli.md (poolsim export orders)\n' +
          'exit codes: 0 written, 1 cannot write, 2 bad scenario file or usage (also: --out exists without --force)',
      ) as unknown as Argv<ExportOrdersArgs>,
  handler: async (args: ArgumentsCamelCase<ExportOrdersArgs>) => {
    const replication = args.replication;
    if (!Number.isInteger(replication) || replication < 0) throw new UsageError(exportMsg.badReplication(replication), COMMAND);
    const startMs = startMsOf(args.start);
    // the parsing of `poolsim run --warmup/--horizon`
    const overrides: RunOverrides = await asUsage(COMMAND, () => ({
      ...(args.warmup !== undefined ? { warmupDays: parseDurationOption('--warmup', args.warmup) } : {}),
      ...(args.horizon !== undefined ? { horizonDays: parseDurationOption('--horizon', args.horizon) } : {}),
    }));
    const loaded = await loadOrReport(args.scenario);
    if (loaded === null) {
      process.exitCode = EXIT.badInput;
      return;
    }
    const history = loaded.shared.demand.history;
    if (history !== undefined) throw new UsageError(exportMsg.historyStudy(args.scenario, history), COMMAND);
    const scenario = applyOverrides(loaded, overrides);
    const out = args.out ?? defaultOutOf(scenario.name, replication);
    // refused before any work; the final link refuses a file created meanwhile too
    if (!args.force && existsSync(out)) throw new UsageError(exportMsg.outExists(out), COMMAND);
    const counts = writeExport(scenario, args.scenario, { out, force: args.force, replication, startMs });
    process.stdout.write(`${exportMsg.exported(counts.orders, counts.lines, counts.days, out)}\n`);
  },
};

export const exportCommand: CommandModule<object, object> = {
  command: 'export',
  describe: 'write synthetic data of a scenario as files: orders (an order-export CSV)',
  builder: (y: Argv) =>
    y
      .command(ordersCommand)
      .demandCommand(1, exportMsg.needWhat())
      .example('$0 export orders scenarios/default.yaml --replication 0', 'the order stream of replication 0 as CSV'),
  handler: () => {},
};
