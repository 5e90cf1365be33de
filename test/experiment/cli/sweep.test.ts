import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { varyPathMissing } from '../../../src/experiment/messages.js';
import { assertBuilt, readResults, SHORT, startCli, STUDY, tempDir, withoutRun } from './spawn-cli.js';

// A 2 × 2 grid, the values given out of order on purpose: points follow the canonical order
// (values ascending, first axis slowest) whatever the order on the command line.
const VARY = ['--vary', 'demand.crossShopBasketShare=0.2,0', '--vary', 'shops[0].ordersPerDay=30,20'];

describe('poolsim sweep', () => {
  const base = tempDir('sweep');
  const whole = join(base, 'whole');
  const sharded = join(base, 'sharded');
  const merged = join(base, 'merged');

  beforeAll(async () => {
    assertBuilt();
    const w = await startCli(['sweep', STUDY, ...VARY, '--reps', '2', '--workers', '2', '--out', whole, '-q', ...SHORT]);
    expect(w.code, w.stderr).toBe(0);
    for (const k of [1, 2]) {
      const r = await startCli(['sweep', STUDY, ...VARY, '--reps', '2', '--workers', '1', '--shard', `${k}/2`, '--out', sharded, '-q', ...SHORT]);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('runs every point with the same seed and replications, recording the values', () => {
    const points = [0, 1, 2, 3].map((i) => readResults(join(whole, `point-00${i}`)));
    expect(points.map((p) => p.sweepPoint)).toEqual([
      { 'demand.crossShopBasketShare': 0, 'shops[0].ordersPerDay': 20 },
      { 'demand.crossShopBasketShare': 0, 'shops[0].ordersPerDay': 30 },
      { 'demand.crossShopBasketShare': 0.2, 'shops[0].ordersPerDay': 20 },
      { 'demand.crossShopBasketShare': 0.2, 'shops[0].ordersPerDay': 30 },
    ]);
    expect(new Set(points.map((p) => p.seed))).toEqual(new Set([11]));
    expect(points.every((p) => JSON.stringify(p.replicationIndices) === '[0,1]')).toBe(true);
    // the value really reached the model: shop 0's settings in the resolved scenario
    const shops = (points[1].assumptions as { shared: { shops: Array<{ ordersPerDay: number }> } }).shared.shops;
    expect(shops[0].ordersPerDay).toBe(30);
  });

  it('writes sweep.json (every point’s results, the report’s sweep format) and sweep.csv (one row per point × setup × metric)', () => {
    const table = JSON.parse(readFileSync(join(whole, 'sweep.json'), 'utf8'));
    expect(table.kind).toBe('sweep');
    expect(table.varied).toEqual(['demand.crossShopBasketShare', 'shops[0].ordersPerDay']);
    expect(table.points[3]).toEqual(readResults(join(whole, 'point-003')));
    expect(table.vary).toEqual([
      { path: 'demand.crossShopBasketShare', values: [0, 0.2] },
      { path: 'shops[0].ordersPerDay', values: [20, 30] },
    ]);
    expect(table.points).toHaveLength(4);
    const csv = readFileSync(join(whole, 'sweep.csv'), 'utf8').trim().split('\n');
    expect(csv[0].startsWith('point,demand.crossShopBasketShare,shops[0].ordersPerDay,setup,metric,mean')).toBe(true);
    const metrics = Object.keys(table.points[0].setups.unmerged.summary).length;
    expect(csv).toHaveLength(1 + 4 * 2 * metrics);
  });

  it('shards points; merging the shards gives the unsharded sweep byte for byte (run blocks aside)', async () => {
    const files = [0, 1, 2, 3].map((i) => join(sharded, `point-00${i}`, 'results.json'));
    const r = await startCli(['merge', ...files, '--out', merged]);
    expect(r.code, r.stderr).toBe(0);
    for (const i of [0, 1, 2, 3]) expect(withoutRun(join(merged, `point-00${i}`))).toBe(withoutRun(join(whole, `point-00${i}`)));
    expect(readFileSync(join(merged, 'sweep.csv'), 'utf8')).toBe(readFileSync(join(whole, 'sweep.csv'), 'utf8'));
    const noRuns = (dir: string) => {
      const t = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
      for (const p of t.points) delete p.run;
      return JSON.stringify(t);
    };
    expect(noRuns(merged)).toBe(noRuns(whole));
  });

  it('refuses a path that crosses a missing array element', async () => {
    const r = await startCli(['sweep', STUDY, '--vary', 'shops[5].ordersPerDay=1,2', '--out', join(base, 'bad'), '-q', ...SHORT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(varyPathMissing('shops[5].ordersPerDay', 'shops[5]'));
  });
});
