// The fuzz suite's worker thread (test/fuzz/scenario-fuzz.ts): loads one scenario file as
// `poolsim validate` and `poolsim run` do (`loadStudyScenario`), and for an accepted file runs a
// short study in-process — one replication of every setup over a tiny horizon — and checks what
// comes out. Plain JavaScript on the built modules (dist/), so the main thread can time-box each
// case and terminate a thread that hangs. `npm test` builds first.
import { parentPort } from 'node:worker_threads';
import { loadStudyScenario } from '../../dist/experiment/load-study-scenario.js';
import { applyOverrides } from '../../dist/experiment/scenario-overrides.js';
import { buildResults } from '../../dist/experiment/aggregate/results.js';
import { resultsJson } from '../../dist/experiment/output/write-run.js';
import { resultsSchema } from '../../dist/experiment/results-schema.js';
import { METRIC_INFO } from '../../dist/experiment/metric-info.js';
import { runReplication } from '../../dist/model/replication.js';
import { ScenarioError } from '../../dist/scenario/errors.js';
import * as scenarioLayer from '../../dist/scenario/index.js';

/**
 * Estimated seconds (the loader's own estimate, `studyWork`) above which an accepted case is
 * not run: a short study must stay short. Such a case still counts as accepted; when the
 * estimate is over the loader's warning thresholds it must also carry the warning.
 */
const RUN_BUDGET_SECONDS = 1;

/** Every problem names the file and says where and what: a file problem (line 0) has a note, a field problem a line, a column and got/expected or a note. */
function unlocated(problems, file, lines) {
  if (problems.length === 0) return 'no problems in a ScenarioError';
  for (const p of problems) {
    if (p.file !== file) return `problem names ${p.file}`;
    if (p.line === 0) {
      if (p.column !== 0 || !p.note) return `file problem without a note: ${JSON.stringify(p)}`;
      continue;
    }
    if (!(p.line >= 1 && p.line <= lines && p.column >= 1)) return `position ${p.line}:${p.column} outside the file (${lines} lines)`;
    if (!p.note && !(p.got && p.expected)) return `problem without got/expected: ${JSON.stringify(p)}`;
    for (const t of [p.got, p.expected, p.note ?? '']) if (/\n|^\s+at /.test(t)) return `multi-line text: ${JSON.stringify(t)}`;
  }
  return undefined;
}

const MONEY_NEVER_NEGATIVE = new Set(['gmv', 'costOfGoods', 'serviceFees', 'splitFees', 'commissionFees', 'operatingCost', 'migrationCost', 'blockedSales', 'avgOnHandValue']);

/** What makes no sense in one setup's replication: infinite values, negative counts, rates outside [0, 1], negative money that cannot be negative. */
function absurdities(name, r) {
  const out = [];
  for (const [metric, value] of Object.entries(r.metrics)) {
    const info = METRIC_INFO[metric];
    if (typeof value !== 'number') out.push(`${name}.${metric} = ${value}`);
    else if (Number.isNaN(value)) continue; // not computable (an empty denominator): null in results.json
    else if (!Number.isFinite(value)) out.push(`${name}.${metric} = ${value}`);
    else if (info?.unit === 'share' && (value < 0 || value > 1)) out.push(`${name}.${metric} = ${value} (a share)`);
    else if (['orders', 'units', 'days', 'parcels per order', 'turns per year'].includes(info?.unit) && value < 0) out.push(`${name}.${metric} = ${value} (${info.unit})`);
    else if (MONEY_NEVER_NEGATIVE.has(metric) && value < -1e-9) out.push(`${name}.${metric} = ${value} (USD)`);
  }
  if (r.metrics.ordersDelivered > r.metrics.ordersPlaced) out.push(`${name}: ${r.metrics.ordersDelivered} delivered of ${r.metrics.ordersPlaced} placed`);
  for (const [i, m] of (r.monthly ?? []).entries()) {
    for (const key of ['gmv', 'unitsSold', 'ordersDelivered', 'ordersReturned', 'serviceFee', 'splitFee', 'commissionFee', 'operatingCost'])
      if (typeof m[key] === 'number' && (m[key] < -1e-9 || !Number.isFinite(m[key]))) out.push(`${name}.monthly[${i}].${key} = ${m[key]}`);
    for (const key of ['returnRate', 'feeRate', 'unitSellThrough', 'skuSellThrough', 'tierSellThrough'])
      if (typeof m[key] === 'number' && !Number.isNaN(m[key]) && (m[key] < 0 || m[key] > 1)) out.push(`${name}.monthly[${i}].${key} = ${m[key]}`);
  }
  return out;
}

async function handle({ file, lines, horizon }) {
  let loaded;
  try {
    loaded = await loadStudyScenario(file);
  } catch (e) {
    if (e instanceof ScenarioError) {
      const why = unlocated(e.problems, file, lines);
      return why ? { outcome: 'crash', detail: `unlocated: ${why}` } : { outcome: 'located', problems: e.problems.length };
    }
    return { outcome: 'crash', detail: `load threw ${e?.name}: ${e?.message}`.slice(0, 400), stack: e?.stack };
  }
  const file0 = scenarioLayer.studyWork(loaded.scenario);
  if ((file0.setupSeconds > scenarioLayer.SLOW_SETUP_SECONDS || file0.runSeconds > scenarioLayer.SLOW_RUN_SECONDS) !== loaded.warnings.length > 0)
    return { outcome: 'crash', detail: `estimate ${file0.runSeconds.toFixed(1)} s but ${loaded.warnings.length} warnings` };
  const scenario = applyOverrides(loaded.scenario, { horizonDays: horizon, warmupDays: 0 });
  const work = scenarioLayer.studyWork(scenario);
  if (work.runSeconds > RUN_BUDGET_SECONDS) return { outcome: 'slow', warned: loaded.warnings.length > 0, detail: `estimated ${work.runSeconds.toFixed(1)} s` };
  let output;
  try {
    output = runReplication(scenario, 0);
  } catch (e) {
    return { outcome: 'crash', detail: `run threw ${e?.name}: ${e?.message}`.slice(0, 400), stack: e?.stack };
  }
  const bad = Object.entries(output.setups).flatMap(([name, r]) => absurdities(name, r));
  let results;
  try {
    results = buildResults(
      { tool: { name: 'poolsim', version: 'fuzz' }, scenario: loaded.source, resolved: scenario, run: { startedAt: new Date(0).toISOString(), wallSeconds: 0, workers: 1, partial: false } },
      [output],
    );
  } catch (e) {
    return { outcome: 'crash', detail: `results threw ${e?.name}: ${e?.message}`.slice(0, 400), stack: e?.stack };
  }
  const parsed = resultsSchema.safeParse(JSON.parse(resultsJson(results)));
  if (!parsed.success) bad.push(`results.json does not follow its schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (bad.length > 0) return { outcome: 'absurd', detail: bad.slice(0, 6).join('; ') };
  return { outcome: 'ran', orders: output.ordersSimulated };
}

parentPort.on('message', async (msg) => {
  const started = performance.now();
  let reply;
  try {
    reply = await handle(msg);
  } catch (e) {
    reply = { outcome: 'crash', detail: `harness: ${e?.message}`, stack: e?.stack };
  }
  parentPort.postMessage({ id: msg.id, ms: performance.now() - started, ...reply });
});
