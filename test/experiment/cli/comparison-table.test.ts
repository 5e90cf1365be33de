import { describe, expect, it } from 'vitest';
import { comparisonTable, formatValue } from '../../../src/cli/comparison-table.js';
import { buildResults } from '../../../src/experiment/aggregate/results.js';
import { syntheticReplicate, syntheticScenario } from '../fixtures/synthetic.js';

const scenario = syntheticScenario();
const results = buildResults(
  {
    tool: { name: 'poolsim', version: '0' },
    scenario: { name: 'synthetic', sha256: '0'.repeat(64), file: 's.yaml' },
    resolved: scenario,
    run: { startedAt: '', wallSeconds: 0, workers: 1, partial: false },
  },
  Array.from({ length: 6 }, (_, k) => syntheticReplicate(scenario, k)),
);

describe('comparisonTable', () => {
  const text = comparisonTable(results, ['fulfilmentDaysMean', 'onTimeRate', 'gmv']);
  const lines = text.split('\n');

  it('has a header naming every setup and the paired difference, then one row per metric', () => {
    expect(lines[0]).toContain('synthetic · 6 replications');
    const header = lines[2];
    for (const col of ['metric', 'unit', 'unmerged', 'merged', 'Δ merged [95% CI]', 'Δ%']) expect(header).toContain(col);
    expect(lines.slice(3, 6).map((l) => l.split(/\s+/)[0])).toEqual(['fulfilmentDaysMean', 'onTimeRate', 'gmv']);
  });

  it('aligns columns: every table row has the header’s width', () => {
    const widths = lines.slice(2, 6).map((l) => [...l].length);
    expect(new Set(widths).size).toBe(1);
  });

  it('shows the paired difference with its interval and marks a difference whose CI excludes 0', () => {
    const c = results.comparisons.find((x) => x.metric === 'fulfilmentDaysMean')!;
    expect(c.ci95![1]).toBeLessThan(0); // merged level 5 vs 7 in the fixture
    expect(lines[3]).toMatch(/−2\.\d+ \[−\d\.\d+, −\d\.\d+\]\*/);
  });
});

describe('formatValue', () => {
  it('prints shares as percentages and to the precision of the interval', () => {
    expect(formatValue(0.9512, 'onTimeRate')).toBe('95.1%');
    expect(formatValue(7.04712, 'fulfilmentDaysMean', 0.031)).toBe('7.047');
    expect(formatValue(123456.7, 'gmv', 2345)).toBe('123,457');
    expect(formatValue(null, 'gmv')).toBe('–');
  });
});
