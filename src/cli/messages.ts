/**
 * The CLI layer's message catalogue. Rules (checked by `test/cli/messages.test.ts`):
 * lower-case first letter, no trailing period.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const cliMsg = {
  usageHint: (command: string) => `run 'poolsim${command ? ` ${command}` : ''} --help' for usage`,
  unknownCommand: (word: string, hint: string) => `unknown command ${JSON.stringify(word)}; ${hint}`,
  needCommand: () => 'give a command: poolsim <command> (see poolsim --help)',
  unexpected: (message: string) => `unexpected error: ${message}`,
  debugHint: () => 'run with POOLSIM_DEBUG=1 for details',
  interrupted: () => 'interrupted',
  validOk: (setups: readonly string[]) => `(${plural(setups.length, 'setup')}: ${setups.join(', ')})`,
  validBad: (problems: number) => `(${plural(problems, 'problem')})`,
  validSummary: (bad: number, files: number) => `${bad} of ${plural(files, 'file')} invalid`,
  wrote: (file: string) => `wrote ${file}`,
  cannotWrite: (file: string, reason: string) => `cannot write ${file} (${reason})`,
  cannotWriteReport: (file: string, reason: string) =>
    `cannot write ${file}: ${reason}; no report file was left half-written (each is written whole or not at all), and the results are untouched`,
  resultsBad: (problems: number) => `(${plural(problems, 'problem')}: not a results file this poolsim reads, see docs/results.md)`,
} as const;
