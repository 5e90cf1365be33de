import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportInputError } from '../../src/report/errors.js';
import { interpretResults, loadResultsFile } from '../../src/report/load-results.js';
import * as msg from '../../src/report/messages.js';
import { REPORT_FIXTURE, SWEEP_FIXTURE, loadFixture } from './support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'poolsim-load-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

function thrown(f: () => unknown): ReportInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ReportInputError);
    return e as ReportInputError;
  }
  throw new Error('expected a ReportInputError');
}

describe('loadResultsFile', () => {
  it('reads a single run and a sweep', () => {
    expect(loadResultsFile(REPORT_FIXTURE).kind).toBe('single');
    const sweep = loadResultsFile(SWEEP_FIXTURE);
    expect(sweep.kind).toBe('sweep');
    if (sweep.kind === 'sweep') {
      expect(sweep.sweep.varied).toEqual(['costs.fulfilmentPerParcel']);
      expect(sweep.sweep.points).toHaveLength(6);
    }
  });

  it('takes the varied parameters from the points when a bare array is given', () => {
    const points = (JSON.parse(readFileSync(SWEEP_FIXTURE, 'utf8')) as { points: unknown[] }).points;
    const loaded = interpretResults(points, 'points.json');
    expect(loaded.kind === 'sweep' && loaded.sweep.varied).toEqual(['costs.fulfilmentPerParcel']);
  });

  it('a missing file', () => {
    const file = join(dir, 'nope.json');
    expect(thrown(() => loadResultsFile(file)).message).toBe(msg.resultsUnreadable(file, 'ENOENT'));
  });

  it('a file that is not JSON', () => {
    const file = write('bad.json', '{ "schemaVersion": 1,');
    expect(thrown(() => loadResultsFile(file)).message).toMatch(/^results file .* is not valid JSON: /);
  });

  it('another schema version', () => {
    // version 1: the results before the sell-through rates were renamed (issue 16)
    const r = { ...loadFixture(), schemaVersion: 1 };
    const file = write('v1.json', JSON.stringify(r));
    expect(thrown(() => loadResultsFile(file)).message).toBe(msg.resultsSchemaVersion(file, 1, 2));
  });

  it('a missing field is named', () => {
    const { setups: _setups, ...rest } = loadFixture();
    const file = write('nosetups.json', JSON.stringify(rest));
    const e = thrown(() => loadResultsFile(file));
    expect(e.message).toBe(msg.resultsNotResults(file, 'setups'));
    expect(e.context).toEqual({ file, field: 'setups' });
  });

  it('a baseline that is not a setup', () => {
    const r = { ...loadFixture(), baseline: 'solo' };
    const file = write('baseline.json', JSON.stringify(r));
    expect(thrown(() => loadResultsFile(file)).message).toBe(
      msg.baselineMissing(file, 'solo', ['unmerged', 'merged', 'merged-nearest-router']),
    );
  });

  it('an empty sweep', () => {
    const file = write('empty-sweep.json', JSON.stringify({ kind: 'sweep', varied: [], points: [] }));
    expect(thrown(() => loadResultsFile(file)).message).toBe(msg.sweepEmpty(file));
  });
});
