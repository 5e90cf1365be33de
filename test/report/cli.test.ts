/**
 * `poolsim report` as a user runs it (the built CLI: `npm test` builds first; alone, run
 * `npx tsc -p tsconfig.json` before this test).
 */
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as msg from '../../src/report/messages.js';
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

  it('a file that is not a results file is bad input (exit 2), one clean line', () => {
    const file = join(tmp(), 'x.json');
    writeFileSync(file, '{"hello": 1}');
    const r = poolsim(['report', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg.resultsNotResults(file, 'schemaVersion'));
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('an unknown language is a usage error', () => {
    const r = poolsim(['report', REPORT_FIXTURE, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lang/);
  });
});
