/**
 * Shards on a real batch system: a single-node Slurm (.ci/slurm/start.sh: munged, slurmctld,
 * slurmd, started here and stopped here by their pids) runs the sweep of docs/distributed.md
 * — the very script shown there, docs/examples/sweep.sbatch — as an `sbatch --array` job with
 * `--shard auto`; its shards are merged, and the merged files must equal the unsharded sweep
 * byte for byte, apart from the `run` blocks. The script's own size (20 replications of a
 * year) is cut through its REPS and HORIZON variables; one CPU a task on this node.
 *
 * Runs with POOLSIM_SLURM=1 (`.ci/run` sets it; it needs root and Debian's slurm-wlm and
 * munge, which .ci/run installs); skipped otherwise:
 *   POOLSIM_SLURM=1 npx vitest run test/distributed/slurm.test.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SCRIPT = join(ROOT, 'docs/examples/sweep.sbatch');
const on = process.env.POOLSIM_SLURM === '1';
const SIZE = { REPS: '2', HORIZON: '20' };

/** The sweep's own lines of the script: its --vary axes, as the unsharded run repeats them. */
function varyArgs(): string[] {
  return [...readFileSync(SCRIPT, 'utf8').matchAll(/--vary (\S+)/g)].flatMap((m) => ['--vary', m[1]]);
}

describe.skipIf(!on)('the documented sweep as a Slurm array job', () => {
  const dir = on ? mkdtempSync(join(tmpdir(), 'poolsim-slurm-')) : '';
  const slurm = join(dir, 'slurm');
  const sharded = join(dir, 'sweep-sharded');
  const merged = join(dir, 'sweep-merged');
  const whole = join(dir, 'sweep-whole');
  let pids: number[] = [];
  const env = () => ({ ...process.env, SLURM_CONF: join(slurm, 'slurm.conf') });
  const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

  beforeAll(() => {
    const start = spawnSync('bash', [join(ROOT, '.ci/slurm/start.sh'), slurm], { encoding: 'utf8', timeout: 180_000 });
    if (existsSync(join(slurm, 'pids'))) pids = readFileSync(join(slurm, 'pids'), 'utf8').trim().split(/\s+/).map(Number);
    expect(start.status, start.stderr).toBe(0);
  }, 200_000);

  afterAll(async () => {
    for (const pid of [...pids].reverse()) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 200));
    for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('is the script docs/distributed.md shows', () => {
    const doc = readFileSync(join(ROOT, 'docs/distributed.md'), 'utf8');
    const shown = /```sh\n(#!\/bin\/bash\n# sweep\.sbatch[\s\S]*?)```/.exec(doc)?.[1];
    expect(shown).toBe(readFileSync(SCRIPT, 'utf8'));
  });

  it('runs as an array job, and its merged shards equal the unsharded sweep (run blocks aside)', () => {
    mkdirSync(join(dir, 'logs'));
    // one CPU and a little memory a task: the script asks for 4 CPUs, more than this node has
    const job = spawnSync('sbatch', ['--wait', '--parsable', '--cpus-per-task=1', '--mem=1G', `--chdir=${dir}`, SCRIPT], {
      env: { ...env(), POOLSIM_DIR: ROOT, OUT: sharded, ...SIZE },
      encoding: 'utf8',
      timeout: 30 * 60_000,
    });
    const logs = existsSync(join(dir, 'logs')) ? readdirSync(join(dir, 'logs')).map((f) => readFileSync(join(dir, 'logs', f), 'utf8')).join('\n') : '';
    expect(job.status, `${job.stderr}\n${logs}`).toBe(0);
    expect(readdirSync(join(dir, 'logs'))).toHaveLength(14);

    const points = readdirSync(sharded).filter((p) => p.startsWith('point-')).sort();
    expect(points).toHaveLength(28);
    const m = cli(['merge', ...points.map((p) => join(sharded, p, 'results.json')), '--out', merged]);
    expect(m.status, m.stderr).toBe(0);
    const w = cli(['sweep', 'scenarios/default.yaml', ...varyArgs(), '--reps', SIZE.REPS, '--horizon', SIZE.HORIZON, '--workers', '1', '--out', whole, '--quiet', '--no-report']);
    expect(w.status, w.stderr).toBe(0);

    const withoutRun = (file: string) => {
      const r = JSON.parse(readFileSync(file, 'utf8'));
      delete r.run;
      return JSON.stringify(r);
    };
    for (const p of points) expect(withoutRun(join(merged, p, 'results.json')), p).toBe(withoutRun(join(whole, p, 'results.json')));
    expect(readFileSync(join(merged, 'sweep.csv'), 'utf8')).toBe(readFileSync(join(whole, 'sweep.csv'), 'utf8'));
    const noRuns = (d: string) => {
      const t = JSON.parse(readFileSync(join(d, 'sweep.json'), 'utf8'));
      for (const p of t.points) delete p.run;
      return JSON.stringify(t);
    };
    expect(noRuns(merged)).toBe(noRuns(whole));
  }, 40 * 60_000);
});
