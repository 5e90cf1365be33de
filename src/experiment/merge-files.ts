import { join } from 'node:path';
import type { Results } from '../results/types.js';
import { groupBySweepPoint, mergeGroup, readMergeInput } from './merge.js';
import { prepareRunFolder } from './output/run-folder.js';
import { writeRun } from './output/write-run.js';
import { writeSweepTable } from './sweep/run-sweep.js';
import { axesOf, pointDir } from './sweep/table.js';
import { pointIndex } from './sweep/vary.js';

export interface MergeFilesOutcome {
  dir: string;
  /** results.json files written (one, or one per sweep point). */
  resultsFiles: string[];
  tableFiles: string[];
  /** True when any merged result is partial. */
  partial: boolean;
}

/**
 * `poolsim merge`: reads results files (each with its raw replications beside it) and writes
 * into `out` exactly what an unsharded run writes: a run folder, or for sweep points a sweep
 * folder with `point-XXX/` folders and the sweep table.
 *
 * @throws {ExperimentUsageError} for unreadable, mismatched or overlapping inputs, or an
 *   existing `out` without `force`
 */
export function mergeFiles(files: readonly string[], out: string, force = false): MergeFilesOutcome {
  const groups = groupBySweepPoint(files.map(readMergeInput));
  const merged = groups.map(mergeGroup);
  const dir = prepareRunFolder({ out, force, scenarioName: '', now: new Date() });
  const isSweep = merged.some((m) => m.results.sweepPoint !== undefined);
  if (!isSweep) {
    const m = merged[0];
    return { dir, resultsFiles: [writeRun(dir, m.results, m.outputs)], tableFiles: [], partial: m.results.run.partial };
  }
  const all: Results[] = merged.map((m) => m.results);
  const axes = axesOf(all);
  const resultsFiles = merged.map((m) => {
    const pointFolder = prepareRunFolder({ out: join(dir, pointDir(pointIndex(m.results.sweepPoint ?? {}, axes))), force, scenarioName: '', now: new Date() });
    return writeRun(pointFolder, m.results, m.outputs);
  });
  return { dir, resultsFiles, tableFiles: writeSweepTable(dir, all).files, partial: all.some((r) => r.run.partial) };
}
