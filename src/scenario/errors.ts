/**
 * `ScenarioError`: everything wrong with one scenario file, reported at once.
 */
import { msg } from './messages.js';

/**
 * One thing wrong with a scenario file, located for a person to fix.
 *
 * `line`/`column` are 1-based; both are 0 when the problem concerns the file as a whole
 * (missing, a directory, binary…). `path` is the field path (`warehouses[2].pickers`), or ''
 * when no field is involved. A mismatch fills `got` and `expected`; a problem that is not a
 * value mismatch (a YAML syntax error, a file error) leaves them '' and says it in `note`.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  path: string;
  got: string;
  expected: string;
  note?: string;
}

/**
 * Formats one problem in compiler style, one line:
 * `file:line:col  path  got X, expected Y`, or `file:line:col  note`, or `file: note`
 * for problems about the whole file.
 *
 * @example
 * formatProblem({ file: 'a.yaml', line: 3, column: 5, path: 'warehouses[0].pickers', got: '-2', expected: 'an integer > 0' });
 * // 'a.yaml:3:5  warehouses[0].pickers  got -2, expected an integer > 0'
 */
export function formatProblem(p: Problem): string {
  if (p.line === 0) return `${p.file}: ${p.note ?? `got ${p.got}, expected ${p.expected}`}`;
  const where = `${p.file}:${p.line}:${p.column}`;
  const what = p.note ?? `got ${p.got}, expected ${p.expected}`;
  return p.path === '' ? `${where}  ${what}` : `${where}  ${p.path}  ${what}`;
}

/**
 * Something about a valid scenario a person should know before running it (a study that will
 * be slow), located at the field it is about: `file:line:col  path  message`.
 */
export interface Warning {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

/**
 * Formats one warning in compiler style, one line (without the word "warning").
 * @example formatWarning({ file: 'a.yaml', line: 20, column: 9, path: 'catalogue.skus', message: 'setting up …' });
 * // 'a.yaml:20:9  catalogue.skus  setting up …'
 */
export function formatWarning(w: Warning): string {
  return `${w.file}:${w.line}:${w.column}  ${w.path}  ${w.message}`;
}

/** Orders problems as a reader meets them: by line, then column (stable otherwise). */
export function sortProblems<T extends Problem>(problems: readonly T[]): T[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * A scenario file that cannot be used. Carries every problem found (not just the first);
 * its message is one compiler-style line per problem (see {@link formatProblem}), so it can be
 * printed as is, without a stack trace.
 *
 * @example
 * try { await loadScenario('study.yaml'); }
 * catch (e) { if (e instanceof ScenarioError) console.error(e.message); }
 */
/** Most problems listed for one file; a last line counts the others. */
export const MAX_PROBLEMS = 200;

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  /** The problems, in file order. Never empty. */
  readonly problems: readonly Problem[];
  /** Machine-readable context: the file and its problems. */
  readonly context: { file: string; problems: readonly Problem[] };

  constructor(problems: readonly Problem[]) {
    let sorted = sortProblems(problems);
    // a hostile file can have 100,000 problems: the first ones say what is wrong
    if (sorted.length > MAX_PROBLEMS) sorted = [...sorted.slice(0, MAX_PROBLEMS), fileProblem(sorted[0].file, msg.moreProblems(sorted.length - MAX_PROBLEMS, MAX_PROBLEMS))];
    super(sorted.map(formatProblem).join('\n'));
    this.problems = sorted;
    this.context = { file: sorted[0]?.file ?? '', problems: sorted };
  }
}

/** Builds a problem about the whole file (no line, no field). */
export function fileProblem(file: string, note: string): Problem {
  return { file, line: 0, column: 0, path: '', got: '', expected: '', note };
}
