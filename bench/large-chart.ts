/**
 * Writes the large-seller scaling chart of `docs/performance.md` from a results file with the
 * large suite's records: `docs/performance/large-seller-scaling.vl.json` (the spec, data inline),
 * `.svg` and `.png`, with the report's own renderer (`src/report/render/`: vega's headless
 * View, then resvg with the report's fonts).
 *
 * Run: npx tsc -p tsconfig.bench.json && node dist-bench/bench/large-chart.js RESULTS.json [out-dir]
 * (out-dir defaults to docs/performance, beside the throughput chart).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartFonts } from '../src/report/render/fonts.js';
import { renderPng } from '../src/report/render/png.js';
import { renderSvg } from '../src/report/render/svg.js';
import { scalingPoints, scalingSpec } from './charts/scaling-spec.js';
import { repoPath } from './fixtures/repo-path.js';
import { readResults } from './harness/results-file.js';

const input = process.argv[2];
if (!input) {
  console.error('usage: node dist-bench/bench/large-chart.js RESULTS.json [out-dir]');
  process.exit(2);
}
const outDir = process.argv[3] ?? repoPath('docs/performance');
const results = readResults(input);
const points = scalingPoints(results.records);
if (points.length === 0) {
  console.error(`${input} has no records of the large suite's series (npm run bench -- --suite large)`);
  process.exit(2);
}
const m = results.meta;
const subtitle = `${m.cpuModel} × ${m.cores}, node ${m.nodeVersion}, ${m.date.slice(0, 10)}, commit ${m.commit.slice(0, 7)}, ${m.clock} clock${m.quick ? ', --quick' : ''}, one run per point`;
const spec = scalingSpec(points, subtitle);
const fonts = chartFonts('en');
if ('missing' in fonts) {
  console.error(`font ${fonts.missing} is not installed`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const svg = await renderSvg(spec);
writeFileSync(join(outDir, 'large-seller-scaling.vl.json'), `${JSON.stringify(spec, null, 2)}\n`);
writeFileSync(join(outDir, 'large-seller-scaling.svg'), svg);
writeFileSync(join(outDir, 'large-seller-scaling.png'), renderPng(svg, fonts));
console.log(`wrote ${join(outDir, 'large-seller-scaling.{vl.json,svg,png}')} from ${input}`);
