/**
 * `npm run bench`: runs the benchmark suites, prints a table and the targets of issue 7,
 * writes `bench/results/<date>-<host>.json`, and optionally compares with an older run.
 *
 * Steps:
 * 1. parse the options (`--quick`, `--suite`, `--compare`, `--save-baseline`);
 * 2. run each suite in turn (one file per hot path, `bench/*.bench.ts`), in this process
 *    except the memory, import and large suites, which measure child processes;
 * 3. fill the in-run ratios (engine vs bare loop, poolsim vs SimPy, 2 vs 1 workers);
 * 4. print the table and the targets, write the results file;
 * 5. with `--compare`, flag tasks more than 15% slower. Never a CI gate: the exit code is
 *    non-zero only when a suite crashed or the options were wrong.
 */
import { compareRuns } from './harness/compare.js';
import { formatTable } from './harness/format-table.js';
import { parseBenchArgs, USAGE } from './harness/args.js';
import { mirrorPackageJson } from './fixtures/repo-path.js';
import { machineInfo } from './harness/machine.js';
import { message } from './harness/messages.js';
import { readResults, writeResults, writeResultsTo } from './harness/results-file.js';
import { attachRatios, skippedRecord, type Suite, type SuiteContext } from './harness/suite.js';
import { evaluateTargets, formatTargets } from './harness/targets.js';
import { RESULTS_SCHEMA_VERSION, type BenchRecord, type ResultsFile } from './harness/types.js';
import { allocatorSuite } from './allocator.bench.js';
import { e2eSuite } from './e2e.bench.js';
import { importSuite } from './import.bench.js';
import { kernelSuite } from './kernel.bench.js';
import { largeSuite } from './large.bench.js';
import { memorySuite } from './memory.bench.js';
import { randomSuite } from './random.bench.js';
import { routerSuite } from './router.bench.js';

const SUITES: readonly Suite[] = [kernelSuite, randomSuite, allocatorSuite, routerSuite, e2eSuite, memorySuite, importSuite, largeSuite];

async function main(): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const known = SUITES.map((s) => s.name);
  const unknown = args.suites.find((name) => !known.includes(name));
  if (unknown) {
    console.error(message.unknownSuite(unknown, known));
    return 2;
  }
  const selected = args.suites.length > 0 ? SUITES.filter((s) => args.suites.includes(s.name)) : SUITES;

  mirrorPackageJson();
  const meta = machineInfo(args.quick, args.clock);
  const ctx: SuiteContext = { quick: args.quick, clock: args.clock, log: (line) => console.error(line) };
  console.error(
    `poolsim bench${args.quick ? ' --quick' : ''} (${args.clock} clock): ${meta.cpuModel} × ${meta.cores}, node ${meta.nodeVersion}, load ${meta.loadAverage.toFixed(2)}`,
  );
  const started = performance.now();
  const records: BenchRecord[] = [];
  let crashed = false;
  for (const suite of selected) {
    console.error(`${suite.name}: ${suite.description}`);
    try {
      records.push(...(await suite.run(ctx)));
    } catch (error) {
      crashed = true;
      const reason = (error as Error).stack ?? String(error);
      console.error(reason);
      records.push(skippedRecord(suite.name, '(suite)', '', `crashed: ${(error as Error).message}`));
    }
  }
  attachRatios(records);
  const results: ResultsFile = { schemaVersion: RESULTS_SCHEMA_VERSION, meta, records };

  const comparison = args.compare ? compareRuns(readResults(args.compare).records, records, args.threshold) : undefined;
  console.log(formatTable(records, comparison));
  console.log('\ntargets (issue 7):');
  if (args.quick) console.log(`  note: ${message.quickTargets()}`);
  console.log(formatTargets(evaluateTargets(records)));
  if (comparison) {
    console.log(
      `\n${comparison.regressions.length > 0 ? message.regressions(comparison.regressions.length, comparison.threshold) : message.noRegressions(comparison.threshold)}`,
    );
    for (const key of comparison.regressions) console.log(`  ${key}`);
    if (comparison.missing.length > 0) console.log(message.missingTasks(comparison.missing));
    if (comparison.clockMismatch.length > 0) console.log(message.clockMismatch(comparison.clockMismatch));
  }
  const path = writeResults(args.resultsDir, results);
  console.log(`\nwrote ${path} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (args.saveBaseline) {
    writeResultsTo('bench/baseline.json', results);
    console.log('wrote bench/baseline.json');
  }
  return crashed ? 1 : 0;
}

process.exitCode = await main();
