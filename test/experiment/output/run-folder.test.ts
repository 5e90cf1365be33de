import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExperimentUsageError } from '../../../src/experiment/errors.js';
import { outExists } from '../../../src/experiment/messages.js';
import { prepareRunFolder, timestampSlug } from '../../../src/experiment/output/run-folder.js';

const now = new Date('2025-03-01T14:05:09.123Z');

describe('prepareRunFolder', () => {
  it('names the default folder after the scenario and the UTC time, never reusing one', () => {
    const parent = mkdtempSync(join(tmpdir(), 'poolsim-runs-'));
    const a = prepareRunFolder({ scenarioName: 'Default study', now, parent });
    const b = prepareRunFolder({ scenarioName: 'Default study', now, parent });
    expect(a).toBe(join(parent, 'default-study-20250301-140509'));
    expect(b).toBe(`${a}-2`);
    expect(existsSync(b)).toBe(true);
  });

  it('refuses an --out folder holding files unless forced', () => {
    const out = mkdtempSync(join(tmpdir(), 'poolsim-out-'));
    writeFileSync(join(out, 'results.json'), '{}');
    expect(() => prepareRunFolder({ out, scenarioName: 's', now })).toThrow(outExists(out));
    expect(prepareRunFolder({ out, force: true, scenarioName: 's', now })).toBe(out);
  });

  it('accepts an absent or empty --out folder', () => {
    const base = mkdtempSync(join(tmpdir(), 'poolsim-out-'));
    mkdirSync(join(base, 'empty'));
    expect(prepareRunFolder({ out: join(base, 'empty'), scenarioName: 's', now })).toBe(join(base, 'empty'));
    expect(prepareRunFolder({ out: join(base, 'new/deep'), scenarioName: 's', now })).toBe(join(base, 'new/deep'));
  });

  it('formats timestamps as sortable UTC', () => {
    expect(timestampSlug(now)).toBe('20250301-140509');
  });
});
