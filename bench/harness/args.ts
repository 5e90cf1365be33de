import { parseArgs } from 'node:util';
import type { Clock } from './types.js';

/** Options of `npm run bench -- [options]`. */
export interface BenchArgs {
  /** Fewer samples, smaller slow tasks: the whole run in under a minute. */
  quick: boolean;
  /** Timer of the single-threaded tasks: wall (default) or this process's CPU time. */
  clock: Clock;
  /** Older results file to compare with; tasks > 15% slower are flagged. */
  compare?: string;
  /** Regression threshold of `--compare`, as a fraction (default 0.15). */
  threshold: number;
  /** Suites to run (default: all). */
  suites: string[];
  /** Also write the run to `bench/baseline.json`. */
  saveBaseline: boolean;
  /** Folder for `<date>-<host>.json` (default `bench/results`). */
  resultsDir: string;
  help: boolean;
}

/** Usage text of the bench entry point. */
export const USAGE = `usage: npm run bench -- [--quick] [--suite NAME ...] [--compare OLD.json] [--threshold 0.15]
                          [--clock wall|cpu] [--save-baseline] [--results-dir DIR]
  --quick          fewer samples and smaller slow tasks (under a minute)
  --clock cpu      time single-threaded tasks by this process's CPU time (steadier when
                   other processes share the cores); threads and child processes use wall
  --suite NAME     run only this suite (repeatable): kernel, random, allocator, router, e2e,
                   memory, import, large
  --compare FILE   flag tasks more than --threshold slower than in FILE (never fails the run)
  --save-baseline  also write the run to bench/baseline.json`;

/**
 * Parses the bench command line (`process.argv.slice(2)`).
 * @throws TypeError on an unknown option or a missing value (from node's `parseArgs`).
 * @example parseBenchArgs(['--quick', '--compare', 'bench/baseline.json'])
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      clock: { type: 'string', default: 'wall' },
      compare: { type: 'string' },
      threshold: { type: 'string', default: '0.15' },
      suite: { type: 'string', multiple: true },
      'save-baseline': { type: 'boolean', default: false },
      'results-dir': { type: 'string', default: 'bench/results' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const threshold = Number(values.threshold);
  if (!(threshold > 0)) throw new TypeError(`--threshold must be a positive fraction (got ${values.threshold})`);
  const clock = values.clock ?? 'wall';
  if (clock !== 'wall' && clock !== 'cpu') throw new TypeError(`--clock must be wall or cpu (got ${clock})`);
  const args: BenchArgs = {
    quick: values.quick ?? false,
    clock,
    threshold,
    suites: (values.suite ?? []).flatMap((s) => s.split(',')).filter((s) => s.length > 0),
    saveBaseline: values['save-baseline'] ?? false,
    resultsDir: values['results-dir'] ?? 'bench/results',
    help: values.help ?? false,
  };
  if (values.compare !== undefined) args.compare = values.compare;
  return args;
}
