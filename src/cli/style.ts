/**
 * Terminal colour, only where it helps and only where it works: on a TTY, unless `NO_COLOR`
 * is set (https://no-color.org) or `TERM=dumb`; `FORCE_COLOR=1` turns it on anywhere
 * (`FORCE_COLOR=0` off).
 */

/** Text styling functions; identity functions when colour is off. */
export interface Style {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

/** True when output to `stream` should be coloured, given the environment. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

/**
 * The style for a stream.
 *
 * @example
 * const err = styleFor(process.stderr);
 * process.stderr.write(`${err.red('error')} …\n`);
 */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const on = colorEnabled(stream, env);
  return on
    ? { enabled: true, bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), cyan: sgr(36, 39) }
    : { enabled: false, bold: plain, dim: plain, red: plain, green: plain, cyan: plain };
}
