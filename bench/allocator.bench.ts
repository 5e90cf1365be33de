/**
 * Allocator suite: single-line allocation decisions/s (`allocateLine`, the merged setup's
 * hot path) against 10,000 SKUs × W pool warehouses of realistic stock
 * (`bench/fixtures/pool-fixture.ts`: Zipf-like demand, stock following it, a quarter of the
 * cells empty), W = 1, 2, 4, 8, 16 — the target is W = 4.
 *
 * One iteration allocates 100,000 pre-drawn lines after restoring the stock (a 160 kB copy,
 * under 1% of the iteration), so every iteration sees the same pool. A decision is one
 * call, whether it finds a warehouse or not.
 *
 * Reference in the same file: the same decision inlined into the benchmark loop (no call, no
 * property loads), the practical limit of the data layout.
 */
import { allocateLine } from '../src/model/allocation/allocator.js';
import { measure } from './harness/measure.js';
import type { Suite, SuiteContext } from './harness/suite.js';
import type { BenchRecord } from './harness/types.js';
import { buildPoolFixture, drawLines, restoreStock, type LineStream, type PoolFixture } from './fixtures/pool-fixture.js';

const SUITE = 'allocator';
export const ALLOCATOR_SKUS = 10_000;
/** Warehouse counts for the throughput-vs-W chart. */
export const ALLOCATOR_WAREHOUSES = [1, 2, 4, 8, 16];
const LINES = 100_000;

/** Allocates every line of `lines` (one line per order); returns how many found a warehouse. */
function allocateAll(fixture: PoolFixture, lines: LineStream): number {
  restoreStock(fixture);
  const pool = fixture.pool;
  const { skus, units, markets } = lines;
  let served = 0;
  for (let i = 0; i < skus.length; i++) {
    if (allocateLine(pool, skus[i], units[i], markets[i]) >= 0) served++;
  }
  return served;
}

/** The same decisions inlined: fastest warehouse with enough stock, then reserve. */
function allocateAllInlined(fixture: PoolFixture, lines: LineStream): number {
  restoreStock(fixture);
  const { onHand, reserved, baseDays, waitDays, warehouses: W, markets: M } = fixture.pool;
  const { skus, units, markets } = lines;
  let served = 0;
  for (let i = 0; i < skus.length; i++) {
    const row = skus[i] * W;
    const u = units[i];
    const m = markets[i];
    let best = -1;
    let bestDays = Infinity;
    for (let w = 0; w < W; w++) {
      if (onHand[row + w] >= u) {
        const days = waitDays[w] + baseDays[w * M + m];
        if (days < bestDays) {
          bestDays = days;
          best = w;
        }
      }
    }
    if (best >= 0) {
      onHand[row + best] -= u;
      reserved[row + best] += u;
      served++;
    }
  }
  return served;
}

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  const lines = drawLines(ALLOCATOR_SKUS, LINES, 1);
  for (const W of ALLOCATOR_WAREHOUSES) {
    const fixture = buildPoolFixture(ALLOCATOR_SKUS, W);
    const name = `single-line 10k skus × ${W} wh`;
    let served = 0;
    if (W === 4) {
      records.push(
        await measure(
          SUITE,
          {
            name: `${name} (inlined)`,
            unit: 'decisions',
            unitsPerIteration: LINES,
            fn: () => allocateAllInlined(fixture, lines),
            params: { skus: ALLOCATOR_SKUS, warehouses: W, variant: 'inlined' },
          },
          ctx,
        ),
      );
    }
    const record = await measure(
      SUITE,
      {
        name,
        unit: 'decisions',
        unitsPerIteration: LINES,
        fn: () => (served = allocateAll(fixture, lines)),
        params: { skus: ALLOCATOR_SKUS, warehouses: W, variant: 'allocateLine' },
        ...(W === 4 ? { baseline: `${name} (inlined)` } : {}),
      },
      ctx,
    );
    record.note = `${((100 * served) / LINES).toFixed(1)}% of lines served; ${(100 * fixture.emptyShare).toFixed(0)}% of cells empty`;
    records.push(record);
  }
  return records;
}

/** The allocator suite (see the file comment). */
export const allocatorSuite: Suite = {
  name: SUITE,
  description: 'single-line allocation decisions/s, 10,000 skus × 1..16 warehouses of realistic stock',
  run,
};
