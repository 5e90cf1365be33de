/**
 * `poolsim advise` end to end (the built CLI; build first with npx tsc -p tsconfig.json): the
 * table, advice.json (atomic, never replaced without --force), progress on stderr, located
 * usage errors with exit code 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adviseCliMsg } from '../../src/cli/advise-messages.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { Advice } from '../../src/experiment/advise/advice.js';
import { adviseMsg } from '../../src/experiment/advise/messages.js';
import { expectHouseStyle } from '../helpers/house-style.js';
import { newsvendorFile } from '../experiment/advise/newsvendor.js';
import { ROOT, hasStackTrace, poolsim } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'poolsim-advise-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = newsvendorFile({ rate: 2, leadTime: 5, horizon: 600, skus: 3, zipf: 1 });
const base = [scenario, '--reps', '3', '--workers', '1'];
const OPTIONS = ['--target', '--objective', '--classes', '--knob', '--holding-rate', '--backorder-cost', '--lost-sale-cost', '--setup', '--conservative', '--max-evaluations', '--compare', '--reps', '--seed', '--workers', '--warmup', '--horizon', '--set', '--out', '--force', '--quiet'];

describe('poolsim advise', () => {
  it('writes the advice: table on stdout, advice.json, progress on stderr; the study at the levels is the search’s own figures', () => {
    const out = join(dir, 'advice.json');
    const r = poolsim(['advise', ...base, '--target', 'fillRate=0.9', '--knob', 'units', '--out', out]);
    expect(r.stderr).not.toMatch(/poolsim:/);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/^candidate 1 \(common \+0\): /m);
    expect(r.stdout).toContain('advice for merged · newsvendor · 3 replications (seed 7)');
    expect(r.stdout).toContain('the study at the recommended levels');
    expect(r.stdout).toContain('classTargets:');
    expect(r.stdout.trimEnd().endsWith(adviseCliMsg.wrote(out))).toBe(true);
    const a = JSON.parse(readFileSync(out, 'utf8')) as Advice;
    expect(a.kind).toBe('advice');
    expect(a.classes.map((c) => c.name)).toEqual(['A', 'B', 'C'].slice(0, a.classes.length));
    expect(a.achieved.fillRate.mean).toBeGreaterThanOrEqual(0.9);
    // common random numbers: the comparison run's merged setup is the recommended candidate, to the last digit
    expect(a.comparison!.setups.merged.fillRate!.mean).toBe(a.achieved.fillRate.mean);
    expect(a.comparison!.setups.merged.avgOnHandValue!.mean).toBe(a.achieved.avgOnHandValue.mean);
    expect(a.levels.units).toBeGreaterThan(0);

    // never replaced without --force (exit 2), replaced with it
    writeFileSync(out, 'keep');
    const again = poolsim(['advise', ...base, '--target', 'fillRate=0.9', '--out', out, '--no-compare']);
    expect(again.code).toBe(EXIT.badInput);
    expect(again.stderr).toContain(adviseMsg.outExists(out));
    expect(readFileSync(out, 'utf8')).toBe('keep');
    const forced = poolsim(['advise', ...base, '--target', 'fillRate=0.9', '--out', out, '--no-compare', '--force', '--quiet']);
    expect(forced.code).toBe(EXIT.ok);
    expect(forced.stderr).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as Advice).comparison).toBeNull();
  }, 120_000);

  it.each([
    [['--target', 'fillRate=1.5'], adviseMsg.badTarget('fillRate=1.5')],
    [['--classes', 'A=0.5'], adviseMsg.badClasses('A=0.5', adviseMsg.classesShares(0.5))],
    [['--target', 'fillRate=0.9', '--objective', 'netMargin'], adviseMsg.targetAndObjective('netMargin')],
    [['--conservative'], adviseMsg.conservativeNeedsTarget()],
    [['--setup', 'nope'], adviseMsg.unknownSetup('nope', 'unmerged, merged')],
    [['--holding-rate', '-0.1'], adviseMsg.badNumber('--holding-rate', -0.1, 'a number ≥ 0')],
    [['--max-evaluations', '0'], '--max-evaluations must be a positive integer (got 0)'],
    [['--knob', 'level'], 'invalid values'],
  ])('%j: a located usage error, exit 2', (args, message) => {
    const r = poolsim(['advise', ...base, '--out', join(dir, 'never.json'), ...args]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr.toLowerCase()).toContain(message.toLowerCase());
    expect(r.stderr).toContain("run 'poolsim advise --help' for usage");
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it('a bad scenario prints its problems and exits 2', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(scenario, 'utf8').replace('pickers: 50', 'pickers: -1'));
    const r = poolsim(['advise', bad, '--out', join(dir, 'never.json')]);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toMatch(/warehouses\[0\]\.pickers {2}got -1/);
  });

  it('has --help with every option and examples', () => {
    const r = poolsim(['advise', '--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const o of OPTIONS) expect(r.stdout).toContain(o);
    expect(r.stdout).toContain('Examples:');
    const cliDoc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    const section = cliDoc.slice(cliDoc.indexOf('## `poolsim advise`'), cliDoc.indexOf('## `poolsim merge`'));
    for (const o of OPTIONS.map((x) => (x === '--compare' ? '--no-compare' : x))) expect(section, o).toContain(`\`${o}`);
    expect(poolsim(['--help']).stdout).toContain('poolsim advise <scenario>');
  });
});

describe('advise CLI message catalogue', () => {
  const SAMPLES: Record<keyof typeof adviseCliMsg, unknown[]> = {
    candidate: [3, 'A +8', '0.9 · 0.8', 'fillRate 95.00%', '$1,200', 1.25],
    stopping: [],
    dropping: [],
    comparing: [3],
    title: ['merged', 'default', 10, '1', 365, 90],
    objectiveCost: [],
    objectiveNetMargin: [],
    objectiveTarget: ['fillRate', '95%', true],
    rates: ['25%', '$0.11', '$5.81'],
    levelsHeading: [],
    achievedHeading: [4],
    neighboursHeading: [],
    missesTarget: [],
    reachesTarget: [],
    sameStock: [],
    method: ['coordinate descent', 12, 8, 'converged'],
    converged: [],
    budget: [],
    comparisonHeading: [],
    yamlHeading: [],
    wrote: ['advice.json'],
  };
  it.each(Object.keys(adviseCliMsg) as Array<keyof typeof adviseCliMsg>)('%s: house style', (id) => {
    expectHouseStyle((adviseCliMsg[id] as (...a: unknown[]) => string)(...SAMPLES[id]));
  });
});
