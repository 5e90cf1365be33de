import { describe, expect, it } from 'vitest';
import { ExperimentUsageError } from '../../../src/experiment/errors.js';
import { badShard, shardAutoNoCount, shardAutoNoEnv } from '../../../src/experiment/messages.js';
import { parseShard, shardSlice } from '../../../src/experiment/plan/shard.js';

describe('parseShard', () => {
  it('reads k/n', () => {
    expect(parseShard('2/8', {})).toEqual({ k: 2, n: 8 });
  });
  it('rejects k outside 1..n and junk', () => {
    for (const s of ['0/3', '4/3', '3', 'a/b', '1/0']) {
      expect(() => parseShard(s, {})).toThrow(badShard(s));
    }
  });
  it('reads a Kubernetes Indexed Job index (0-based)', () => {
    expect(parseShard('auto/4', { JOB_COMPLETION_INDEX: '3' })).toEqual({ k: 4, n: 4 });
    expect(() => parseShard('auto', { JOB_COMPLETION_INDEX: '0' })).toThrow(shardAutoNoCount('JOB_COMPLETION_INDEX'));
    expect(() => parseShard('auto/4', { JOB_COMPLETION_INDEX: '4' })).toThrow(ExperimentUsageError);
  });
  it('reads a Slurm array task, with min and step', () => {
    expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' })).toEqual({ k: 1, n: 8 });
    expect(
      parseShard('auto', { SLURM_ARRAY_TASK_ID: '8', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '4', SLURM_ARRAY_TASK_COUNT: '4' }),
    ).toEqual({ k: 3, n: 4 });
  });
  it('explains a missing index', () => {
    expect(() => parseShard('auto', {})).toThrow(shardAutoNoEnv());
  });
});

describe('shardSlice', () => {
  it('partitions the items in order into near-equal contiguous slices', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    for (const n of [1, 2, 3, 4, 7, 10, 13]) {
      const slices = Array.from({ length: n }, (_, i) => shardSlice(items, { k: i + 1, n }));
      expect(slices.flat()).toEqual(items);
      const sizes = slices.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});
