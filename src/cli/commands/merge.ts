/**
 * `poolsim merge <files…> --out DIR`: combines shard results into the files an unsharded
 * run (or sweep) writes — byte-identical outside the `run` block.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { mergeFiles } from '../../experiment/merge-files.js';
import { EXIT } from '../exit-codes.js';
import { runMsg } from '../run-messages.js';
import { asUsage } from '../study-options.js';

interface MergeArgs {
  files: string[];
  out: string;
  force: boolean;
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <files..>',
  describe: 'combine shard results (results.json files, raw replications beside them) into one run or sweep',
  builder: (y: Argv) =>
    y
      .positional('files', { describe: 'results.json files of the shards', type: 'string', array: true, demandOption: true })
      .option('out', { describe: 'output folder', type: 'string', demandOption: true })
      .option('force', { describe: 'write into an --out folder that already holds files', type: 'boolean', default: false })
      .example('$0 merge /data/study/shard-*/results.json --out /data/study/all', 'the shards of one run')
      .example('$0 merge /data/sweep/point-*/results.json --out /data/sweep-all', 'a sharded sweep: points and sweep table') as unknown as Argv<MergeArgs>,
  handler: async (args: ArgumentsCamelCase<MergeArgs>) => {
    const outcome = await asUsage('merge', () => mergeFiles(args.files, args.out, args.force));
    process.stderr.write(`${runMsg.merged(args.files.length, outcome.dir)}\n`);
    for (const f of outcome.resultsFiles) process.stdout.write(`${f}\n`);
    for (const f of outcome.tableFiles) process.stdout.write(`${runMsg.wroteTable(f)}\n`);
    if (outcome.partial) process.stderr.write(`poolsim: ${runMsg.mergedPartial()}\n`);
    process.exitCode = EXIT.ok;
  },
};
