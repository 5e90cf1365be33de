/** The failure lines under the run table (src/cli/failure-summary.ts), on the real sync fixture. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureSummary } from '../../src/cli/failure-summary.js';
import type { Results } from '../../src/results/types.js';

const load = (f: string) => JSON.parse(readFileSync(resolve(__dirname, '../fixtures', f), 'utf8')) as Results;

describe('failureSummary', () => {
  it('prints one line per setup with failures: types, lock-failure causes, and the late-push share only where the WMS syncs', () => {
    const r = load('results-sync.json');
    const lines = failureSummary(r).trim().split('\n');
    const f = r.setups['merged-lagging'].failures!.summary;
    const lagging = lines.find((l) => l.startsWith('failures merged-lagging:'))!;
    expect(lagging).toContain(`${f.lockFailures.mean!.toFixed(1)} lock failures`);
    expect(lagging).toContain(`token expired ${f.lockFailuresTokenExpired.mean!.toFixed(1)}`);
    expect(lagging).toContain(`${(f.latePushShare.mean! * 100).toFixed(1)}% from late pushes (programme: 92.7%)`);
    expect(lines.find((l) => l.startsWith('failures unmerged:'))).not.toContain('late pushes');
  });

  it('prints nothing without a failure board', () => {
    expect(failureSummary(load('results-default.json'))).toBe('');
  });
});
