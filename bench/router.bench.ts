/**
 * Router suite: 3-line orders routed/s through both router policies (`single-first`: one
 * parcel when any warehouse can serve the whole order, else a greedy set cover; `nearest`:
 * each line from its fastest warehouse), against the allocator suite's pool
 * (`bench/fixtures/pool-fixture.ts`) with W = 2, 4, 8, 16 warehouses — the target is W = 4.
 *
 * One iteration routes 30,000 pre-drawn 3-line orders (distinct SKUs, Zipf-like) after
 * restoring the stock, so every iteration sees the same pool.
 *
 * Reference in the same file: 3 independent single-line allocations per order (what
 * `nearest` does, without the router's call): the cost floor of routing 3 lines.
 */
import { allocateLine } from '../src/model/allocation/allocator.js';
import { ROUTERS, type Router } from '../src/model/allocation/router.js';
import { measure } from './harness/measure.js';
import type { Suite, SuiteContext } from './harness/suite.js';
import type { BenchRecord } from './harness/types.js';
import { buildPoolFixture, drawLines, restoreStock, type LineStream, type PoolFixture } from './fixtures/pool-fixture.js';
import { ALLOCATOR_SKUS } from './allocator.bench.js';

const SUITE = 'router';
export const ROUTER_WAREHOUSES = [2, 4, 8, 16];
export const ROUTER_POLICIES = ['single-first', 'nearest'] as const;
const ORDERS = 30_000;
const LINES_PER_ORDER = 3;

/** Counters of one routing pass, for the record's note. */
interface RouteCounts {
  parcels: number;
  unrouted: number;
}

/** Routes every order; counts parcels (distinct warehouses per order) and unrouted lines. */
function routeAll(router: Router, fixture: PoolFixture, lines: LineStream, out: Int32Array, counts: RouteCounts): void {
  restoreStock(fixture);
  const pool = fixture.pool;
  const { skus, units, markets } = lines;
  let parcels = 0;
  let unrouted = 0;
  for (let o = 0; o < markets.length; o++) {
    const first = o * LINES_PER_ORDER;
    unrouted += router(pool, skus, units, first, LINES_PER_ORDER, markets[o], out);
    const a = out[first];
    const b = out[first + 1];
    const c = out[first + 2];
    parcels += (a >= 0 ? 1 : 0) + (b >= 0 && b !== a ? 1 : 0) + (c >= 0 && c !== a && c !== b ? 1 : 0);
  }
  counts.parcels = parcels;
  counts.unrouted = unrouted;
}

/** Three independent `allocateLine` calls per order: the floor under any 3-line router. */
function allocateThree(fixture: PoolFixture, lines: LineStream): number {
  restoreStock(fixture);
  const pool = fixture.pool;
  const { skus, units, markets } = lines;
  let served = 0;
  for (let o = 0; o < markets.length; o++) {
    const m = markets[o];
    for (let i = o * LINES_PER_ORDER; i < (o + 1) * LINES_PER_ORDER; i++) {
      if (allocateLine(pool, skus[i], units[i], m) >= 0) served++;
    }
  }
  return served;
}

async function run(ctx: SuiteContext): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  const lines = drawLines(ALLOCATOR_SKUS, ORDERS, LINES_PER_ORDER);
  const out = new Int32Array(lines.skus.length);
  for (const W of ROUTER_WAREHOUSES) {
    const fixture = buildPoolFixture(ALLOCATOR_SKUS, W);
    const suffix = W === 4 ? '' : ` × ${W} wh`;
    const floor = `3-line floor (3 allocations)${suffix}`;
    if (W === 4) {
      records.push(
        await measure(
          SUITE,
          {
            name: floor,
            unit: 'orders',
            unitsPerIteration: ORDERS,
            fn: () => allocateThree(fixture, lines),
            params: { skus: ALLOCATOR_SKUS, warehouses: W, policy: 'floor' },
          },
          ctx,
        ),
      );
    }
    for (const policy of ROUTER_POLICIES) {
      const counts: RouteCounts = { parcels: 0, unrouted: 0 };
      const router = ROUTERS[policy];
      const record = await measure(
        SUITE,
        {
          name: `3-line ${policy}${suffix}`,
          unit: 'orders',
          unitsPerIteration: ORDERS,
          fn: () => routeAll(router, fixture, lines, out, counts),
          params: { skus: ALLOCATOR_SKUS, warehouses: W, policy },
          ...(W === 4 ? { baseline: floor } : {}),
        },
        ctx,
      );
      record.note = `${(counts.parcels / ORDERS).toFixed(3)} parcels per order; ${((100 * counts.unrouted) / lines.skus.length).toFixed(1)}% of lines unrouted`;
      records.push(record);
    }
  }
  return records;
}

/** The router suite (see the file comment). */
export const routerSuite: Suite = {
  name: SUITE,
  description: '3-line orders routed/s, both router policies, 10,000 skus × 2..16 warehouses',
  run,
};
