/**
 * `poolsim sweep <scenario> --vary path=v1,v2,…`: a grid of scenario variants with the same
 * seeds at every point; one results folder per point plus sweep.json / sweep.csv.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { replicationFailed, rerunHint } from '../../experiment/messages.js';
import { runSweep, type SweepOutcome } from '../../experiment/sweep/run-sweep.js';
import { parseVary } from '../../experiment/sweep/vary.js';
import { EXIT } from '../exit-codes.js';
import { renderReport } from '../report-hook.js';
import { runMsg } from '../run-messages.js';
import { sweepSummary } from '../sweep-summary.js';
import { asUsage, commonOptionsOf, commonStudyOptions, type CommonStudyArgs } from '../study-options.js';
import { StudyProgress } from '../study-progress.js';

interface SweepArgs extends CommonStudyArgs {
  vary: string[];
}

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: 'sweep <scenario>',
  describe: 'run a grid of scenario variants (same seeds at every point) and tabulate where merging pays',
  builder: (y: Argv) =>
    commonStudyOptions(y)
      .option('vary', {
        describe: 'scenario path and its values: path=v1,v2,… (repeat for a grid)',
        type: 'string',
        array: true,
        demandOption: true,
      })
      .example('$0 sweep scenarios/default.yaml --vary demand.crossShopBasketShare=0,0.1,0.2', 'one axis, three points')
      .example('$0 sweep study.yaml --vary catalogue.sharedSkuShare=0.2,0.5 --vary shops[0].ordersPerDay=50,200', 'a 2 × 2 grid')
      .example('$0 sweep study.yaml --vary returns.latenessPerDay=0,0.01 --shard auto/4 --out /data/sweep', 'one shard of the points') as unknown as Argv<SweepArgs>,
  handler: async (args: ArgumentsCamelCase<SweepArgs>) => {
    const options = await asUsage('sweep', () => ({
      ...commonOptionsOf(args),
      axes: args.vary.map(parseVary),
    }));
    const live = new StudyProgress(args.quiet);
    let outcome: SweepOutcome;
    try {
      outcome = await asUsage('sweep', () =>
        runSweep({
          ...options,
          interrupt: live.interrupt,
          progress: {
            ...live.hooks,
            point: (index, count, values) =>
              live.nextBar(`point ${index + 1}/${count}`, Object.entries(values).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')),
          },
        }),
      );
    } finally {
      live.close();
    }
    const err = (line: string) => process.stderr.write(`${line}\n`);
    for (const f of outcome.failures) {
      err(`poolsim: point ${f.point + 1}: ${replicationFailed(f.replication, f.seed, f.message)}`);
      err(`  ${rerunHint(f.rerun)}`);
    }
    if (outcome.table) process.stdout.write(`\n${sweepSummary(outcome.table)}\n`);
    for (const file of outcome.tableFiles) process.stdout.write(`${runMsg.wroteTable(file)}\n`);
    if (options.shard) process.stdout.write(`${runMsg.sweepShardHint(outcome.dir)}\n`);
    else if (outcome.tableFiles.length === 0) process.stdout.write(`${outcome.dir}\n`);
    const sweepJsonFile = outcome.tableFiles.find((f) => f.endsWith('.json'));
    if (args.report && sweepJsonFile && !outcome.interrupted && outcome.failures.length === 0) {
      const report = await renderReport(sweepJsonFile, args.lang, (w) => err(`poolsim: ${runMsg.reportWarning(w)}`));
      process.stdout.write(`${runMsg.wroteReport(report)}\n`);
    }
    process.exitCode = outcome.interrupted ? EXIT.interrupted : outcome.failures.length > 0 ? EXIT.runFailed : EXIT.ok;
  },
};
