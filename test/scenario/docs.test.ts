import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioFile, setupBlock } from '../../src/scenario/index.js';
import { knownKeys, childSchema, unwrap } from '../../src/scenario/schema-walk.js';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/scenario.md', import.meta.url)), 'utf8');
const yamlBlocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

type Schema = z.core.$ZodType;

/** Every key the format knows, found by walking the schema (objects, lists, maps, unions). */
function allKeys(schema: Schema, seen = new Set<Schema>(), out = new Set<string>()): Set<string> {
  const s = unwrap(schema);
  if (seen.has(s)) return out;
  seen.add(s);
  const def = (s as unknown as { _zod: { def: { type: string; options?: Schema[]; element?: Schema; valueType?: Schema } } })._zod.def;
  for (const key of knownKeys(s)) {
    out.add(key);
    const child = childSchema(s, key);
    if (child) allKeys(child, seen, out);
  }
  if (def.type === 'union') for (const o of def.options ?? []) allKeys(o, seen, out);
  if (def.type === 'array' && def.element) allKeys(def.element, seen, out);
  if (def.type === 'record' && def.valueType) allKeys(def.valueType, seen, out);
  return out;
}

describe('docs/scenario.md', () => {
  it.each([...allKeys(scenarioFile), ...allKeys(setupBlock)])('documents the field `%s`', (key) => {
    // As `key` in a table, or as the key of a one-of form such as `{ fillRate: β }`.
    expect(DOC.includes(`\`${key}\``) || DOC.includes(`\`{ ${key}:`)).toBe(true);
  });

  it('has a minimal file that loads', () => {
    const minimal = yamlBlocks.find((b) => b.startsWith('name: minimal'));
    expect(minimal).toBeDefined();
    expect(parseScenario(minimal!, 'minimal.yaml').scenario.setups.map((s) => s.name)).toEqual(['unmerged', 'merged']);
  });

  // Section examples are fragments: check each top-level entry against its own field schema
  // (references to ids defined elsewhere are not checked here).
  it.each(yamlBlocks.filter((b) => !b.startsWith('name: minimal') && !b.startsWith('name: example')))(
    'has a valid section example %#',
    (block) => {
      const fragment = parse(block) as Record<string, unknown>;
      for (const [key, value] of Object.entries(fragment)) {
        const schema = scenarioFile.shape[key as keyof typeof scenarioFile.shape] as Schema | undefined;
        if (key === 'setups') {
          for (const setup of Object.values(value as Record<string, unknown>)) expect(setupBlock.safeParse(setup).success).toBe(true);
          continue;
        }
        if (schema === undefined) {
          // Distribution examples are written as bare fields (pickTime:, price:, …).
          expect(['pickTime', 'handover', 'transit', 'price', 'linesPerOrder']).toContain(key);
          continue;
        }
        const result = (schema as unknown as z.ZodType).safeParse(value);
        expect(result.success, `${key}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    },
  );
});
