/** Quotes a shell word when it needs it (POSIX single quotes). */
export function shellWord(w: string): string {
  return /^[\w@%+=:,./[\]-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that reruns replication `replication` alone, reproducing it exactly: the
 * replication's random streams depend only on (seed, replication index, stream name), and
 * every override that shaped the failed run is repeated.
 *
 * @example
 * rerunCommand({ file: 'scenarios/default.yaml', replication: 3, seed: 1 });
 * // 'poolsim run scenarios/default.yaml --rep 3 --seed 1'
 */
export function rerunCommand(o: {
  file: string;
  replication: number;
  seed: number | string;
  warmupDays?: number;
  horizonDays?: number;
  set?: Record<string, unknown>;
}): string {
  const words = ['poolsim', 'run', o.file, '--rep', String(o.replication), '--seed', String(o.seed)];
  if (o.warmupDays !== undefined) words.push('--warmup', String(o.warmupDays));
  if (o.horizonDays !== undefined) words.push('--horizon', String(o.horizonDays));
  for (const [path, value] of Object.entries(o.set ?? {})) {
    words.push('--set', `${path}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return words.map(shellWord).join(' ');
}
