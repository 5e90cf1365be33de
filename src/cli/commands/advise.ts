/**
 * `poolsim advise <scenario>`: a stocking advisor for the pool — the stock target per class
 * of SKUs (A/B/C bands by default) that reaches a fill-rate or on-time target at least cost,
 * or that costs least / earns most, searched on the simulation with common random numbers;
 * the levels per class and warehouse, the figures with 95% CIs, the study at those levels.
 * A table on stdout, advice.json (atomic, never replaced without --force), progress on
 * stderr. Method and costs: docs/advise.md.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { adviceJson } from '../../experiment/advise/advice.js';
import { KNOBS, nonNegativeOption, parseClasses, parseTarget, type Knob, type Objective } from '../../experiment/advise/advise-options.js';
import { SearchFailedError, SearchInterruptedError } from '../../experiment/advise/evaluator.js';
import { adviseMsg } from '../../experiment/advise/messages.js';
import { ComparisonFailedError, DEFAULT_MAX_EVALUATIONS, runAdvice, type AdviceOutcome } from '../../experiment/advise/run-advice.js';
import { BudgetSpent } from '../../experiment/advise/search-space.js';
import { TargetUnreachableError } from '../../experiment/advise/target-search.js';
import { ExperimentUsageError } from '../../experiment/errors.js';
import { AtomicFileWriter } from '../../experiment/output/atomic-write.js';
import { Interrupt } from '../../experiment/run/interrupt.js';
import { parseSets } from '../../experiment/scenario-overrides.js';
import { ModelInputError } from '../../model/errors.js';
import { adviceTable, money, percent } from '../advice-table.js';
import { adviseCliMsg } from '../advise-messages.js';
import { CliError, UsageError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { cliMsg } from '../messages.js';
import { handleSigint } from '../sigint.js';
import { asUsage, overridesOf, positiveInt } from '../study-options.js';

const COMMAND = 'advise';
export const DEFAULT_ADVICE_FILE = 'advice.json';

interface AdviseArgs {
  scenario: string;
  target?: string;
  objective: string;
  classes: string;
  knob: string;
  holdingRate?: number;
  backorderCost?: number;
  lostSaleCost?: number;
  setup?: string;
  conservative: boolean;
  maxEvaluations: number;
  compare: boolean;
  reps?: number;
  seed?: string;
  workers: number;
  warmup?: string;
  horizon?: string;
  set?: string[];
  out: string;
  force: boolean;
  quiet: boolean;
}

/** The objective from `--target` and `--objective` (they exclude each other but for `cost`). */
function objectiveOf(a: AdviseArgs): Objective {
  if (a.target !== undefined) {
    if (a.objective !== 'cost') throw new ExperimentUsageError(adviseMsg.targetAndObjective(a.objective));
    return parseTarget(a.target);
  }
  if (a.conservative) throw new ExperimentUsageError(adviseMsg.conservativeNeedsTarget());
  return { kind: a.objective === 'netMargin' ? 'netMargin' : 'cost' };
}

const errCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Writes advice.json next to its final name and links it in (replacing only with --force). */
function writeAdvice(out: string, text: string, force: boolean): void {
  let w: AtomicFileWriter;
  try {
    w = new AtomicFileWriter(out);
  } catch (e) {
    throw new CliError(cliMsg.cannotWrite(out, errCode(e)), EXIT.runFailed);
  }
  try {
    w.write(text);
    w.commit({ replace: force });
  } catch (e) {
    w.abort();
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(adviseMsg.outExists(out), COMMAND);
    throw new CliError(cliMsg.cannotWrite(out, errCode(e)), EXIT.runFailed);
  }
}

export const adviseCommand: CommandModule<object, AdviseArgs> = {
  command: 'advise <scenario>',
  describe: 'how much stock to send into the pool: stock targets per SKU class that reach a target at least cost, searched on the simulation (docs/advise.md)',
  builder: (y: Argv) =>
    y
      .positional('scenario', { describe: 'scenario file (.yaml, .yml or .json)', type: 'string', demandOption: true })
      .option('target', { describe: 'reach fillRate=x or onTimeRate=x (0 < x < 1) at least cost', type: 'string', requiresArg: true })
      .option('objective', { describe: 'without --target: least cost, or most net margin less holding', choices: ['cost', 'netMargin'], default: 'cost' })
      .option('classes', {
        describe: 'SKU classes: abc (A/B/C = 80/15/5 % of demand), sku (one per SKU, ≤ 100), or bands NAME=share,…',
        type: 'string',
        default: 'abc',
        requiresArg: true,
      })
      .option('knob', { describe: 'the target form set per class', choices: [...KNOBS], default: 'fillRate' })
      .option('holding-rate', { describe: 'holding cost a year, share of the value at cost', type: 'number', defaultDescription: '0.25', requiresArg: true })
      .option('backorder-cost', { describe: 'US$ per unit-day backordered', type: 'number', defaultDescription: '1% of the mean unit price', requiresArg: true })
      .option('lost-sale-cost', { describe: 'US$ per unit lost (stockout: lost-sale)', type: 'number', defaultDescription: 'the mean unit margin', requiresArg: true })
      .option('setup', { describe: 'the setup whose stock to advise on', type: 'string', defaultDescription: 'the first merged setup', requiresArg: true })
      .option('conservative', { describe: 'with --target: the lower end of the 95% CI must reach it', type: 'boolean', default: false })
      .option('max-evaluations', { describe: 'budget of candidates the search may run', type: 'number', default: DEFAULT_MAX_EVALUATIONS, requiresArg: true })
      .option('compare', { describe: 'run every setup of the study at the recommended levels (--no-compare: skip)', type: 'boolean', default: true })
      .option('reps', { describe: 'replications per candidate, the same for all (default: the scenario’s replications)', type: 'number', requiresArg: true })
      .option('seed', { describe: 'seed (default: the scenario’s seed)', type: 'string', requiresArg: true })
      .option('workers', { describe: 'worker threads; 1 runs in-process', type: 'number', default: availableParallelism(), defaultDescription: 'available cores' })
      .option('warmup', { describe: 'warm-up, overriding the scenario: days, or 30d, 4w, 12h', type: 'string', requiresArg: true })
      .option('horizon', { describe: 'measured days after the warm-up, overriding the scenario', type: 'string', requiresArg: true })
      .option('set', { describe: 'set a scenario value before validation: path=value (repeatable)', type: 'string', array: true })
      .option('out', { alias: 'o', describe: 'the advice file (written atomically)', type: 'string', default: DEFAULT_ADVICE_FILE, requiresArg: true })
      .option('force', { describe: 'replace --out if it exists', type: 'boolean', default: false })
      .option('quiet', { alias: 'q', describe: 'no progress on stderr', type: 'boolean', default: false })
      .example('$0 advise scenarios/default.yaml --target fillRate=0.95 --reps 6', 'A/B/C fill-rate targets reaching 95% at least cost')
      .example('$0 advise study.yaml --objective netMargin --knob daysOfCover', 'days of cover per class for the most net margin')
      .example('$0 advise study.yaml --target onTimeRate=0.97 --conservative --classes A=0.5,B=0.3,C=0.2', 'your own bands, a sure target')
      .example('$0 advise small.yaml --classes sku --knob units --holding-rate 0.3 --out small-advice.json', 'units per SKU and warehouse')
      .epilogue(
        'method, costs and assumptions: docs/advise.md; every option: docs/cli.md (poolsim advise)\n' +
          'exit codes: 0 advice written, 1 a replication failed or the target cannot be reached, 2 bad scenario or usage (also: --out exists without --force), 130 interrupted',
      ) as unknown as Argv<AdviseArgs>,
  handler: async (args: ArgumentsCamelCase<AdviseArgs>) => {
    const options = await asUsage(COMMAND, () => ({
      file: args.scenario,
      objective: objectiveOf(args),
      classes: parseClasses(args.classes),
      knob: args.knob as Knob,
      rates: {
        ...(args.holdingRate !== undefined ? { holdingRate: nonNegativeOption('--holding-rate', args.holdingRate) } : {}),
        ...(args.backorderCost !== undefined ? { backorderCostPerUnitDay: nonNegativeOption('--backorder-cost', args.backorderCost) } : {}),
        ...(args.lostSaleCost !== undefined ? { lostSaleCostPerUnit: nonNegativeOption('--lost-sale-cost', args.lostSaleCost) } : {}),
      },
      setup: args.setup,
      conservative: args.conservative,
      maxEvaluations: positiveInt('--max-evaluations', args.maxEvaluations) ?? DEFAULT_MAX_EVALUATIONS,
      compare: args.compare,
      reps: positiveInt('--reps', args.reps),
      workers: positiveInt('--workers', args.workers) ?? 1,
      set: parseSets(args.set ?? []),
      ...overridesOf({ ...args, out: undefined, shard: undefined, report: false, lang: 'en' }),
    }));
    // refused before the search; the final link refuses a file created meanwhile too
    if (!args.force && existsSync(args.out)) throw new UsageError(adviseMsg.outExists(args.out), COMMAND);

    const interrupt = new Interrupt();
    const say = (line: string) => {
      if (!args.quiet) process.stderr.write(`${line}\n`);
    };
    const removeSigint = handleSigint(interrupt, { first: () => say(adviseCliMsg.stopping()), second: () => say(adviseCliMsg.dropping()) });
    const metricText = options.objective.kind === 'target' ? options.objective.metric : '';
    let outcome: AdviceOutcome;
    try {
      outcome = await asUsage(COMMAND, () =>
        runAdvice({
          ...options,
          interrupt,
          progress: {
            candidate: (c) =>
              say(
                adviseCliMsg.candidate(
                  c.order,
                  c.why,
                  c.values.join(' · '),
                  c.metric === null ? null : `${metricText} ${percent(c.metric)}`,
                  money(c.cost),
                  c.seconds,
                ),
              ),
            comparing: (n) => say(adviseCliMsg.comparing(n)),
          },
        }),
      );
    } catch (e) {
      if (e instanceof SearchInterruptedError || (e instanceof ComparisonFailedError && e.failure === null)) {
        process.stderr.write(`poolsim: ${adviseMsg.interrupted()}\n`);
        process.exitCode = EXIT.interrupted;
        return;
      }
      if (e instanceof SearchFailedError || e instanceof ComparisonFailedError) {
        const f = e.failure!;
        throw new CliError(adviseMsg.searchFailed(f.replication, f.seed, f.message), EXIT.runFailed);
      }
      if (e instanceof TargetUnreachableError) {
        const o = options.objective as { metric: string; value: number };
        throw new CliError(adviseMsg.unreachable(o.metric, o.value, e.best), EXIT.runFailed);
      }
      if (e instanceof BudgetSpent) throw new CliError(adviseMsg.budgetNothing(options.maxEvaluations), EXIT.runFailed);
      if (e instanceof ModelInputError) throw new CliError(e.message, EXIT.badInput);
      throw e;
    } finally {
      removeSigint();
    }
    if (outcome.advice.method.stoppedBecause === 'budget') process.stderr.write(`poolsim: ${adviseMsg.budget(options.maxEvaluations)}\n`);
    process.stdout.write(`\n${adviceTable(outcome.advice, outcome.comparison)}`);
    writeAdvice(args.out, adviceJson(outcome.advice), args.force);
    process.stdout.write(`\n${adviseCliMsg.wrote(args.out)}\n`);
  },
};
