import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_INFO } from '../../src/experiment/metric-info.js';
import { parseShard, shardSlice } from '../../src/experiment/plan/shard.js';
import { resultsSchema } from '../../src/experiment/results-schema.js';
import { gridPoints, parseVary } from '../../src/experiment/sweep/vary.js';
import { METRIC_NAMES } from '../../src/model/result.js';

const doc = (name: string) => readFileSync(resolve(__dirname, '../../docs', name), 'utf8');

describe('docs/results.md', () => {
  const text = doc('results.md');

  it('lists every metric with the unit, direction and definition of METRIC_INFO, in order', () => {
    const rows = [...text.matchAll(/^\| `(\w+)` \| ([^|]+) \| ([^|]*) \| ([^|]+) \|$/gm)]
      .filter((m) => (METRIC_NAMES as readonly string[]).includes(m[1]))
      .map((m) => [m[1], m[2].trim(), m[3].trim(), m[4].trim()]);
    const expected = METRIC_NAMES.map((name) => {
      const info = METRIC_INFO[name];
      const better = info.higherIsBetter === undefined ? '' : info.higherIsBetter ? 'higher' : 'lower';
      return [name, info.unit, better, info.description];
    });
    expect(rows).toEqual(expected);
  });

  it('documents every top-level field of results.json', () => {
    for (const field of Object.keys(resultsSchema.shape).filter((k) => !k.startsWith('$'))) {
      expect(text, field).toContain(`| \`${field}\` |`);
    }
  });
});

describe('docs/distributed.md worked examples', () => {
  const text = doc('distributed.md');

  it('example 1: shard 3/8 of 200 replications is 50 … 74', () => {
    const shard = parseShard('auto/8', { JOB_COMPLETION_INDEX: '2' });
    const slice = shardSlice(Array.from({ length: 200 }, (_, i) => i), shard);
    expect([shard, slice[0], slice.at(-1)]).toEqual([{ k: 3, n: 8 }, 50, 74]);
    expect(text).toContain('= 50 … 74');
  });

  it('example 2: array task 5 of 0-13 runs points 10 and 11 (basket 0.1, shared 0.6 and 0.8)', () => {
    const axes = [
      parseVary('demand.crossShopBasketShare=0,0.05,0.1,0.15,0.2,0.25,0.3'),
      parseVary('catalogue.sharedSkuShare=0.2,0.4,0.6,0.8'),
    ];
    const grid = gridPoints(axes);
    const shard = parseShard('auto', { SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '14' });
    expect(shard).toEqual({ k: 6, n: 14 });
    const indices = shardSlice(grid.map((_, i) => i), shard);
    expect(indices).toEqual([10, 11]);
    expect(indices.map((i) => grid[i])).toEqual([
      { 'demand.crossShopBasketShare': 0.1, 'catalogue.sharedSkuShare': 0.6 },
      { 'demand.crossShopBasketShare': 0.1, 'catalogue.sharedSkuShare': 0.8 },
    ]);
    expect(text).toContain('= 10 and 11');
  });
});
