import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cliMsg } from '../../src/cli/messages.js';
import { msg } from '../../src/scenario/messages.js';
import { lineOf } from '../scenario/support.js';
import { ROOT, hasStackTrace, poolsim } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'poolsim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MINIMAL = 'test/fixtures/minimal.yaml';
const minimal = readFileSync(join(ROOT, MINIMAL), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Three mistakes: a bad duration, a misspelt key, a negative count.
const threeText = minimal
  .replace('    promise: 10', '    promise: 10 days')
  .replace('    pickTime: 30m', '    pickTime: 30m\n    handovr: 1h')
  .replace('      ES: 7', '      ES: 7\n  - id: DG\n    pickers: -2\n    pickTime: 30m\n    transit: {ES: 6}');
const THREE = write('three.yaml', threeText);
const [promiseLine, handoverLine, pickersLine] = ['10 days', 'handovr', 'pickers: -2'].map((s) => lineOf(threeText, s));

describe('poolsim (global)', () => {
  it('--version prints the package version', () => {
    const r = poolsim(['--version']);
    expect([r.code, r.stdout.trim()]).toEqual([EXIT.ok, pkg.version]);
  });

  it('--help lists the commands, examples and exit codes', () => {
    const r = poolsim(['--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const text of ['poolsim run <scenario>', 'poolsim report', 'poolsim validate <scenario..>', 'poolsim schema', 'Examples:', 'exit codes: 0 ok, 1 run failed, 2 bad input']) {
      expect(r.stdout).toContain(text);
    }
  });

  it.each(['validate', 'schema'])('%s --help shows examples', (command) => {
    const r = poolsim([command, '--help']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('Examples:');
  });

  it('usage errors exit 2 with a hint and no stack trace', () => {
    const cases: [string[], string][] = [
      [[], cliMsg.needCommand()],
      [['validate', MINIMAL, '--frob'], 'unknown argument: frob'],
      [['valdate', MINIMAL], cliMsg.unknownCommand('valdate', 'did you mean validate?')],
    ];
    for (const [args, message] of cases) {
      const r = poolsim(args);
      expect(r.code, args.join(' ')).toBe(EXIT.badInput);
      expect(r.stderr).toContain(`poolsim: ${message}`);
      expect(r.stderr).toMatch(/run 'poolsim( \w+)? --help' for usage/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});

describe('poolsim validate', () => {
  it('prints ok with the setups for a valid file', () => {
    const r = poolsim(['validate', MINIMAL]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe(`ok ${MINIMAL}  ${cliMsg.validOk(['unmerged', 'merged'])}\n`);
    expect(r.stderr).toBe('');
  });

  it('reports all three mistakes with line numbers, exit 2, no stack trace', () => {
    const r = poolsim(['validate', THREE]);
    expect(r.code).toBe(EXIT.badInput);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${THREE}:${promiseLine}:14  markets[0].promise  got "10 days", expected a duration such as 2, "30m", "4h", "2d" or "1w"`,
      `${THREE}:${handoverLine}:5  warehouses[0].handovr  got ${msg.gotUnknownKey('handovr')}, expected ${msg.expectedDidYouMean('handover')}`,
      `${THREE}:${pickersLine}:14  warehouses[1].pickers  got -2, expected an integer > 0`,
      `bad ${THREE}  ${cliMsg.validBad(3)}`,
    ]);
    expect(r.stdout).toBe('');
  });

  it('checks every file given and gives each file-level error one line', () => {
    const missing = join(dir, 'missing.yaml');
    const folder = dir;
    const binary = write('binary.yaml', 'name: x\u0000');
    const huge = write('huge.yaml', `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const broken = write('broken.yaml', 'name: x\nmarkets: [ES\n');
    const r = poolsim(['validate', MINIMAL, missing, folder, binary, huge, broken]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stdout).toContain(`ok ${MINIMAL}`);
    const err = r.stderr.split('\n');
    expect(err).toContain(`${missing}: ${msg.fileMissing()}`);
    expect(err).toContain(`${folder}: ${msg.fileIsDirectory()}`);
    expect(err).toContain(`${binary}: ${msg.fileBinary(7)}`);
    expect(err.some((l) => l.startsWith(`${huge}: is 5.0 MB, over the 5.0 MB limit`))).toBe(true);
    expect(err.some((l) => /^.+:\d+:\d+  yaml syntax error: /.test(l) && l.startsWith(`${broken}:`))).toBe(true);
    expect(err).toContain(cliMsg.validSummary(5, 6));
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('--json prints every verdict as data', () => {
    const r = poolsim(['validate', '--json', MINIMAL, THREE]);
    expect(r.code).toBe(EXIT.badInput);
    const results = JSON.parse(r.stdout) as { file: string; ok: boolean; setups: string[]; problems: { line: number; path: string }[] }[];
    expect(results.map((x) => x.ok)).toEqual([true, false]);
    expect(results[0].setups).toEqual(['unmerged', 'merged']);
    expect(results[1].problems.map((p) => [p.line, p.path])).toEqual([
      [promiseLine, 'markets[0].promise'],
      [handoverLine, 'warehouses[0].handovr'],
      [pickersLine, 'warehouses[1].pickers'],
    ]);
  });

  it('colours only when asked or on a terminal (plain output is checked exactly above)', () => {
    expect(poolsim(['validate', THREE], { FORCE_COLOR: '1' }).stderr).toContain('\u001b[');
  });
});

describe('poolsim schema', () => {
  const committed = readFileSync(join(ROOT, 'schema/scenario.schema.json'), 'utf8');

  it('prints the JSON Schema, identical to the committed file', () => {
    const r = poolsim(['schema']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe(committed);
  });

  it('--out writes it to a file', () => {
    const out = join(dir, 'scenario.schema.json');
    const r = poolsim(['schema', '--out', out]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe(`${cliMsg.wrote(out)}\n`);
    expect(readFileSync(out, 'utf8')).toBe(committed);
  });

  it('--out into a missing folder fails with exit 1 and one line; the stack only with POOLSIM_DEBUG=1', () => {
    const out = join(dir, 'no', 'such', 'dir.json');
    const r = poolsim(['schema', '--out', out]);
    expect(r.code).toBe(EXIT.runFailed);
    expect(r.stderr).toBe(`poolsim: ${cliMsg.cannotWrite(out, 'ENOENT')}\n`);
    const debug = poolsim(['schema', '--out', out], { POOLSIM_DEBUG: '1' });
    expect(debug.code).toBe(EXIT.runFailed);
    expect(hasStackTrace(debug.stderr)).toBe(true);
  });
});
