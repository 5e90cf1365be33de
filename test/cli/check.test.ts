import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMsg } from '../../src/cli/check-messages.js';
import { formatNote, formatViolation } from '../../src/cli/commands/check.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cliMsg } from '../../src/cli/messages.js';
import { readinessOf } from '../../src/cli/readiness.js';
import { styleFor } from '../../src/cli/style.js';
import { loadScenario } from '../../src/scenario/index.js';
import { ROOT, hasStackTrace, poolsim } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'poolsim-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASS = 'test/fixtures/check/eligibility-pass.yaml';
const FAIL = 'test/fixtures/check/epr-missing-fail.yaml';
const plain = styleFor({ isTTY: false }, {});

/** The lines `poolsim check` should print for a fixture, built from the same functions. */
async function expectedLines(file: string): Promise<string[]> {
  const r = readinessOf((await loadScenario(join(ROOT, file))).scenario);
  return [
    ...r.violations.map((v) => formatViolation(v, plain)),
    ...r.notes.map((n) => formatNote('note', n, plain)),
    ...r.warnings.map((n) => formatNote('warning', n, plain)),
    r.ready ? `ready ${file}  ${checkMsg.readyDetail(r.notes.length, r.warnings.length)}` : `not ready ${file}  ${checkMsg.notReadyDetail(r.violations.length)}`,
  ];
}

describe('poolsim check', () => {
  it('exits 0 with the notes and the verdict when the seller is ready', async () => {
    const r = poolsim(['check', PASS]);
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
    expect(r.stdout).toBe(`${(await expectedLines(PASS)).join('\n')}\n`);
    expect(r.stdout).toMatch(/^ready /m);
  });

  it('exits 1 with one line per violation: group, SKUs, rule, message and fix', async () => {
    const r = poolsim(['check', FAIL]);
    expect([r.code, r.stderr]).toEqual([EXIT.notReady, '']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual(await expectedLines(FAIL));
    expect(lines[0]).toMatch(/^garden \(ranks 101–150\)  epr-missing  .+ — fix: .+$/);
    expect(lines[1]).toMatch(/^\(ungrouped\) \(ranks 151–200\)  epr-missing  /);
  });

  it('exits 2 for a bad file, printing its problems as validate does', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'name: x\nmarkets: [ES\n');
    const r = poolsim(['check', broken]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stdout).toBe('');
    const err = r.stderr.trimEnd().split('\n');
    expect(err[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  yaml syntax error: `));
    expect(err.at(-1)).toBe(`bad ${broken}  ${cliMsg.validBad(1)}`);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(poolsim(['check']).code).toBe(EXIT.badInput);
  });

  it('--json prints { scenario, ready, violations, notes, warnings, problems }', async () => {
    const r = poolsim(['check', FAIL, '--json']);
    expect(r.code).toBe(EXIT.notReady);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['scenario', 'ready', 'violations', 'notes', 'warnings', 'problems']);
    const expected = readinessOf((await loadScenario(join(ROOT, FAIL))).scenario);
    expect(json).toEqual({ scenario: FAIL, ...expected, problems: [] });
    expect(json.violations).toContainEqual(expect.objectContaining({ rule: 'epr-missing', group: 'garden', skus: [101, 150] }));

    const missing = join(dir, 'missing.yaml');
    const bad = poolsim(['check', missing, '--json']);
    expect(bad.code).toBe(EXIT.badInput);
    const badJson = JSON.parse(bad.stdout) as { ready: boolean; violations: unknown[]; problems: { file: string }[] };
    expect([badJson.ready, badJson.violations, badJson.problems.map((p) => p.file)]).toEqual([false, [], [missing]]);
  });

  it('--help shows the examples and the exit codes', () => {
    const r = poolsim(['check', '--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const text of ['poolsim check <scenario>', '--json', 'Examples:', 'exit codes: 0 ready (no violation), 1 not ready, 2 bad scenario file']) expect(r.stdout).toContain(text);
  });

  it('colours only when asked', () => {
    expect(poolsim(['check', FAIL], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
  });
});
