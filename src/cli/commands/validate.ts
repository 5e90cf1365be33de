/**
 * `poolsim validate <scenario..>`: checks scenario files without running them.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { loadStudyScenario } from '../../experiment/load-study-scenario.js';
import { ScenarioError, formatWarning } from '../../scenario/index.js';
import type { Problem, Warning } from '../../scenario/index.js';
import { EXIT } from '../exit-codes.js';
import { cliMsg } from '../messages.js';
import { styleProblem } from '../print-problems.js';
import { styleFor } from '../style.js';

interface ValidateArgs {
  scenario: string[];
  json: boolean;
}

/** One file's verdict, as `--json` prints it. */
export interface ValidateResult {
  file: string;
  ok: boolean;
  setups: string[];
  problems: Problem[];
  /** About a valid file: a study that will be slow (docs/scenario.md, Limits and warnings). */
  warnings: Warning[];
}

async function check(file: string): Promise<ValidateResult> {
  try {
    const { scenario, warnings } = await loadStudyScenario(file);
    return { file, ok: true, setups: scenario.setups.map((s) => s.name), problems: [], warnings };
  } catch (e) {
    if (e instanceof ScenarioError) return { file, ok: false, setups: [], problems: [...e.problems], warnings: [] };
    throw e;
  }
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <scenario..>',
  describe: 'check scenario files: every problem, with file, line:col, field, value and what was expected',
  builder: (y: Argv) =>
    y
      .positional('scenario', { describe: 'scenario files (.yaml, .yml or .json)', type: 'string', array: true, demandOption: true })
      .option('json', { describe: 'print the results as JSON on stdout', type: 'boolean', default: false })
      .example('$0 validate scenarios/default.yaml', 'check one file')
      .example('$0 validate scenarios/*.yaml', 'check several; exit code 2 if any is invalid')
      .example('$0 validate --json study.yaml', 'machine-readable problems') as unknown as Argv<ValidateArgs>,
  handler: async (args: ArgumentsCamelCase<ValidateArgs>) => {
    const results: ValidateResult[] = [];
    for (const file of args.scenario) results.push(await check(file));
    const bad = results.filter((r) => !r.ok).length;
    if (args.json) {
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    } else {
      const out = styleFor(process.stdout);
      const err = styleFor(process.stderr);
      for (const r of results) {
        if (r.ok) {
          process.stdout.write(`${out.green('ok')} ${r.file}  ${cliMsg.validOk(r.setups)}\n`);
          for (const w of r.warnings) process.stderr.write(`${err.cyan('warning')} ${formatWarning(w)}\n`);
        } else {
          for (const p of r.problems) process.stderr.write(`${styleProblem(p, err)}\n`);
          process.stderr.write(`${err.red('bad')} ${r.file}  ${cliMsg.validBad(r.problems.length)}\n`);
        }
      }
      if (results.length > 1 && bad > 0) process.stderr.write(`${cliMsg.validSummary(bad, results.length)}\n`);
    }
    if (bad > 0) process.exitCode = EXIT.badInput;
  },
};
