/**
 * The setup of a large catalogue stays O(SKUs × warehouses) with a small constant
 * (docs/performance.md, "Large sellers"), checked by counting work, not by timing it: building
 * every setup of the default study (catalogue, static model, order stream) at 2,000 and at
 * 20,000 SKUs must create the same number of typed arrays and maps and sort nothing (no typed
 * array, map, sort or alias table per SKU), the typed arrays must grow by a bounded number of
 * bytes per SKU, no stock target may need the exact Poisson search, and the merged pool's initial
 * stock must arrive in one event, not one per stock point.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Simulation } from '../../src/engine/index.js';
import { exactSearches } from '../../src/model/inventory/base-stock.js';
import { maxUplift, setupInputs, simulateSetup } from '../../src/model/replication.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { bundled, rawScenario } from './helpers/scenarios.js';

const TYPED = ['Float64Array', 'Float32Array', 'Int32Array', 'Uint32Array', 'Int16Array', 'Uint16Array', 'Int8Array', 'Uint8Array'] as const;
type TypedName = (typeof TYPED)[number];

const study = (skus: number, extra: Record<string, unknown> = {}): Scenario =>
  bundled('default.yaml', { catalogue: { ...(rawScenario('default.yaml').catalogue as object), skus }, ...extra });

/** What building every setup of `s` (replication 0) created: typed arrays (count, bytes), maps, sorts, typed-array views. */
function countSetupWork(s: Scenario) {
  const counts = { typedArrays: 0, bytes: 0, maps: 0, sorts: 0, views: 0, exactSearches: 0 };
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  for (const name of [...TYPED, 'Map']) {
    const original = g[name] as new (...args: unknown[]) => object;
    saved.set(name, original);
    g[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        const made = Reflect.construct(target, args, newTarget) as { byteLength?: number };
        if (name === 'Map') counts.maps++;
        else {
          counts.typedArrays++;
          counts.bytes += made.byteLength ?? 0;
        }
        return made;
      },
    });
  }
  type Method = (...a: unknown[]) => unknown;
  const typedProto = Object.getPrototypeOf(Int8Array.prototype) as { sort: Method; subarray: Method; slice: Method };
  const sortSpies = [vi.spyOn(Array.prototype, 'sort'), vi.spyOn(typedProto, 'sort')];
  const viewSpies = [vi.spyOn(typedProto, 'subarray'), vi.spyOn(typedProto, 'slice')];
  const before = exactSearches;
  try {
    const up = maxUplift(s);
    for (const setup of s.setups) setupInputs(s, setup, 0, up);
  } finally {
    for (const [name, original] of saved) g[name] = original;
    counts.sorts = sortSpies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    counts.views = viewSpies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    for (const spy of [...sortSpies, ...viewSpies]) spy.mockRestore();
  }
  counts.exactSearches = exactSearches - before;
  return counts;
}

afterEach(() => vi.restoreAllMocks());

describe('setup of a large catalogue', () => {
  it('allocates per setup, not per SKU: the same typed arrays, maps and views at 2,000 and 20,000 SKUs, no sort, no exact Poisson search', () => {
    const small = countSetupWork(study(2_000));
    const large = countSetupWork(study(20_000));
    expect(large.typedArrays).toBe(small.typedArrays);
    expect(large.maps).toBe(small.maps);
    expect(large.views).toBe(small.views);
    expect({ sorts: large.sorts, exactSearches: large.exactSearches }).toEqual({ sorts: 0, exactSearches: 0 });
  });

  it('holds a bounded number of bytes per SKU in typed arrays (the default study, 4 pool warehouses, 3 shops)', () => {
    const small = countSetupWork(study(2_000));
    const large = countSetupWork(study(20_000));
    const perSku = (large.bytes - small.bytes) / 18_000;
    // About 910 B a SKU over the three setups: stock points 11 × 4 B and their initial units
    // 4 B (unmerged 2.2 points a SKU, 106 B; merged 4 a SKU, 192 B, twice), 8 unit counters of
    // 8 B per SKU and setup (192 B), the unmerged shop index (12 B), returns (16 B a setup), the
    // home warehouses (4 B, twice) and the catalogue, drawn once (≈ 165 B with its alias tables
    // and their scratch). Placement shares kept per SKU (U × W doubles: 64 B over the two merged
    // setups), a second copy of the pool's stock (64 B) or a catalogue drawn per setup (330 B)
    // would break the bound.
    expect(perSku).toBeLessThan(950);
    expect(perSku).toBeGreaterThan(850);
  });

  it('moves the merged pool its initial stock in one event, whatever the number of stock points', () => {
    const migrationEvents = (skus: number) => {
      const s = study(skus, { horizon: 1 });
      const setup = s.setups.find((x) => x.name === 'merged')!;
      const at = setup.allocation.migrationTime;
      const original = Simulation.prototype.scheduleAt;
      let n = 0;
      const spy = vi.spyOn(Simulation.prototype, 'scheduleAt').mockImplementation(function (this: Simulation, t, h, a, b) {
        if (this.now === 0 && t === at) n++;
        return original.call(this, t, h, a, b);
      });
      simulateSetup(s, setup, 0, maxUplift(s));
      spy.mockRestore();
      return n;
    };
    expect(migrationEvents(2_000)).toBe(1);
    expect(migrationEvents(20_000)).toBe(1);
  });
});
