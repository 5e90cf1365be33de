import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Clock, MachineInfo } from './types.js';

/**
 * Describes the machine, runtime and checkout a run happens on, for the results file.
 * Spawns `git` twice (about 10 ms); a missing git gives the commit `unknown`.
 */
export function machineInfo(quick: boolean, clock: Clock, now = new Date()): MachineInfo {
  const cpus = os.cpus();
  return {
    host: os.hostname(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    platform: os.platform(),
    arch: os.arch(),
    nodeVersion: process.version,
    v8Version: process.versions.v8,
    commit: gitCommit(),
    date: now.toISOString(),
    quick,
    clock,
    loadAverage: os.loadavg()[0],
  };
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    // Only tracked files matter: an untracked file elsewhere does not change what ran.
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'unknown';
  }
}
