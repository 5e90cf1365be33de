// Writes the REAL report fixture test/fixtures/results-sensitivity.json: the default study,
// shortened (4 replications, 120 measured days), run with --sensitivity, so the report's
// "What flips the verdict" section and tornado chart are tested on what a run writes.
//
// Run: npm run build && node test/report/support/make-sensitivity-fixture.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const ROOT = join(OUT, '../..');
const dir = mkdtempSync(join(tmpdir(), 'poolsim-sensitivity-fixture-'));
try {
  const args = ['run', 'scenarios/default.yaml', '--reps', '4', '--horizon', '120', '--workers', '2', '--sensitivity', '--no-report', '--quiet', '--out', join(dir, 'run')];
  execFileSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  copyFileSync(join(dir, 'run', 'results.json'), join(OUT, 'results-sensitivity.json'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
