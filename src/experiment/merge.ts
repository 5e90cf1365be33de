/**
 * Merging shard results: several results files of one study (shards of its replications,
 * or points of a sweep) → exactly the results an unsharded run writes (byte-identical
 * outside `run`; `test/experiment/merge.test.ts`).
 *
 * 1. read each results.json and its raw replications file, both checked (`validate-results.ts`:
 *    located problems, exit 2);
 * 2. group files by sweep point (one group when not a sweep);
 * 3. per group, check the files come from one study (scenario hash, seed, run lengths,
 *    assumptions…) and hold disjoint replications, then rebuild the results from the raw
 *    replications with the same `buildResults` a run uses.
 */
import type { ReplicationOutput } from '../model/result.js';
import type { Results } from '../results/types.js';
import type { Scenario, Setup } from '../scenario/schema.js';
import { buildResults } from './aggregate/results.js';
import { ExperimentUsageError } from './errors.js';
import { mergeMismatch, mergeNothing, mergeOverlap, notResults, rawMissing } from './messages.js';
import { RAW_FILE } from './output/raw.js';
import { readCheckedRaw, readCheckedResults } from './validate-results.js';

/** One results file to merge, with its raw replications. */
export interface MergeInput {
  file: string;
  results: Results;
  outputs: ReplicationOutput[];
}

/**
 * Reads and checks a results file and the raw replications beside it.
 *
 * @throws {ResultsFileError} when either does not follow its schema (located problems)
 * @throws {ExperimentUsageError} when it has no raw file
 */
export function readMergeInput(file: string): MergeInput {
  const checked = readCheckedResults(file);
  if (checked.kind !== 'single') throw new ExperimentUsageError(notResults(file, 'a sweep table, not one run'), { file });
  const outputs = readCheckedRaw(file, checked.results);
  if (!outputs) throw new ExperimentUsageError(rawMissing(file, RAW_FILE), { file });
  return { file, results: checked.results, outputs };
}

/** The resolved scenario recorded in a results file (what `buildResults` needs of it). */
function scenarioOf(r: Results): Scenario {
  const a = r.assumptions as { seller: Scenario['seller']; eligibility: Scenario['eligibility']; shared: Scenario['shared']; setups: Record<string, Setup> };
  return {
    name: r.scenario.name,
    ...(r.scenario.description !== undefined ? { description: r.scenario.description } : {}),
    seed: r.seed,
    replications: r.replications,
    baseline: r.baseline,
    seller: a.seller,
    eligibility: a.eligibility,
    shared: a.shared,
    setups: Object.values(a.setups),
  };
}

const IDENTITY: Array<[string, (r: Results) => unknown]> = [
  ['schemaVersion', (r) => r.schemaVersion],
  ['tool', (r) => r.tool],
  ['scenario (name, file or sha256)', (r) => r.scenario],
  ['seed', (r) => r.seed],
  ['horizonDays', (r) => r.horizonDays],
  ['warmupDays', (r) => r.warmupDays],
  ['baseline', (r) => r.baseline],
  ['assumptions', (r) => r.assumptions],
  ['sweepPoint', (r) => r.sweepPoint ?? null],
];

/** Shards named `k/n` in the inputs: true when some k of n is missing. */
function missingShards(inputs: readonly MergeInput[]): boolean {
  const shards = inputs.map((i) => i.results.run.shard).filter((s): s is string => s !== undefined);
  if (shards.length === 0) return false;
  const n = Number(shards[0].split('/')[1]);
  const ks = new Set(shards.map((s) => Number(s.split('/')[0])));
  return ks.size < n;
}

/**
 * Merges results files of one study (or one sweep point) into one results object and the
 * combined raw replications. `run`: earliest start, summed wall time, most workers, partial
 * when any input is partial or a shard of `k/n` is missing.
 *
 * @throws {ExperimentUsageError} when inputs differ in what defines the study, or overlap
 */
export function mergeGroup(inputs: readonly MergeInput[]): { results: Results; outputs: ReplicationOutput[] } {
  if (inputs.length === 0) throw new ExperimentUsageError(mergeNothing());
  const first = inputs[0];
  for (const other of inputs.slice(1)) {
    for (const [field, get] of IDENTITY) {
      if (JSON.stringify(get(first.results)) !== JSON.stringify(get(other.results))) {
        throw new ExperimentUsageError(mergeMismatch(first.file, other.file, field), { field });
      }
    }
  }
  const owner = new Map<number, string>();
  const outputs: ReplicationOutput[] = [];
  for (const input of inputs) {
    for (const o of input.outputs) {
      const prev = owner.get(o.replication);
      if (prev !== undefined) throw new ExperimentUsageError(mergeOverlap(o.replication, prev, input.file));
      owner.set(o.replication, input.file);
      outputs.push(o);
    }
  }
  outputs.sort((a, b) => a.replication - b.replication);
  const runs = inputs.map((i) => i.results.run);
  const results = buildResults(
    {
      tool: first.results.tool,
      scenario: first.results.scenario,
      resolved: scenarioOf(first.results),
      sweepPoint: first.results.sweepPoint,
      run: {
        startedAt: runs.map((r) => r.startedAt).sort()[0],
        wallSeconds: Math.round(runs.reduce((s, r) => s + r.wallSeconds, 0) * 100) / 100,
        workers: Math.max(...runs.map((r) => r.workers)),
        partial: runs.some((r) => r.partial) || missingShards(inputs),
      },
    },
    outputs,
  );
  return { results, outputs };
}

/**
 * Splits inputs by sweep point (same `sweepPoint` values), groups in the order of the
 * points' first appearance. Plain runs form one group.
 */
export function groupBySweepPoint(inputs: readonly MergeInput[]): MergeInput[][] {
  const groups = new Map<string, MergeInput[]>();
  for (const i of inputs) {
    const key = JSON.stringify(i.results.sweepPoint ?? null);
    const g = groups.get(key) ?? [];
    g.push(i);
    groups.set(key, g);
  }
  return [...groups.values()];
}
