import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioError, parseScenario } from '../../src/scenario/index.js';
import { minimalText } from './support.js';

const base = parse(minimalText()) as unknown;

/** Every path in the fixture (to mappings, lists and leaves). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const ALL = paths(base).filter((p) => p.length > 0);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cur = copy;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return copy;
}

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', '30m', '2 days', 'HZ', 'ES', 'merged', 'nearest', 'x'),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('type', 'mean', 'min', 'max', 'id', 'foo'), fc.oneof(fc.integer(), fc.constantFrom('uniform', 'gamma'))),
);

describe('parseScenario on mutated files', () => {
  // 200 random single-field mutations of the fixture: each either loads, or fails with a
  // ScenarioError whose every problem has a position in the file and says what is wrong.
  it('never fails any other way, and locates every problem', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), anyValue, (path, value) => {
        const text = stringify(setAt(base, path, value));
        const lines = text.split('\n').length;
        try {
          parseScenario(text, 'm.yaml');
        } catch (e) {
          expect(e).toBeInstanceOf(ScenarioError);
          const { problems, message } = e as ScenarioError;
          expect(problems.length).toBeGreaterThan(0);
          expect(message.split('\n')).toHaveLength(problems.length);
          for (const p of problems) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(lines);
            expect(p.note ?? `${p.got}${p.expected}`).not.toBe('');
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
