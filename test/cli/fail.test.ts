import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError, UsageError } from '../../src/cli/cli-error.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { reportFailure } from '../../src/cli/fail.js';
import { cliMsg } from '../../src/cli/messages.js';
import { ScenarioError } from '../../src/scenario/index.js';
import { hasStackTrace } from './run-cli.js';

/** A stderr stand-in that records what is written (not a TTY, so no colour). */
function sink(): Writable & { text: string } {
  const s = new Writable({
    write(chunk, _enc, done) {
      s.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  s.text = '';
  return s;
}

const saved = process.env.POOLSIM_DEBUG;
afterEach(() => {
  if (saved === undefined) delete process.env.POOLSIM_DEBUG;
  else process.env.POOLSIM_DEBUG = saved;
});

describe('reportFailure', () => {
  it('prints scenario problems as they are, exit 2', () => {
    delete process.env.POOLSIM_DEBUG;
    const out = sink();
    const error = new ScenarioError([{ file: 'a.yaml', line: 3, column: 5, path: 'x', got: '1', expected: 'a string' }]);
    expect(reportFailure(error, out)).toBe(EXIT.badInput);
    expect(out.text).toBe('a.yaml:3:5  x  got 1, expected a string\n');
  });

  it('prints a usage error with the help hint, exit 2', () => {
    delete process.env.POOLSIM_DEBUG;
    const out = sink();
    expect(reportFailure(new UsageError('unknown argument: frob', 'run'), out)).toBe(EXIT.badInput);
    expect(out.text).toBe(`poolsim: unknown argument: frob\n${cliMsg.usageHint('run')}\n`);
  });

  it('uses a CliError’s own exit code', () => {
    delete process.env.POOLSIM_DEBUG;
    const out = sink();
    expect(reportFailure(new CliError('run failed: 3 replications crashed', EXIT.runFailed), out)).toBe(EXIT.runFailed);
    expect(out.text).toBe('poolsim: run failed: 3 replications crashed\n');
  });

  it('prints an unexpected error as one line plus a hint, exit 1, no stack', () => {
    delete process.env.POOLSIM_DEBUG;
    const out = sink();
    expect(reportFailure(new TypeError('x is undefined\nmore detail'), out)).toBe(EXIT.runFailed);
    expect(out.text).toBe(`poolsim: ${cliMsg.unexpected('x is undefined')}\n${cliMsg.debugHint()}\n`);
    expect(hasStackTrace(out.text)).toBe(false);
  });

  it('adds the stack with POOLSIM_DEBUG=1', () => {
    process.env.POOLSIM_DEBUG = '1';
    const out = sink();
    reportFailure(new TypeError('x is undefined'), out);
    expect(hasStackTrace(out.text)).toBe(true);
    expect(out.text).not.toContain(cliMsg.debugHint());
  });
});
