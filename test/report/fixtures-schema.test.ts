/**
 * The report's fixtures (written by support/make-fixtures.mjs and make-history-fixture.mjs)
 * are valid results files: the default study, the study on an order history, every point of
 * the sweep and the trimmed real runs pass the zod schema that
 * `schema/results.schema.json` is generated from, so the report is tested on input a run
 * could have written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsSchema } from '../../src/experiment/results-schema.js';
import { loadFixture, loadHistoryFixture, loadSweepFixture, loadSyncFixture, loadTransitionFixture } from './support/fixtures.js';

/** The schema's complaints as `path: message` lines; empty when the file is valid. */
function problems(value: unknown): string[] {
  const parsed = resultsSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('report fixtures', () => {
  it('results-default.json validates against the results schema', () => {
    expect(problems(loadFixture())).toEqual([]);
  });

  it('results-history.json (a study on an order history and a stock snapshot) validates against the results schema', () => {
    expect(problems(loadHistoryFixture())).toEqual([]);
  });

  it('results-sensitivity.json (a real run with --sensitivity) validates against the results schema', () => {
    const r = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/results-sensitivity.json'), 'utf8'));
    expect(problems(r)).toEqual([]);
    r.sensitivity.inputs[0].input = 'leadtime';
    expect(problems(r)).toEqual([expect.stringMatching(/^sensitivity\.inputs\.0\.input: /)]);
  });

  it('the schema rejects a history that breaks its shape', () => {
    const r = loadHistoryFixture() as unknown as { scenario: { history: Record<string, unknown>; initialStock: Record<string, unknown> } };
    r.scenario.history.mode = 'resample';
    r.scenario.history.days = 0;
    r.scenario.initialStock.sha256 = 'not-a-hash';
    expect(problems(r).sort()).toEqual([
      expect.stringMatching(/^scenario\.history\.days: /),
      expect.stringMatching(/^scenario\.history\.mode: /),
      expect.stringMatching(/^scenario\.initialStock\.sha256: /),
    ]);
  });

  it('the real fixtures results-transition.json and results-sync.json validate after trimming', () => {
    expect(problems(loadTransitionFixture())).toEqual([]);
    expect(problems(loadSyncFixture())).toEqual([]);
  });

  it('every point of results-sweep.json validates against the results schema', () => {
    const { points } = loadSweepFixture();
    expect(points.length).toBeGreaterThan(0);
    points.forEach((point, i) => expect(problems(point), `point ${i}`).toEqual([]));
  });
});
