/**
 * The experiment layer: replications on worker threads, statistics, results.json, sweeps
 * and shards. Entry points: `runStudy` (what `poolsim run` does), `runSweep`, `mergeFiles`;
 * `runExperiment` for a resolved scenario and a runner of your own.
 */
export { runExperiment } from './experiment.js';
export { runStudy, shardFolder } from './study.js';
export { runSweep, writeSweepTable, sweepJson, SWEEP_CSV, SWEEP_JSON } from './sweep/run-sweep.js';
export { mergeFiles } from './merge-files.js';
export { mergeGroup, readMergeInput, groupBySweepPoint } from './merge.js';
export { buildResults, assumptionsOf } from './aggregate/results.js';
export { summarize, tHalfWidth, CONFIDENCE } from './statistics/summary.js';
export { pairedComparison } from './statistics/paired.js';
export { histogramQuantile, sumHistograms } from './statistics/histogram.js';
export { createRunner } from './run/create-runner.js';
export { inProcessRunner } from './run/in-process-runner.js';
export { poolRunner } from './run/pool-runner.js';
export { Interrupt } from './run/interrupt.js';
export { parseShard, shardSlice, formatShard } from './plan/shard.js';
export { parseTarget, targetsMet, nextTotal } from './plan/target-precision.js';
export { planIndices } from './plan/replication-plan.js';
export { parseVary, gridPoints, pointIndex } from './sweep/vary.js';
export { applyValues } from './sweep/apply-values.js';
export { applyOverrides, parseDurationOption, parseSeed, parseSets } from './scenario-overrides.js';
export { prepareRunFolder } from './output/run-folder.js';
export { writeRun, resultsJson, RESULTS_FILE, REPLICATIONS_CSV, SUMMARY_CSV } from './output/write-run.js';
export { writeFileAtomic } from './output/atomic-write.js';
export { RAW_FILE } from './output/raw.js';
export { resultsSchema, resultsJsonSchema } from './results-schema.js';
export { METRIC_INFO } from './metric-info.js';
export { rerunCommand } from './rerun-command.js';
export { ExperimentUsageError } from './errors.js';

export type { ExperimentOptions, ExperimentOutcome, ExperimentProgress } from './experiment.js';
export type { StudyOptions, StudyOutcome } from './study.js';
export type { SweepOptions, SweepOutcome } from './sweep/run-sweep.js';
export type { MergeFilesOutcome } from './merge-files.js';
export type { ReplicationRunner } from './run/runner.js';
export type { ReplicationTask, Replicate } from './run/replication-task.js';
export type { Shard } from './plan/shard.js';
export type { PrecisionTarget } from './plan/target-precision.js';
export type { VaryAxis } from './sweep/vary.js';
export type { RunOverrides } from './scenario-overrides.js';
export type { ReplicationFailure } from './errors.js';
export type { MetricInfo } from './metric-info.js';
export type { SweepTable } from './sweep/table.js';
