/**
 * `poolsim report <results.json> [--lang en|zh] [--out DIR]`: re-renders the decision report
 * of a saved results file (or a sweep's sweep.json) without simulating again.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { readCheckedResults } from '../../experiment/validate-results.js';
import { ReportInputError } from '../../report/errors.js';
import { LANGS } from '../../report/i18n/messages.js';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { reportWrite } from '../report-hook.js';

interface ReportArgs {
  results: string;
  lang: string;
  out?: string;
  images: boolean;
}

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <results>',
  describe: 'write the decision report (HTML, Markdown, SVG/PNG charts) of a results.json or sweep.json',
  builder: (y: Argv) =>
    y
      .positional('results', { describe: 'results.json of a run, or sweep.json of a sweep', type: 'string', demandOption: true })
      .option('lang', { describe: 'report language', choices: [...LANGS], default: 'en' })
      .option('out', { describe: 'output folder (default: the folder of the results file)', type: 'string' })
      .option('images', { describe: 'render charts/*.svg and *.png (--no-images: HTML, Markdown and specs only)', type: 'boolean', default: true })
      .example('$0 report reports/default-study-20250301-140509/results.json', 'English report next to the results')
      .example('$0 report results.json --lang zh', 'Chinese report: report.zh.html, report.zh.md, charts/*.zh.png')
      .example('$0 report sweep/sweep.json --out /tmp/sweep-report', 'report of a sweep, written elsewhere') as unknown as Argv<ReportArgs>,
  handler: async (args: ArgumentsCamelCase<ReportArgs>) => {
    // the report layer (vega, vega-lite, resvg) takes about a third of a second to load:
    // imported here, so `poolsim report --help` and usage errors do not pay for it
    const { writeReportFiles } = await import('../../report/index.js');
    // the file must follow the results schema before the report reads a field of it (located problems, exit 2)
    readCheckedResults(args.results, { sweep: true });
    try {
      const written = await reportWrite(() =>
        writeReportFiles(args.results, {
          lang: args.lang,
          outDir: args.out,
          skipImages: !args.images,
          onWarning: (w) => process.stderr.write(`poolsim: ${w}\n`),
        }),
      );
      process.stdout.write(`${written.html}\n`);
    } catch (e) {
      if (e instanceof ReportInputError) throw new CliError(e.message, EXIT.badInput, e.context);
      throw e;
    }
  },
};
