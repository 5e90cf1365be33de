/**
 * `poolsim run --sensitivity` end to end on the tiny study: every variant reuses the study's
 * replication indices (common random numbers), so a variant's paired difference equals that
 * of a sweep point with the same value; inputs with nothing to vary are reported, not run;
 * the break-even search brackets a sign change; a bad block is a located error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readResults, SHORT, startCli, STUDY, tempDir } from './spawn-cli.js';

type Results = ReturnType<typeof readResults> & { sensitivity: any; comparisons: Array<{ metric: string; setup: string; meanDiff: number; ci95: [number, number] }> };
const netMargin = (r: Results) => r.comparisons.find((c) => c.metric === 'netMargin' && c.setup === 'merged')!;

describe('poolsim run --sensitivity', () => {
  const dir = tempDir('sensitivity');
  const study = join(dir, 'study.yaml');
  const run = join(dir, 'run');
  const sweep = join(dir, 'sweep');
  const plain = join(dir, 'plain');
  let results: Results;

  beforeAll(async () => {
    assertBuilt();
    const block = '\nsensitivity:\n  inputs: [leadTime, demandLevel, sellerCosts]\n  replications: 2\n  breakEven: 1\n';
    writeFileSync(study, readFileSync(STUDY, 'utf8') + block);
    const r = await startCli(['run', study, '--reps', '3', '--workers', '1', '--out', run, '-q', ...SHORT]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('what flips the verdict (merged − unmerged, net margin US$ a month, 2 replications each');
    results = readResults(run) as Results;
    const s = await startCli(['sweep', STUDY, '--vary', 'replenishment.leadTime=10.5', '--reps', '2', '--workers', '1', '--out', sweep, '-q', ...SHORT]);
    expect(s.code, s.stderr).toBe(0);
    const p = await startCli(['run', STUDY, '--reps', '2', '--workers', '1', '--out', plain, '-q', ...SHORT]);
    expect(p.code, p.stderr).toBe(0);
  });

  it('runs every variant on the study’s first replications and writes each into sensitivity/', () => {
    const s = results.sensitivity;
    expect(s).toMatchObject({ metric: 'netMargin', setup: 'merged', baseline: 'unmerged', replications: 2, replicationIndices: [0, 1] });
    expect(s.inputs.map((x: { input: string }) => x.input)).toEqual(['leadTime', 'demandLevel', 'sellerCosts']);
    const lead = s.inputs[0];
    expect([lead.low.factor, lead.high.factor]).toEqual([0.5, 1.5]);
    expect(lead.baseValue).toBe(7);
    const variant = readResults(join(run, 'sensitivity', 'leadTime-x1.5')) as Results;
    expect(variant.replicationIndices).toEqual([0, 1]);
    expect(netMargin(variant).meanDiff).toBe(lead.high.mean);
  });

  it('pairs like a sweep: the lead time ×1.5 variant gives the sweep point leadTime = 10.5 d exactly', () => {
    const point = readResults(join(sweep, 'point-000')) as Results;
    const high = results.sensitivity.inputs[0].high;
    expect(high.mean).toBe(netMargin(point).meanDiff);
    expect(high.ci95).toEqual(netMargin(point).ci95);
  });

  it('takes the study’s own difference over the same replications as factor 1', () => {
    expect(results.sensitivity.base.mean).toBe(netMargin(readResults(plain) as Results).meanDiff);
  });

  it('reports an input with nothing to vary instead of running it', () => {
    const costs = results.sensitivity.inputs[2];
    expect(costs).toMatchObject({ input: 'sellerCosts', applicable: false, reason: 'all-zero', low: null, high: null });
  });

  it('searches the break-even of the widest swing: found only where the mean difference changes sign', () => {
    const [b] = results.sensitivity.breakEven;
    const widest = [...results.sensitivity.inputs].filter((x: { applicable: boolean }) => x.applicable).sort((x: any, y: any) => y.swing - x.swing)[0];
    expect(b.input).toBe(widest.input);
    const means = b.evaluations.map((e: { mean: number }) => e.mean);
    const signChange = means.some((m: number, i: number) => i > 0 && Math.sign(m) !== Math.sign(means[i - 1]));
    expect(b.found).toBe(signChange);
    if (b.found) {
      const below = b.evaluations.filter((e: { factor: number }) => e.factor <= b.factor);
      const above = b.evaluations.filter((e: { factor: number }) => e.factor >= b.factor);
      expect(Math.sign(below.at(-1).mean) * Math.sign(above[0].mean)).toBeLessThanOrEqual(0);
    } else expect(b.factor).toBeNull();
  });
});

describe('a bad sensitivity block or option', () => {
  const dir = tempDir('sensitivity-bad');
  const bad = async (block: string) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, readFileSync(STUDY, 'utf8') + block);
    const r = await startCli(['run', file, '--reps', '2', '--workers', '1', '--out', join(dir, 'out'), '-q', ...SHORT]);
    expect(r.code).toBe(2);
    return r.stderr;
  };
  it('an unknown input', async () => {
    expect(await bad('\nsensitivity:\n  inputs: [leadtime]\n')).toMatch(/:\d+:\d+ +sensitivity\.inputs\[0\] +got "leadtime", expected .*leadTime/);
  });
  it('a range with low above high', async () => {
    expect(await bad('\nsensitivity:\n  ranges: { leadTime: [1.5, 0.5] }\n')).toMatch(/sensitivity\.ranges\.leadTime .*low < high/);
  });
  it('the baseline as the compared setup', async () => {
    expect(await bad('\nsensitivity:\n  setup: unmerged\n')).toMatch(/sensitivity\.setup +got "unmerged", expected .*merged/);
  });
  it('--sensitivity with --shard', async () => {
    const r = await startCli(['run', STUDY, '--sensitivity', '--shard', '1/2', '--reps', '2', '--out', join(dir, 'shard'), '-q', ...SHORT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--sensitivity.*--shard/);
  });
});
