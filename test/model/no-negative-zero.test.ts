/**
 * Running sums start at DOUBLE_ZERO (−0, so V8 gives their fields the fraction layout from
 * the start: src/engine/double-zero.ts). A sum that is never added to stays −0; this checks
 * that none reaches a replication's output, where a formatter could print "−0". Short runs
 * are the hard case: in a few days many sums (returns, waits, fees) are never touched.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/load.js';
import { SCENARIOS } from './helpers/scenarios.js';

const files = readdirSync(SCENARIOS).filter((f) => /\.ya?ml$/.test(f));

/** Paths of every −0 in `value` (numbers, typed arrays, arrays and plain objects). */
function negativeZeros(value: unknown, path = 'output'): string[] {
  if (typeof value === 'number') return Object.is(value, -0) ? [path] : [];
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as Float64Array).flatMap((x, i) => negativeZeros(x, `${path}[${i}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => negativeZeros(v, `${path}.${k}`));
  }
  return [];
}

describe('no −0 in replication output', () => {
  it('finds a −0 where there is one', () => {
    expect(negativeZeros({ a: [0, 1], b: { c: -0 }, d: new Float64Array([0, -0]) })).toEqual(['output.b.c', 'output.d[1]']);
  });

  it.each(files)('%s, 1, 10 and 60 measured days', async (file) => {
    const { scenario } = await loadScenario(resolve(SCENARIOS, file));
    for (const horizon of [1, 10, 60]) {
      const short = { ...scenario, setups: scenario.setups.map((s) => ({ ...s, warmup: 0, horizon })) };
      expect(negativeZeros(runReplication(short, 0)), `horizon ${horizon}`).toEqual([]);
    }
  });
});
