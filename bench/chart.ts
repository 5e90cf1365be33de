/**
 * Writes the throughput chart of `docs/performance.md` from a results file:
 * `docs/performance/throughput.vl.json` (the spec, data inline), `.svg` and `.png`.
 *
 * Run: npx tsc -p tsconfig.bench.json && node dist-bench/bench/chart.js [results.json] [out-dir]
 * (defaults: bench/baseline.json, docs/performance).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPng, renderSvg } from './charts/render.js';
import { throughputPoints, throughputSpec } from './charts/throughput-spec.js';
import { repoPath } from './fixtures/repo-path.js';
import { readResults } from './harness/results-file.js';

const input = process.argv[2] ?? repoPath('bench/baseline.json');
const outDir = process.argv[3] ?? repoPath('docs/performance');
const results = readResults(input);
const m = results.meta;
const subtitle = `${m.cpuModel} × ${m.cores}, node ${m.nodeVersion}, ${m.date.slice(0, 10)}, commit ${m.commit.slice(0, 7)}, ${m.clock} clock, median`;
const spec = throughputSpec(throughputPoints(results.records), subtitle);
mkdirSync(outDir, { recursive: true });
const svg = await renderSvg(spec);
writeFileSync(join(outDir, 'throughput.vl.json'), `${JSON.stringify(spec, null, 2)}\n`);
writeFileSync(join(outDir, 'throughput.svg'), svg);
writeFileSync(join(outDir, 'throughput.png'), renderPng(svg));
console.log(`wrote ${join(outDir, 'throughput.{vl.json,svg,png}')} from ${input}`);
