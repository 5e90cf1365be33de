/**
 * `poolsim check <scenario>`: the pre-application readiness check. Loads the scenario (a bad
 * file prints its problems as `poolsim validate` does, exit 2), then lists what would make the
 * merge application fail: eligibility (DOMAIN §3) and EPR binding (DOMAIN §7). Exit 0 when
 * ready, 1 when not. No simulation.
 */
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { loadStudyScenario } from '../../experiment/load-study-scenario.js';
import { ScenarioError } from '../../scenario/index.js';
import type { Problem } from '../../scenario/index.js';
import { checkMsg } from '../check-messages.js';
import { EXIT } from '../exit-codes.js';
import { cliMsg } from '../messages.js';
import { styleProblem } from '../print-problems.js';
import { readinessOf, type CheckNote, type CheckViolation, type Readiness } from '../readiness.js';
import { styleFor, type Style } from '../style.js';

interface CheckArgs {
  scenario: string;
  json: boolean;
}

/**
 * What `--json` prints, keys in this order. `problems` lists the file's problems when it does
 * not load (exit 2; then `ready` is false and the other lists are empty), else it is empty.
 */
export interface CheckJson extends Readiness {
  scenario: string;
  problems: Problem[];
}

/** One violation as one line: `<group> (<skus>)  <rule>  <message> — fix: <fix>`. */
export function formatViolation(v: CheckViolation, style: Style): string {
  return `${style.bold(v.group)} (${checkMsg.skus(v.skus)})  ${style.red(v.rule)}  ${v.message} — ${checkMsg.fix()}: ${v.fix}`;
}

/** A note or warning as one line: `note: <rule>  [<group>: ]<message>`. */
export function formatNote(kind: 'note' | 'warning', n: CheckNote, style: Style): string {
  const head = kind === 'note' ? style.dim(checkMsg.note()) : style.cyan(checkMsg.warning());
  return `${head}: ${n.rule}  ${n.group === undefined ? '' : `${style.bold(n.group)}: `}${n.message}`;
}

function printText(file: string, r: Readiness): void {
  const out = styleFor(process.stdout);
  const lines = [
    ...r.violations.map((v) => formatViolation(v, out)),
    ...r.notes.map((n) => formatNote('note', n, out)),
    ...r.warnings.map((n) => formatNote('warning', n, out)),
    r.ready
      ? `${out.green(checkMsg.ready())} ${file}  ${checkMsg.readyDetail(r.notes.length, r.warnings.length)}`
      : `${out.red(checkMsg.notReady())} ${file}  ${checkMsg.notReadyDetail(r.violations.length)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check <scenario>',
  describe: 'pre-application readiness: eligibility and EPR binding, every violation with the SKUs it blocks and the fix (no simulation)',
  builder: (y: Argv) =>
    y
      .positional('scenario', { describe: 'scenario file (.yaml, .yml or .json)', type: 'string', demandOption: true })
      .option('json', { describe: 'print { scenario, ready, violations, notes, warnings, problems } as JSON on stdout', type: 'boolean', default: false })
      .example('$0 check study.yaml', 'list what would make the merge application fail')
      .example('$0 check study.yaml --json', 'the same as JSON, for scripts')
      .example('$0 check study.yaml && $0 run study.yaml', 'run the study only when the seller is ready')
      .epilogue(
        'exit codes: 0 ready (no violation), 1 not ready, 2 bad scenario file or usage\n' +
          'rules: docs/cli.md (poolsim check), fields: docs/scenario.md (seller, compliance)',
      ) as unknown as Argv<CheckArgs>,
  handler: async (args: ArgumentsCamelCase<CheckArgs>) => {
    const file = args.scenario;
    let readiness: Readiness;
    try {
      readiness = readinessOf((await loadStudyScenario(file)).scenario);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      if (args.json) {
        const json: CheckJson = { scenario: file, ready: false, violations: [], notes: [], warnings: [], problems: [...e.problems] };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        const err = styleFor(process.stderr);
        for (const p of e.problems) process.stderr.write(`${styleProblem(p, err)}\n`);
        process.stderr.write(`${err.red('bad')} ${file}  ${cliMsg.validBad(e.problems.length)}\n`);
      }
      process.exitCode = EXIT.badInput;
      return;
    }
    if (args.json) {
      const json: CheckJson = { scenario: file, ...readiness, problems: [] };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      printText(file, readiness);
    }
    process.exitCode = readiness.ready ? EXIT.ok : EXIT.notReady;
  },
};
