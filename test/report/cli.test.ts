/**
 * `poolsim report` as a user runs it (the built CLI: `npm test` builds first; alone, run
 * `npx tsc -p tsconfig.json` before this test).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsExpectedVersion } from '../../src/experiment/messages.js';
import { hasStackTrace, poolsim } from '../cli/run-cli.js';
import { REPORT_FIXTURE } from './support/fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'poolsim-report-cli-'));

describe('poolsim report', () => {
  it('re-renders a saved results file and prints the path of the report', () => {
    const dir = tmp();
    const results = join(dir, 'results.json');
    copyFileSync(REPORT_FIXTURE, results);
    const r = poolsim(['report', results, '--lang', 'zh', '--no-images']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(dir, 'report.zh.html'));
    expect(existsSync(join(dir, 'report.zh.md'))).toBe(true);
  });

  it('writes into --out', () => {
    const out = tmp();
    const r = poolsim(['report', REPORT_FIXTURE, '--out', out, '--no-images']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(out, 'report.html'));
  });

  it('a file that is not a results file is bad input (exit 2): located problems, no stack trace', () => {
    const file = join(tmp(), 'x.json');
    writeFileSync(file, '{"hello": 1}');
    const r = poolsim(['report', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1:1  schemaVersion  got nothing, expected "2"`);
    expect(r.stderr).toContain(`${file}:1:11  hello  got unknown key "hello"`);
    expect(r.stderr).toMatch(new RegExp(`^bad ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  \\(\\d+ problems: not a results file`, 'm'));
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('checks every field against the results schema before rendering, and writes nothing for a bad file', () => {
    const dir = tmp();
    const file = join(dir, 'results.json');
    const r = JSON.parse(readFileSync(REPORT_FIXTURE, 'utf8')) as { setups: Record<string, { summary: { onTimeRate: { ci95: unknown } } }> };
    const name = Object.keys(r.setups)[0];
    r.setups[name].summary.onTimeRate.ci95 = [0.9];
    const text = JSON.stringify(r, null, 2);
    writeFileSync(file, text);
    const out = poolsim(['report', file, '--no-images']);
    expect(out.code).toBe(2);
    // the line of that ci95: the first "ci95" after the setup's "onTimeRate"
    const from = text.indexOf('"onTimeRate"', text.indexOf('"summary"', text.indexOf('"setups"')));
    const line = text.slice(0, text.indexOf('"ci95"', from)).split('\n').length;
    expect(out.stderr).toContain(`${file}:${line}:19  setups.${name}.summary.onTimeRate.ci95  got [0.9], expected a list of at least 2 items or null`);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  });

  it('an older schema version says which one this poolsim reads', () => {
    const file = join(tmp(), 'results.json');
    writeFileSync(file, readFileSync(REPORT_FIXTURE, 'utf8').replace('"schemaVersion": 2', '"schemaVersion": 1'));
    const r = poolsim(['report', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`schemaVersion  got 1, expected ${resultsExpectedVersion(2)}`);
  });

  it('an unknown language is a usage error', () => {
    const r = poolsim(['report', REPORT_FIXTURE, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lang/);
  });
});
