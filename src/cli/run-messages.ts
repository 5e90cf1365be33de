/**
 * Messages of the `run`, `sweep` and `merge` commands (lower-case, no trailing period;
 * checked by `test/experiment/cli/run-messages.test.ts`).
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const runMsg = {
  stopping: (running: number) =>
    `stopping: no new replications; waiting for ${plural(running, 'running replication')} (Ctrl-C again to drop ${running === 1 ? 'it' : 'them'})`,
  dropping: () => 'dropping running replications; writing what has finished',
  interrupted: (done: number, file: string) => `interrupted: ${plural(done, 'finished replication')} written to ${file} (partial)`,
  failedSummary: (failed: number, done: number, file: string) =>
    `${plural(failed, 'replication')} failed; the other ${plural(done, 'replication')} are in ${file} (partial)`,
  wroteResults: (file: string) => `results: ${file}`,
  wroteReport: (file: string) => `report: ${file}`,
  reportWarning: (message: string) => `report: ${message}`,
  warning: (message: string) => `warning: ${message}`,
  pastHistory: (until: number, days: number, file: string) =>
    `warning: the run simulates ${until} days but the order history ${file} covers ${days}: in replay no order arrives after day ${days}; shorten --warmup/--horizon or use demand.mode bootstrap`,
  sweepShardHint: (dir: string) => `shard done; when every shard has finished: poolsim merge ${dir}/point-*/results.json --out <dir>`,
  wroteTable: (file: string) => `sweep table: ${file}`,
  merged: (files: number, dir: string) => `merged ${plural(files, 'file')} into ${dir}`,
  mergedPartial: () => 'the merged results are partial (an input was partial, or a shard is missing)',
  badWorkers: (got: unknown) => `--workers must be a positive integer (got ${String(got)})`,
} as const;
