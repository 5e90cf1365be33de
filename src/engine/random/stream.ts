import seedrandom from 'seedrandom';

/**
 * A source of uniform numbers in [0, 1). Call it like a function: `rng()`.
 * Streams are seedrandom's Alea generator (period ≈ 2^116, passes BigCrush); see
 * `docs/engine.md` for why Alea was chosen over the default ARC4 generator.
 */
export type Rng = () => number;

/**
 * The named substream for (seed, replication, stream name). The key string is hashed by
 * Alea's own seeding hash (Mash), so a stream depends only on its key, never on which other
 * streams exist or the order they were created in (checked by
 * `test/engine/random/stream.test.ts`).
 *
 * @example
 * const arrivals = substream(42, 0, 'shop:a/arrivals');
 * const u = arrivals(); // uniform in [0, 1)
 */
export function substream(seed: number | string, replication: number, name: string): Rng {
  return seedrandom.alea(`poolsim|${seed}|${replication}|${name}`) as Rng;
}
