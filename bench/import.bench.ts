/**
 * Import suite: `importOrders` on synthetic order exports (`bench/fixtures/order-export.ts`)
 * of 10⁶ and 5·10⁶ lines in time order and 5·10⁶ lines in random time order (every run of
 * the sort merged), each in a fresh child process (`bench/import-child.ts`); the two
 * in-order files once more with V8's old generation capped at 64 MB, which shows what the
 * import needs rather than how far V8 lets its heap grow. The CSVs are
 * generated into a temporary folder first (not timed) and removed after. Reports lines/s
 * and peak RSS: the peak should not grow with the file. `--quick`: 2·10⁵ and 10⁶ lines.
 *
 * One sample per file (a 5·10⁶-line import takes half a minute); the record's median is
 * the import's wall time, or the child's CPU time with `--clock cpu`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrderExport } from './fixtures/order-export.js';
import { recordFromDurations } from './harness/measure.js';
import { message } from './harness/messages.js';
import type { Suite, SuiteContext } from './harness/suite.js';
import type { BenchRecord } from './harness/types.js';
import type { ImportChildReport } from './import-child.js';

const SUITE = 'import';
const CHILD = fileURLToPath(new URL('./import-child.js', import.meta.url));

/** Imports `csv` in a child process (with a capped old-generation heap when `heapCapMB` is given) and parses its report. */
export function runImportChild(csv: string, out: string, heapCapMB?: number): ImportChildReport {
  const flags = heapCapMB === undefined ? [] : [`--max-old-space-size=${heapCapMB}`];
  const child = spawnSync(process.execPath, [...flags, CHILD, csv, out], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.error || child.status !== 0) {
    throw new Error(message.sanityFailed(`import child for ${csv} failed: ${child.error?.message ?? child.stderr.trim()}`));
  }
  return JSON.parse(child.stdout.trim().split('\n').slice(-1)[0]) as ImportChildReport;
}

/** One file and the imports of it: [task name, heap cap in MB or none]. */
interface ImportCase {
  lines: number;
  inTimeOrder: boolean;
  runs: Array<[string, number | undefined]>;
}

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const cases: ImportCase[] = ctx.quick
    ? [
        { lines: 2e5, inTimeOrder: true, runs: [['2e5 lines, in time order', undefined]] },
        { lines: 1e6, inTimeOrder: true, runs: [['1e6 lines, in time order', undefined]] },
      ]
    : [
        { lines: 1e6, inTimeOrder: true, runs: [['1e6 lines, in time order', undefined], ['1e6 lines, heap capped at 64 MB', 64]] },
        { lines: 5e6, inTimeOrder: true, runs: [['5e6 lines, in time order', undefined], ['5e6 lines, heap capped at 64 MB', 64]] },
        { lines: 5e6, inTimeOrder: false, runs: [['5e6 lines, random time order', undefined]] },
      ];
  const dir = mkdtempSync(join(tmpdir(), 'poolsim-bench-import-'));
  const records: BenchRecord[] = [];
  try {
    for (const c of cases) {
      const csv = join(dir, 'orders.csv');
      ctx.log(`  ${SUITE}/${c.lines} lines: writing the CSV (not timed)`);
      const file = await writeOrderExport(csv, c.lines, c.inTimeOrder);
      for (const [name, heapCapMB] of c.runs) {
        ctx.log(`  ${SUITE}/${name}: ${(file.bytes / 2 ** 20).toFixed(0)} MB, ${file.orders} orders; importing in a child process`);
        const report = runImportChild(csv, join(dir, 'orders.history.jsonl.gz'), heapCapMB);
        if (report.lines !== file.lines) throw new Error(message.sanityFailed(`imported ${report.lines} of ${file.lines} lines`));
        const seconds = ctx.clock === 'cpu' ? report.cpuSeconds : report.seconds;
        const record = recordFromDurations(SUITE, { name, unit: 'lines', unitsPerIteration: report.lines }, [seconds * 1000], ctx.clock);
        record.peakRssMB = report.maxRssMB;
        record.params = { lines: c.lines, inTimeOrder: String(c.inTimeOrder), csvMB: Math.round(file.bytes / 2 ** 20), heapCapMB: heapCapMB ?? 0 };
        record.note =
          `${report.orders} orders, csv ${(file.bytes / 2 ** 20).toFixed(0)} MB → history ${report.outputMB.toFixed(1)} MB; ` +
          `rss before ${report.rssBeforeMB.toFixed(0)} MB; ${report.runs} runs, ${report.spilledMB.toFixed(0)} MB spilled; ` +
          `wall ${report.seconds.toFixed(1)} s, cpu ${report.cpuSeconds.toFixed(1)} s`;
        records.push(record);
      }
      rmSync(csv, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return records;
}

/** The import suite (see the file comment). */
export const importSuite: Suite = {
  name: SUITE,
  description: 'poolsim import orders on 10^6 and 5*10^6-line order exports: lines/s and peak rss, each in a child process',
  run,
};
