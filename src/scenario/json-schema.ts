/**
 * The scenario file format as JSON Schema (draft-07), for editors: autocomplete, hover
 * descriptions and checks while typing. Generated from the zod schema, so it cannot
 * disagree with the loader; `schema/scenario.schema.json` is its committed copy
 * (`npm run schema`, checked by `test/scenario/json-schema.test.ts`).
 *
 * The JSON Schema accepts a little more than the loader in one place: cross-field rules
 * (ids that must exist, `min ≤ max`, a setup's merged result) are only checked by
 * `poolsim validate`.
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { scenarioFile, sharedSettings } from './schema.js';
import { hoistRepeats } from './json-schema-refs.js';
import { childSchema, mergeKind } from './schema-walk.js';

/** The schema's `$id`: a stable name, not a download address. */
export const SCENARIO_SCHEMA_ID = 'urn:poolsim:scenario';

type Json = Record<string, unknown>;
type Schema = z.core.$ZodType;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns the JSON Schema of the shared settings into the schema of a setup's overrides:
 * settings groups lose `required` and `default` all the way down (a setup names only what
 * it changes); values a setup replaces whole (lists, distributions…) keep their own rules.
 */
function asOverride(json: Json, schema: Schema | undefined): Json {
  const out: Json = { ...json };
  delete out.default;
  if (mergeKind(schema) !== 'merge' || schema === undefined) return out;
  delete out.required;
  if (isObject(out.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([k, v]) => [k, asOverride(v as Json, childSchema(schema, k))]),
    );
  } else if (isObject(out.additionalProperties)) {
    out.additionalProperties = asOverride(out.additionalProperties, childSchema(schema, ''));
  }
  return out;
}

const toJson = (schema: Schema): Json =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07', reused: 'inline' }) as Json;

/**
 * Builds the JSON Schema of scenario files. Setup blocks are described precisely: `mode`,
 * `description`, and any shared setting as a partial override.
 *
 * @example
 * const schema = scenarioJsonSchema();
 * schema.$id; // 'urn:poolsim:scenario'
 */
export function scenarioJsonSchema(): Json {
  const file = toJson(scenarioFile);
  const shared = asOverride(toJson(sharedSettings), sharedSettings);
  const properties = file.properties as Json;
  const setups = properties.setups as Json;
  const block = setups.additionalProperties as Json;
  const overrides = shared.properties as Json;
  properties.setups = {
    ...setups,
    description:
      'the setups to compare, by name; each overrides shared settings (groups merge key by key; lists and distributions are replaced whole)',
    additionalProperties: {
      type: 'object',
      properties: { ...(block.properties as Json), ...overrides },
      required: ['mode'],
      additionalProperties: false,
    },
  };
  const { $schema, ...rest } = hoistRepeats(file);
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'poolsim scenario',
    description:
      'A poolsim study: seller, markets, warehouses, shops, catalogue, demand, replenishment, fees, and the setups to compare. See docs/scenario.md.',
    ...rest,
  };
}

/** The JSON Schema as the committed file holds it: 2-space indented, with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/**
 * Writes `text` to `path` atomically: to a temporary file beside it, then renamed over it,
 * so a reader never sees half a file.
 *
 * @throws the file system's error (the temporary file is removed)
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
