import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ResultsFileError } from '../../src/experiment/errors.js';
import { checkResultsText, positionsOf, sweepSchema } from '../../src/experiment/validate-results.js';
import { resultsExpectedVersion } from '../../src/experiment/messages.js';
import type { Problem } from '../../src/scenario/errors.js';

// Results files are checked against the committed schema before report or merge read them:
// every problem located in the JSON (line:col, JSON path, value, expected).
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const DEFAULT = readFileSync(fixture('results-default.json'), 'utf8');

function problems(text: string, sweep = false): Problem[] {
  try {
    checkResultsText(text, 'r.json', { sweep });
  } catch (e) {
    expect(e).toBeInstanceOf(ResultsFileError);
    return [...(e as ResultsFileError).problems];
  }
  throw new Error('expected the file to be refused');
}

/** 1-based line and column of the first occurrence of `snippet` after `after`. */
function at(text: string, snippet: string, after = ''): { line: number; column: number } {
  const i = text.indexOf(snippet, after === '' ? 0 : text.indexOf(after));
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('checking results files', () => {
  it('accepts every committed results fixture, and the sweep fixture as a sweep', () => {
    for (const name of ['results-default.json', 'results-history.json', 'results-sensitivity.json', 'results-sync.json', 'results-transition.json'])
      expect(checkResultsText(readFileSync(fixture(name), 'utf8'), name).kind).toBe('single');
    expect(checkResultsText(readFileSync(fixture('results-sweep.json'), 'utf8'), 'sweep.json', { sweep: true }).kind).toBe('sweep');
  });

  it('locates a wrong value at its line and column, with its JSON path, value and expectation', () => {
    const r = JSON.parse(DEFAULT) as { setups: Record<string, { summary: { gmv: { mean: unknown } }; monthly: { days: number }[] }> };
    const name = Object.keys(r.setups)[0];
    r.setups[name].summary.gmv.mean = 'lots';
    r.setups[name].monthly[0].days = 31;
    const text = JSON.stringify(r, null, 2);
    const [gmv, days] = problems(text);
    expect(gmv).toEqual({ file: 'r.json', ...at(text, '"lots"'), path: `setups.${name}.summary.gmv.mean`, got: '"lots"', expected: 'a number or null' });
    expect([days.path, days.got, days.expected]).toEqual([`setups.${name}.monthly[0].days`, '31', 'a number > 0 and ≤ 30']);
    expect(days.line).toBe(at(text, '"days": 31').line);
  });

  it('points a missing field at the object that lacks it, and an unknown key at its value', () => {
    const r = JSON.parse(DEFAULT) as Record<string, unknown> & { run: Record<string, unknown> };
    delete r.run.workers;
    r.extra = true;
    const text = JSON.stringify(r, null, 2);
    const found = problems(text);
    expect(found.map((p) => [p.path, p.got])).toEqual([
      ['run.workers', 'nothing'],
      ['extra', 'unknown key "extra"'],
    ]);
    expect(found[0].line).toBe(at(text, '"run": {').line);
  });

  it('says which version it reads for another schema version', () => {
    const [p] = problems(DEFAULT.replace('"schemaVersion": 2', '"schemaVersion": 1'));
    expect([p.path, p.got, p.expected, p.line]).toEqual(['schemaVersion', '1', resultsExpectedVersion(2), at(DEFAULT, '"schemaVersion"').line]);
  });

  it('locates a JSON syntax error, and the end of a cut file', () => {
    const [p] = problems('{\n  "a": 1,\n  "b": ]\n}');
    expect([p.line, p.column]).toEqual([3, 8]);
    expect(p.note).toMatch(/^is not valid JSON: /);
    const [cut] = problems(DEFAULT.slice(0, 1000));
    expect(cut.line).toBe(DEFAULT.slice(0, 1000).split('\n').length);
  });

  it('lists at most 20 problems, then how many more', () => {
    const r = JSON.parse(DEFAULT) as { replicationIndices: unknown[] };
    r.replicationIndices = Array.from({ length: 30 }, () => 'x');
    const found = problems(JSON.stringify(r));
    expect(found).toHaveLength(21);
    expect(found[20].note).toMatch(/^and \d+ more problems/);
  });

  it('checks every point of a sweep against the results schema', () => {
    const sweep = JSON.parse(readFileSync(fixture('results-sweep.json'), 'utf8')) as { points: { seed: unknown }[] };
    sweep.points[1].seed = 1.5;
    const [p] = problems(JSON.stringify(sweep, null, 1), true);
    expect(p.path).toBe('points[1].seed');
    expect(sweepSchema.shape.points.element).toBeDefined();
  });

  it('finds positions in one iterative pass, through escapes and deep nesting', () => {
    const text = `{"a": "x\\"}", "b": [1, {"c": [true, null]}], "d": ${'['.repeat(20000)}${']'.repeat(20000)}}`;
    const found = positionsOf(text, [['b', 1, 'c', 1], ['a'], ['zzz']]);
    expect(found.get(JSON.stringify(['a']))).toEqual({ line: 1, column: 7 });
    expect(found.get(JSON.stringify(['b', 1, 'c', 1]))).toEqual({ line: 1, column: text.indexOf('null') + 1 });
    expect(found.has(JSON.stringify(['zzz']))).toBe(false);
  });
});
