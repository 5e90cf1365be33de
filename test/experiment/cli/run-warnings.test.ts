import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyWindow, openAtDrainCap } from '../../../src/experiment/messages.js';
import { DRAIN_CAP_DAYS } from '../../../src/model/setup/build-setup-model.js';
import { msg } from '../../../src/scenario/messages.js';
import { MAX_DAYS, MAX_REPLICATIONS } from '../../../src/scenario/limits.js';
import { assertBuilt, readResults, startCli, STUDY, tempDir } from './spawn-cli.js';

// What the run knows and the table alone does not say: a setup that placed no order in the
// measured window, and orders still open when the drain cap stopped the run (docs/results.md,
// Warnings); and a study that will be slow, before it starts (docs/scenario.md).
const study = readFileSync(STUDY, 'utf8');
function variant(name: string, from: string, to: string): string {
  const file = join(tempDir('warn'), `${name}.yaml`);
  expect(study.includes(from)).toBe(true);
  writeFileSync(file, study.split(from).join(to));
  return file;
}

describe('poolsim run: warnings', () => {
  it('says when a setup placed no order in the measured window', async () => {
    assertBuilt();
    const file = variant('quiet', 'ordersPerDay: ', 'ordersPerDay: 0.0001 #');
    const out = join(tempDir('warn-run'), 'run');
    const r = await startCli(['run', file, '--reps', '2', '--workers', '1', '--horizon', '1', '--warmup', '0', '--no-report', '-q', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`poolsim: warning: ${emptyWindow('unmerged', 1, 0)}`);
    expect(r.stderr).toContain(`poolsim: warning: ${emptyWindow('merged', 1, 0)}`);
  });

  it('says how many measured orders the drain cap left open, and in how many replications', async () => {
    // one picker, a day per parcel: 30 orders a day cannot all be shipped within the drain cap
    const file = variant('bottleneck', '    pickers: 2\n    pickTime: 30m', '    pickers: 1\n    pickTime: 1d');
    const out = join(tempDir('warn-run'), 'run');
    const r = await startCli(['run', file, '--reps', '2', '--workers', '1', '--horizon', '10', '--warmup', '0', '--no-report', '-q', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const raw = readResults(out) as unknown as { setups: Record<string, { summary: { ordersPlaced: { mean: number } } }> };
    const placed = 2 * raw.setups.merged.summary.ordersPlaced.mean;
    const line = r.stderr.split('\n').find((l) => l.startsWith('poolsim: warning: setup merged:'));
    expect(line).toBeDefined();
    const open = Number(/: (\d+) of the/.exec(line!)![1]);
    expect(open).toBeGreaterThan(0);
    expect(line).toBe(`poolsim: warning: ${openAtDrainCap('merged', open, placed, 2, 2, DRAIN_CAP_DAYS)}`);
  });

  it('warns before the first replication about a study that will be slow, with --quiet too', async () => {
    const file = variant('big', '  skus: 50', '  skus: 1500000');
    const r = await startCli(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^warning ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  catalogue\\.skus  setting up each replication takes about`, 'm'));
    const json = await startCli(['validate', '--json', file]);
    expect(JSON.parse(json.stdout)[0].warnings[0].path).toBe('catalogue.skus');
    // the run says it before the study starts, quiet or not: the first line on stderr
    const run = await startCli(['run', file, '--reps', '1', '--workers', '1', '--horizon', '1', '--warmup', '0', '--no-report', '-q', '--out', join(tempDir('warn-run'), 'run')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.split('\n')[0]).toMatch(/^poolsim: warning: .*catalogue\.skus {2}setting up each replication takes about/);
  });

  it('refuses --horizon 0, a horizon or warm-up over ten years, and more replications than a study may plan', async () => {
    for (const [flag, value, expected] of [
      ['--horizon', '0', msg.expectedHorizon(MAX_DAYS)],
      ['--horizon', '3651', msg.expectedHorizon(MAX_DAYS)],
      ['--warmup', '11w', undefined],
    ] as const) {
      const r = await startCli(['run', STUDY, flag, value, '--reps', '1', '--no-report', '-q', '--out', join(tempDir('warn-flag'), 'run')]);
      if (expected === undefined) {
        expect(r.code, r.stderr).toBe(0);
        continue;
      }
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${flag} must be ${expected} (got ${value})`);
    }
    const reps = await startCli(['run', STUDY, '--reps', String(MAX_REPLICATIONS + 1), '--no-report', '-q']);
    expect(reps.code).toBe(2);
    expect(reps.stderr).toContain(`--reps must be at most ${MAX_REPLICATIONS}`);
  });
});
