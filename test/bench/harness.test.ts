import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/harness/args.js';
import { compareRuns, recordKey } from '../../bench/harness/compare.js';
import { formatDuration, formatRate, formatRatio, formatTable } from '../../bench/harness/format-table.js';
import { quantileSorted, recordFromDurations } from '../../bench/harness/measure.js';
import { message } from '../../bench/harness/messages.js';
import { resultsFileName } from '../../bench/harness/results-file.js';
import { attachRatios, skippedRecord } from '../../bench/harness/suite.js';
import { evaluateTargets, type Target } from '../../bench/harness/targets.js';
import type { BenchRecord } from '../../bench/harness/types.js';
import { expectHouseStyle } from '../helpers/house-style.js';

function rec(name: string, opsPerSecond: number, extra: Partial<BenchRecord> = {}): BenchRecord {
  return {
    suite: 'kernel',
    name,
    unit: 'events',
    unitsPerIteration: 1000,
    samples: 10,
    medianMs: 1000 / (opsPerSecond / 1000),
    p99Ms: 2000 / (opsPerSecond / 1000),
    rmePercent: 1.5,
    opsPerSecond,
    clock: 'wall',
    ...extra,
  };
}

describe('number formatting', () => {
  it('formats rates with SI prefixes and 3 significant digits', () => {
    expect(formatRate(5_230_000)).toBe('5.23 M');
    expect(formatRate(312_400)).toBe('312 k');
    expect(formatRate(950)).toBe('950');
    expect(formatRate(0)).toBe('-');
  });

  it('formats durations in the unit that fits', () => {
    expect(formatDuration(0.0000123)).toBe('12.3 ns');
    expect(formatDuration(0.0123)).toBe('12.3 µs');
    expect(formatDuration(12.3)).toBe('12.3 ms');
    expect(formatDuration(12_300)).toBe('12.3 s');
  });

  it('formats ratios as multipliers and leaves missing ones blank', () => {
    expect(formatRatio(0.6666)).toBe('0.667×');
    expect(formatRatio(undefined)).toBe('');
  });
});

describe('formatTable', () => {
  it('prints one aligned row per record, with the baseline ratio and the comparison', () => {
    const records = attachRatios([rec('bare', 2e6), rec('engine', 1e6, { baseline: 'bare' }), skippedRecord('kernel', 'peer', 'customers', 'no simpy')]);
    const comparison = compareRuns([rec('bare', 2e6), rec('engine', 1.5e6)], records);
    const lines = formatTable(records, comparison).split('\n');
    expect(lines).toHaveLength(5); // header, rule, three rows
    // columns align: each row's task name starts under the 'task' header
    const taskColumn = lines[0].indexOf('task');
    expect(lines.slice(2).map((l) => l.slice(taskColumn).split(' ')[0])).toEqual(['bare', 'engine', 'peer']);
    expect(lines[3]).toContain('0.500× bare');
    expect(lines[3]).toContain('+50.0% time SLOWER');
    expect(lines[2]).toMatch(/ 0\.0% time$/);
    expect(lines[4]).toContain('skipped');
    expect(lines[4]).toContain('no simpy');
  });
});

describe('compareRuns', () => {
  it('flags a task whose time per unit grew by more than the threshold, and only it', () => {
    // 1e6 → 0.86e6 ops/s is 16.3% more time per unit; 1e6 → 0.88e6 is 13.6%.
    const c = compareRuns([rec('a', 1e6), rec('b', 1e6), rec('c', 1e6)], [rec('a', 0.86e6), rec('b', 0.88e6), rec('c', 2e6)]);
    expect(c.regressions).toEqual(['kernel/a']);
    expect(c.rows.find((r) => r.key === 'kernel/a')?.slowdown).toBeCloseTo(1 / 0.86 - 1, 12);
    expect(c.rows.find((r) => r.key === 'kernel/c')?.slowdown).toBeCloseTo(-0.5, 12);
  });

  it('does not call the tasks of suites the new run did not run missing', () => {
    const other = { ...rec('x', 1e6), suite: 'router' };
    expect(compareRuns([rec('a', 1e6), other], [rec('a', 1e6)]).missing).toEqual([]);
  });

  it('lists tasks missing or skipped in the new run, and ignores tasks new in it', () => {
    const c = compareRuns([rec('a', 1e6), rec('b', 1e6)], [skippedRecord('kernel', 'a', 'events', 'x'), rec('new', 1)]);
    expect(c.missing).toEqual(['kernel/a', 'kernel/b']);
    expect(c.rows).toHaveLength(0);
  });

  it('flags peak rss growth beyond the threshold', () => {
    const c = compareRuns([rec('m', 1e6, { peakRssMB: 100 })], [rec('m', 1e6, { peakRssMB: 120 })]);
    expect(c.rows[0].rssGrowth).toBeCloseTo(0.2, 12);
    expect(c.regressions).toEqual(['kernel/m']);
  });

  it('does not compare tasks timed with different clocks', () => {
    const c = compareRuns([rec('a', 1e6, { clock: 'cpu' }), rec('b', 1e6)], [rec('a', 0.5e6), rec('b', 0.5e6)]);
    expect(c.clockMismatch).toEqual(['kernel/a']);
    expect(c.regressions).toEqual(['kernel/b']);
  });

  it('honours a custom threshold', () => {
    expect(compareRuns([rec('a', 1e6)], [rec('a', 0.9e6)], 0.1).regressions).toEqual(['kernel/a']);
    expect(recordKey({ suite: 's', name: 'n' })).toBe('s/n');
  });
});

describe('attachRatios', () => {
  it('divides by the baseline of the same suite, and skips missing or skipped baselines', () => {
    const records = attachRatios([
      rec('bare', 4e6),
      rec('engine', 3e6, { baseline: 'bare' }),
      rec('orphan', 1e6, { baseline: 'nope' }),
      skippedRecord('kernel', 'peer', 'customers', 'no simpy'),
      rec('vs-peer', 1e6, { baseline: 'peer' }),
    ]);
    expect(records[1].ratio).toBe(0.75);
    expect(records[2].ratio).toBeUndefined();
    expect(records[4].ratio).toBeUndefined();
  });
});

describe('recordFromDurations', () => {
  it('takes the median and the type-7 p99 of the durations', () => {
    const r = recordFromDurations('kernel', { name: 'peer', unit: 'customers', unitsPerIteration: 1000 }, [30, 10, 20]);
    expect(r.medianMs).toBe(20);
    expect(r.p99Ms).toBeCloseTo(29.8, 12); // position 0.99 · 2 = 1.98 between 20 and 30
    expect(r.opsPerSecond).toBe(50_000);
    // rme = 100 · t(0.975, 2) · sd / √n / mean = 100 · 4.303 · 10 / √3 / 20
    expect(r.rmePercent).toBeCloseTo((100 * 4.303 * 10) / Math.sqrt(3) / 20, 9);
    expect(quantileSorted([5], 0.99)).toBe(5);
  });
});

describe('evaluateTargets', () => {
  const targets: Target[] = [
    { label: 'fast', task: 'kernel/engine', value: 'opsPerSecond', goal: 1e6, direction: 'atLeast' },
    { label: 'close', task: 'kernel/engine', value: 'slower', versus: 'kernel/bare', goal: 1.5, direction: 'atMost' },
    { label: 'peer', task: 'kernel/engine', value: 'faster', versus: 'kernel/peer', goal: 50, direction: 'atLeast' },
    { label: 'small', task: 'kernel/engine', value: 'peakRssMB', goal: 300, direction: 'atMost' },
  ];

  it('computes values, met flags and margins, and leaves unmeasured targets open', () => {
    const [fast, close, peer, small] = evaluateTargets([rec('bare', 4e6), rec('engine', 2e6, { peakRssMB: 400 })], targets);
    expect(fast).toMatchObject({ value: 2e6, met: true, margin: 2 });
    expect(close).toMatchObject({ value: 2, met: false, margin: 0.75 });
    expect(peer.value).toBeUndefined();
    expect(peer.met).toBeUndefined();
    expect(small).toMatchObject({ value: 400, met: false, margin: 0.75 });
  });
});

describe('parseBenchArgs', () => {
  it('reads the documented options', () => {
    const a = parseBenchArgs(['--quick', '--compare', 'old.json', '--suite', 'kernel,router', '--suite', 'e2e']);
    expect(a).toMatchObject({ quick: true, compare: 'old.json', suites: ['kernel', 'router', 'e2e'], threshold: 0.15 });
    expect(parseBenchArgs([])).toMatchObject({ quick: false, clock: 'wall', suites: [], saveBaseline: false, resultsDir: 'bench/results' });
    expect(parseBenchArgs(['--clock', 'cpu']).clock).toBe('cpu');
  });

  it('rejects unknown options and bad thresholds', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow();
    expect(() => parseBenchArgs(['--threshold', '-1'])).toThrow(/threshold/);
    expect(() => parseBenchArgs(['--clock', 'sundial'])).toThrow(/clock/);
  });
});

describe('resultsFileName', () => {
  it('is <date>-<host>.json with file-name-safe characters', () => {
    expect(resultsFileName('2025-03-01T09:30:15.123Z', 'box')).toBe('2025-03-01T093015Z-box.json');
    expect(resultsFileName('2025-03-01T09:30:15.123Z', 'my box/1')).toBe('2025-03-01T093015Z-my_box_1.json');
  });
});

describe('message catalogue', () => {
  const samples = [
    message.notAResultsFile('x.json', 2),
    message.unknownSuite('foo', ['kernel']),
    message.taskFailed('kernel/a', 'errored'),
    message.simpyMissing('/usr/bin/python3'),
    message.peerFailed('boom'),
    message.modelMissing('the allocator'),
    message.regressions(2, 0.15),
    message.noRegressions(0.15),
    message.missingTasks(['kernel/a']),
    message.clockMismatch(['kernel/a']),
    message.sanityFailed('x'),
    message.quickTargets(),
  ];

  it('covers every builder', () => {
    expect(samples).toHaveLength(Object.keys(message).length);
  });

  it.each(samples)('%s: lower-case first letter, no trailing period, one line', (text) => {
    expectHouseStyle(text);
  });
});

describe('parseTimes (e2e child cpu time from bash `times`)', () => {
  it('adds the children line’s user and system time, in ms', async () => {
    const { parseTimes } = await import('../../bench/e2e.bench.js');
    expect(parseTimes('0m0.003s 0m0.007s\n1m1.575s 0m0.072s\n')).toBe(61_647);
    expect(parseTimes('no times here')).toBeUndefined();
  });
});

describe('alternatingPairs (e2e 1- and 2-worker runs)', () => {
  it('runs each pair once, alternating which worker count goes first', async () => {
    const { alternatingPairs } = await import('../../bench/e2e.bench.js');
    expect(alternatingPairs(3)).toEqual([1, 2, 2, 1, 1, 2]);
    expect(alternatingPairs(1)).toEqual([1, 2]);
    expect(alternatingPairs(0)).toEqual([]);
  });
});
