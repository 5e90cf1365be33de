/**
 * Printing scenario problems in compiler style, coloured on a terminal.
 */
import type { Problem } from '../scenario/index.js';
import { formatProblem } from '../scenario/errors.js';
import type { Style } from './style.js';

/**
 * One problem as one line, `file:line:col  path  got X, expected Y`, with the location in
 * bold and the path in cyan when `style` is enabled; identical to `formatProblem` otherwise.
 */
export function styleProblem(p: Problem, style: Style): string {
  if (!style.enabled) return formatProblem(p);
  if (p.line === 0) return `${style.bold(`${p.file}:`)} ${p.note ?? ''}`;
  const where = style.bold(`${p.file}:${p.line}:${p.column}`);
  const what = p.note ?? `got ${style.red(p.got)}, expected ${style.green(p.expected)}`;
  return p.path === '' ? `${where}  ${what}` : `${where}  ${style.cyan(p.path)}  ${what}`;
}
