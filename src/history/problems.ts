/**
 * Located problems of an import (a CSV row, a header, a mapping file) and the errors that
 * carry them. A problem has the same shape as a scenario problem (`src/scenario/errors.ts`),
 * so the CLI prints both alike: `file:line:column  field  got X, expected Y`.
 */
import { formatProblem, sortProblems, type Problem } from '../scenario/errors.js';

/**
 * The kinds of bad rows and bad files, as counted in the summary (`docs/history.md`, Errors).
 * Row kinds skip the row; file kinds stop the import.
 */
export type ProblemKind =
  // the file as a whole (the import stops)
  | 'file-unreadable'
  | 'not-utf8'
  | 'bad-csv'
  | 'empty-file'
  | 'missing-column'
  | 'duplicate-column'
  | 'bad-mapping'
  | 'no-rows'
  // one row (skipped, counted)
  | 'column-count'
  | 'missing-value'
  | 'bad-date'
  | 'bad-quantity'
  | 'bad-price'
  | 'unknown-country'
  | 'bad-returned'
  | 'delivery-before-order'
  | 'order-inconsistent'
  | 'duplicate-line'
  | 'order-split'
  | 'bad-on-hand'
  | 'duplicate-row';

/**
 * One thing wrong, located for a person to fix: a scenario `Problem` (same fields, same
 * one-line format, `formatProblem`) with its kind. `line` is the file's 1-based physical line
 * where the row starts; `column` the 1-based field number in the row (1 when no field is
 * involved); both 0 for a problem with the file as a whole. `path` is the column's header
 * name (or the mapping key), '' when none.
 */
export interface ImportProblem extends Problem {
  kind: ProblemKind;
}

/**
 * An import that cannot go on: a file-level problem (not UTF-8, a missing column, a bad
 * mapping) or `--max-errors` bad rows. Carries the problems found so far, in line order;
 * the CLI prints them (no stack trace) and exits 2. Nothing has been written.
 *
 * @example
 * try { await importOrders(opts); } catch (e) { if (e instanceof ImportError) print(e.problems); }
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly problems: readonly ImportProblem[];
  readonly context: { file: string; problems: readonly ImportProblem[]; stoppedAtMaxErrors: boolean };

  constructor(
    problems: readonly ImportProblem[],
    readonly stoppedAtMaxErrors = false,
  ) {
    const sorted = sortProblems(problems);
    super(sorted.map(formatProblem).join('\n'));
    this.problems = sorted;
    this.context = { file: sorted[0]?.file ?? '', problems: sorted, stoppedAtMaxErrors };
  }
}

/**
 * A history or stock-snapshot file that is not what its reader expects: another format, a
 * version this build does not know, a truncated or damaged body. The message names the file.
 *
 * @example
 * try { await readOrderHistory(path); } catch (e) { if (e instanceof HistoryFormatError) console.error(e.message); }
 */
export class HistoryFormatError extends Error {
  override readonly name = 'HistoryFormatError';
  readonly context: { file: string };
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.context = { file };
  }
}

/** A problem about the file as a whole (no line, no column). */
export function fileProblem(kind: ProblemKind, file: string, note: string): ImportProblem {
  return { kind, file, line: 0, column: 0, path: '', got: '', expected: '', note };
}
