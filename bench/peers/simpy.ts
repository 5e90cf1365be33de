import { spawnSync } from 'node:child_process';
import { repoPath } from '../fixtures/repo-path.js';
import { message } from '../harness/messages.js';

/** Python interpreter the peer runs with: Debian's, where `python3-simpy3` installs SimPy. */
export const PEER_PYTHON = process.env.POOLSIM_BENCH_PYTHON ?? '/usr/bin/python3';

// The script is not compiled: it is read from the source tree.
const SCRIPT = repoPath('bench/peers/mm1_simpy.py');

/** What the SimPy M/M/1 peer reports. */
export interface SimpyOutcome {
  simpyVersion: string;
  customers: number;
  /** Wall seconds spent in `env.run()`, one per repetition. */
  seconds: number[];
  /** CPU seconds of the Python process spent in `env.run()`, one per repetition. */
  cpuSeconds: number[];
  /** Mean time in system of the last repetition (theory: 10). */
  meanSojourn: number;
}

/**
 * Runs `bench/peers/mm1_simpy.py` with {@link PEER_PYTHON}. Returns the reason as a string
 * when SimPy cannot be imported or the script fails, so the bench can skip the peer with a
 * clear message instead of failing.
 */
export function runSimpyMm1(customers: number, reps: number, seed: number): SimpyOutcome | string {
  const probe = spawnSync(PEER_PYTHON, ['-c', 'import simpy'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return message.simpyMissing(PEER_PYTHON);
  const run = spawnSync(
    PEER_PYTHON,
    [SCRIPT, '--customers', String(customers), '--reps', String(reps), '--seed', String(seed)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (run.error || run.status !== 0) {
    return message.peerFailed(run.error?.message ?? run.stderr.trim().split('\n').slice(-1)[0] ?? 'no output');
  }
  const out = JSON.parse(run.stdout.trim().split('\n').slice(-1)[0]) as {
    simpy: string;
    customers: number;
    seconds: number[];
    cpuSeconds: number[];
    meanSojourn: number;
  };
  return {
    simpyVersion: out.simpy,
    customers: out.customers,
    seconds: out.seconds,
    cpuSeconds: out.cpuSeconds,
    meanSojourn: out.meanSojourn,
  };
}
