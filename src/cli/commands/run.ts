/**
 * `poolsim run <scenario>`: replications of every setup on worker threads, paired
 * comparison against the baseline, results.json + CSVs, the comparison table on stdout.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { parseTarget } from '../../experiment/plan/target-precision.js';
import { parseSets } from '../../experiment/scenario-overrides.js';
import { replicationFailed, rerunHint } from '../../experiment/messages.js';
import { runWarnings } from '../../experiment/run-warnings.js';
import { runStudy, type StudyOutcome } from '../../experiment/study.js';
import { formatWarning, type Warning } from '../../scenario/errors.js';
import { comparisonTable } from '../comparison-table.js';
import { failureSummary } from '../failure-summary.js';
import { sensitivitySummary } from '../sensitivity-summary.js';
import { transitionSummary } from '../transition-summary.js';
import { EXIT } from '../exit-codes.js';
import { renderReport } from '../report-hook.js';
import { runMsg } from '../run-messages.js';
import { asUsage, commonOptionsOf, commonStudyOptions, positiveInt, type CommonStudyArgs } from '../study-options.js';
import { pastHistory } from '../../report/sections/sources-section.js';
import { MAX_REPLICATIONS } from '../../scenario/limits.js';
import { StudyProgress } from '../study-progress.js';

interface RunArgs extends CommonStudyArgs {
  rep?: number;
  targetPrecision?: string[];
  maxReps?: number;
  set?: string[];
  sensitivity: boolean;
}

/** Prints failures, the table and where things went; returns the exit code. */
export async function finishRun(outcome: StudyOutcome, args: { report: boolean; lang: string }): Promise<number> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  for (const [i, f] of outcome.failures.entries()) {
    err(`poolsim: ${replicationFailed(f.replication, f.seed, f.message)}`);
    err(`  ${rerunHint(outcome.rerunCommands[i])}`);
  }
  const r = outcome.results;
  if (r.scenario.history?.mode === 'replay' && pastHistory(r)) err(`poolsim: ${runMsg.pastHistory(r.warmupDays + r.horizonDays, r.scenario.history.days, r.scenario.history.file)}`);
  for (const w of runWarnings(r, outcome.outputs)) err(`poolsim: ${runMsg.warning(w)}`);
  process.stdout.write(`\n${comparisonTable(outcome.results)}`);
  process.stdout.write(transitionSummary(outcome.results));
  process.stdout.write(failureSummary(outcome.results));
  process.stdout.write(sensitivitySummary(outcome.results));
  for (const f of outcome.sensitivity?.failures ?? []) err(`poolsim: sensitivity ${f.input} ×${f.factor}: ${replicationFailed(f.replication, f.seed, f.message)}`);
  if (outcome.interrupted) {
    err(`poolsim: ${runMsg.interrupted(outcome.outputs.length, outcome.resultsFile)}`);
    return EXIT.interrupted;
  }
  if (outcome.failures.length > 0 || (outcome.sensitivity?.failures.length ?? 0) > 0) {
    err(`poolsim: ${runMsg.failedSummary(outcome.failures.length, outcome.outputs.length, outcome.resultsFile)}`);
    return EXIT.runFailed;
  }
  // where the results went is output, not progress: stdout, also with --quiet
  process.stdout.write(`\n${runMsg.wroteResults(outcome.resultsFile)}\n`);
  if (args.report) {
    const report = await renderReport(outcome.resultsFile, args.lang, (w) => err(`poolsim: ${runMsg.reportWarning(w)}`));
    process.stdout.write(`${runMsg.wroteReport(report)}\n`);
  }
  return EXIT.ok;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'run a study: replications of every setup, paired comparison with 95% CIs, results.json',
  builder: (y: Argv) =>
    commonStudyOptions(y)
      .option('rep', { describe: 'run only replication K (0-based), e.g. to rerun a failed one', type: 'number' })
      .option('target-precision', {
        describe: 'add replications until every setup’s 95% CI half-width of metric is ≤ x (metric=±x or ±x%)',
        type: 'string',
        array: true,
      })
      .option('max-reps', { describe: 'cap on replications with --target-precision (default 10 × --reps)', type: 'number' })
      .option('set', { describe: 'set a scenario value before validation: path=value (repeatable)', type: 'string', array: true })
      .option('sensitivity', {
        describe: 'also vary each assumption one at a time and search the break-even values (docs/sensitivity.md); a sensitivity: block does too',
        type: 'boolean',
        default: false,
      })
      .example('$0 run scenarios/default.yaml', 'the default study, all cores')
      .example('$0 run study.yaml --reps 40 --workers 2 --out reports/study', 'explicit size and folder')
      .example('$0 run study.yaml --target-precision fulfilmentDaysMean=±0.05', 'run until the CI is tight enough')
      .example('$0 run study.yaml --rep 7 --seed 1', 'rerun replication 7 alone')
      .example('$0 run scenarios/default.yaml --sensitivity', 'what flips the verdict: tornado and break-even values')
      .example('$0 run study.yaml --shard 2/8 --out /data/study', 'one shard; merge with poolsim merge') as unknown as Argv<RunArgs>,
  handler: async (args: ArgumentsCamelCase<RunArgs>) => {
    const options = await asUsage('run', () => ({
      ...commonOptionsOf(args),
      maxReps: positiveInt('--max-reps', args.maxReps, MAX_REPLICATIONS),
      rep: args.rep,
      targets: (args.targetPrecision ?? []).map(parseTarget),
      set: parseSets(args.set ?? []),
      sensitivity: args.sensitivity,
    }));
    const live = new StudyProgress(args.quiet);
    let outcome: StudyOutcome;
    try {
      const progress = {
        ...live.hooks,
        variant: (i: number, input: string, factor: number) => live.nextBar(`sensitivity ${i + 1}`, `${input} ×${Number(factor.toPrecision(4))}`),
      };
      // warnings about the study go out before its first replication starts
      const onWarning = (w: Warning) => live.warn(`poolsim: ${runMsg.warning(formatWarning(w))}`);
      outcome = await asUsage('run', () => runStudy({ ...options, interrupt: live.interrupt, progress, onWarning }));
    } finally {
      live.close();
    }
    process.exitCode = await finishRun(outcome, args);
  },
};
