import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioJsonSchemaText, SCENARIO_SCHEMA_ID } from '../../src/scenario/index.js';
import { MINIMAL_FILE, minimalText } from './support.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));
const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const committed = readFileSync(SCHEMA_FILE, 'utf8');

// An independent reading of the JSON Schema: zod's JSON Schema importer, which knows
// nothing of the zod schema the file was generated from.
const fromJson = z.fromJSONSchema(JSON.parse(committed));

describe('schema/scenario.schema.json', () => {
  it('is up to date with src/scenario/schema.ts (run `npm run build && npm run schema` if not)', () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('names itself and keeps repeated parts in definitions', () => {
    const json = JSON.parse(committed) as { $id: string; $schema: string; definitions: Record<string, unknown> };
    expect(json.$id).toBe(SCENARIO_SCHEMA_ID);
    expect(json.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(json.definitions)).toEqual(expect.arrayContaining(['distribution-days', 'distribution']));
  });

  it('accepts the minimal fixture, with partial setup overrides', () => {
    const data = parse(minimalText()) as Record<string, any>;
    expect(fromJson.safeParse(data).success).toBe(true);
    data.setups.merged.allocation = { router: 'nearest' };
    data.setups.merged.replenishment = { leadTime: { type: 'gamma', mean: 7, cv: 0.3 } };
    expect(fromJson.safeParse(data).success).toBe(true);
  });

  it('rejects what the loader rejects field by field: unknown keys, bad values, bad setup keys', () => {
    const base = () => parse(minimalText()) as Record<string, any>;
    const unknownKey = base();
    unknownKey.warehouses[0].pickres = 2;
    const negative = base();
    negative.warehouses[0].pickers = -2;
    const badDuration = base();
    badDuration.markets[0].promise = '10 days';
    const badSetup = base();
    badSetup.setups.merged.seed = 3;
    for (const data of [unknownKey, negative, badDuration, badSetup]) expect(fromJson.safeParse(data).success).toBe(false);
  });
});

const scenarioFiles = readdirSync(SCENARIOS_DIR).filter((f) => /\.(ya?ml|json)$/.test(f));

describe.runIf(scenarioFiles.length > 0)('committed scenarios', () => {
  it.each(scenarioFiles)('%s passes the loader and the JSON Schema', async (name) => {
    const path = `${SCENARIOS_DIR}${name}`;
    await expect(loadScenario(path)).resolves.toBeDefined();
    expect(fromJson.safeParse(parse(readFileSync(path, 'utf8'))).success).toBe(true);
  });
});

describe('the fixture', () => {
  it('is the file the tests use', () => {
    expect(readFileSync(MINIMAL_FILE, 'utf8')).toBe(minimalText());
  });
});
