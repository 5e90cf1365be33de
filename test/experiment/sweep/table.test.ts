/** The sweep table (src/experiment/sweep/table.ts): failure-board figures as extra metric rows. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepCsv, sweepTable } from '../../../src/experiment/sweep/table.js';
import { FAILURE_METRICS, METRIC_NAMES } from '../../../src/model/result.js';
import type { FailureResults, Results } from '../../../src/results/types.js';

const fixture = (): Results => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/results-default.json'), 'utf8')) as Results;

function withBoard(r: Results, setup: string, lockFailures: number): Results {
  const summary = Object.fromEntries(FAILURE_METRICS.map((m, i) => [m, { mean: m === 'lockFailures' ? lockFailures : i, sd: 1, ci95: [i - 1, i + 1], n: 3 }]));
  r.setups[setup].failures = { summary, replications: [], daily: { lockFailures: { syncLag: [], tokenExpired: [], rateLimit: [], outage: [] }, qcRejections: [], splitTimeouts: [] } } as unknown as FailureResults;
  return r;
}

describe('sweep table', () => {
  it('has exactly the metric rows without a failure board', () => {
    const r = { ...fixture(), sweepPoint: { 'sync.pushInterval': 0 } };
    const lines = sweepCsv(sweepTable([r])).trim().split('\n');
    expect(lines).toHaveLength(1 + METRIC_NAMES.length * Object.keys(r.setups).length);
  });

  it('adds the board’s figures as failures.<figure> rows, with their mean and interval and no paired difference', () => {
    const r = fixture();
    const merged = Object.keys(r.setups).find((s) => r.setups[s].mode === 'merged')!;
    const points = [0, 1].map((k) => ({ ...withBoard(fixture(), merged, 10 + k), sweepPoint: { 'sync.pushInterval': k } }));
    const rows = sweepCsv(sweepTable(points))
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const board = rows.filter((c) => c[3].startsWith('failures.'));
    expect(board).toHaveLength(2 * FAILURE_METRICS.length);
    expect(board.every((c) => c[2] === merged)).toBe(true);
    expect(board.slice(0, FAILURE_METRICS.length).map((c) => c[3])).toEqual(FAILURE_METRICS.map((m) => `failures.${m}`));
    const lock = board.filter((c) => c[3] === 'failures.lockFailures');
    expect(lock.map((c) => [c[0], c[4]])).toEqual([
      ['0', '10'],
      ['1', '11'],
    ]);
    expect(lock[0].slice(8)).toEqual(['', '', '', '']);
  });
});
