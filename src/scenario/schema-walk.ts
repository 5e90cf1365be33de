/**
 * Reading the zod schema as data: which schema sits at a field path, which keys an object
 * knows, whether a setting merges key by key, and how to name what a field expects.
 * Used to explain problems (known keys, "expected …") and to merge setups over shared settings.
 *
 * zod 4 exposes each schema's definition as `schema._zod.def` (`type` plus type-specific
 * fields); only the definition kinds used by `schema.ts` are handled.
 */
import type { z } from 'zod';
import { duration } from './distribution-schema.js';
import { listWords } from './format-value.js';

type Schema = z.core.$ZodType;
type Def = { type: string; [k: string]: unknown };
type Check = { _zod: { def: { check: string; format?: string; value?: number; inclusive?: boolean } } };

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Peels wrappers that do not change what a file may contain: default, optional, nullable, catch… */
function peel(s: Schema): Schema {
  let cur = s;
  for (;;) {
    const def = defOf(cur);
    if (['default', 'optional', 'nullable', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(def.type)) {
      cur = def.innerType as Schema;
    } else if (def.type === 'lazy') {
      cur = (def.getter as () => Schema)();
    } else return cur;
  }
}

/** The schema of what a file may contain at this position: wrappers peeled, pipes read at their input. */
export function unwrap(s: Schema): Schema {
  let cur = peel(s);
  while (defOf(cur).type === 'pipe') cur = peel(defOf(cur).in as Schema);
  return cur;
}

/** True when `s` is the `duration` schema (possibly wrapped, described or piped into a check). */
export function isDuration(s: Schema): boolean {
  let cur = peel(s);
  for (;;) {
    if (defOf(cur) === defOf(duration)) return true;
    if (defOf(cur).type !== 'pipe') return false;
    cur = peel(defOf(cur).in as Schema);
  }
}

/** True when `s` is a `distribution(…)` schema: a number (or duration) or a `{type: …}` object. */
export function isDistribution(s: Schema): boolean {
  const u = unwrap(s);
  const def = defOf(u);
  return (
    def.type === 'union' &&
    (def.options as Schema[]).some((o) => (defOf(unwrap(o)) as { discriminator?: string }).discriminator === 'type')
  );
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The options of a union, narrowed by the data when the union is discriminated. */
function unionOptions(def: Def, data: unknown): Schema[] {
  const options = def.options as Schema[];
  const disc = def.discriminator as string | undefined;
  if (disc && isPlainObject(data)) {
    const chosen = options.filter((o) => {
      const field = objectShape(unwrap(o))?.[disc];
      return field !== undefined && (defOf(unwrap(field)).values as unknown[] | undefined)?.includes(data[disc]);
    });
    if (chosen.length > 0) return chosen;
  }
  return options;
}

function objectShape(s: Schema): Record<string, Schema> | undefined {
  const def = defOf(s);
  return def.type === 'object' ? (def.shape as Record<string, Schema>) : undefined;
}

/**
 * The schema of the field `seg` inside a value of schema `parent` holding `data`;
 * undefined when the schema has no such field. For unions, the first option that has the
 * field (a discriminated union picks the option named by the data's `type`).
 */
export function childSchema(parent: Schema, seg: PropertyKey, data?: unknown): Schema | undefined {
  const s = unwrap(parent);
  const def = defOf(s);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      return Object.hasOwn(shape, String(seg)) ? shape[String(seg)] : (def.catchall as Schema | undefined);
    }
    case 'record':
      return def.valueType as Schema;
    case 'array':
      return typeof seg === 'number' ? (def.element as Schema) : undefined;
    case 'union':
      for (const option of unionOptions(def, data)) {
        const child = childSchema(option, seg, data);
        if (child !== undefined) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The schema at a field path from `root`, following `data` (the raw file contents at `root`)
 * to pick union options; undefined when the path leaves the schema.
 *
 * @example
 * schemaAt(scenarioFile, ['warehouses', 0, 'pickers'], raw); // the `pickers` number schema
 */
export function schemaAt(root: Schema, path: readonly PropertyKey[], data: unknown): Schema | undefined {
  let s: Schema | undefined = root;
  let d = data;
  for (const seg of path) {
    if (s === undefined) return undefined;
    s = childSchema(s, seg, d);
    d = isPlainObject(d) || Array.isArray(d) ? (d as Record<PropertyKey, unknown>)[seg as string] : undefined;
  }
  return s;
}

function familyOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const FAMILY_OF_TYPE: Record<string, string> = {
  number: 'number',
  int: 'number',
  string: 'string',
  enum: 'string',
  boolean: 'boolean',
  object: 'object',
  record: 'object',
  array: 'array',
};

function familyOfSchema(s: Schema): string | undefined {
  const def = defOf(unwrap(s));
  if (def.type === 'literal') return familyOfValue((def.values as unknown[])[0]);
  return FAMILY_OF_TYPE[def.type];
}

/**
 * The part of a union schema that applies to `value`: for a union, the first option of the
 * value's kind (number, string, mapping, list…), recursively; otherwise `s` itself.
 * Used to say what a number inside a distribution should be ("a number ≥ 0") rather than
 * what the whole field accepts.
 *
 * @example
 * narrowToValue(distribution('number'), -3); // the `z.number().nonnegative()` option
 */
export function narrowToValue(s: Schema, value: unknown): Schema {
  if (isDuration(s) || defOf(unwrap(s)).type !== 'union') return s;
  const family = familyOfValue(value);
  for (const option of defOf(unwrap(s)).options as Schema[]) {
    const u = unwrap(option);
    if (defOf(u).type === 'union') {
      const inner = narrowToValue(option, value);
      if (inner !== option || familyOfSchema(inner) === family) return inner;
    } else if (familyOfSchema(option) === family) return option;
  }
  return s;
}

/** The `index`-th option of the union at `s` (wrappers and pipes looked through); undefined otherwise. */
export function unionOption(s: Schema, index: number): Schema | undefined {
  const def = defOf(unwrap(s));
  return def.type === 'union' ? (def.options as Schema[])[index] : undefined;
}

/**
 * The keys a mapping of schema `s` accepts, in schema order: an object's fields, the values
 * of an enum-keyed record, or the fields of a union's object options (for a discriminated
 * union, the option the data names). Empty when any key goes (records with free keys).
 */
export function knownKeys(s: Schema, data?: unknown): string[] {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'object') return Object.keys(def.shape as object);
  if (def.type === 'record') {
    const key = defOf(unwrap(def.keyType as Schema));
    return key.type === 'enum' ? Object.values(key.entries as Record<string, string>) : [];
  }
  if (def.type === 'union') return [...new Set(unionOptions(def, data).flatMap((o) => knownKeys(o, data)))];
  return [];
}

/**
 * How a setup block combines with the shared setting of schema `s`: `'merge'` for settings
 * groups (objects with fixed fields, and maps keyed by id), which merge key by key; `'replace'`
 * for everything else — scalars, lists, and one-of values such as distributions, a
 * replenishment `target` or an allocation `placement`, which a setup replaces whole.
 */
export function mergeKind(s: Schema | undefined): 'merge' | 'replace' {
  if (s === undefined) return 'replace';
  const type = defOf(unwrap(s)).type;
  return type === 'object' || type === 'record' ? 'merge' : 'replace';
}

function numberBounds(checks: Check[] | undefined): string {
  const parts: string[] = [];
  for (const c of checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'greater_than') parts.push(`${d.inclusive ? '≥' : '>'} ${d.value}`);
    if (d.check === 'less_than') parts.push(`${d.inclusive ? '≤' : '<'} ${d.value}`);
  }
  return parts.length > 0 ? ` ${parts.join(' and ')}` : '';
}

function isInteger(checks: Check[] | undefined): boolean {
  return (checks ?? []).some((c) => c._zod.def.check === 'number_format' && /int/.test(c._zod.def.format ?? ''));
}

/**
 * Names what schema `s` accepts, for "expected …" texts: `a duration (…)`, `an integer > 0`,
 * `one of "backorder" or "lost-sale"`, `a mapping`, `a list`…
 *
 * @example
 * describeExpected(z.number().int().positive()); // 'an integer > 0'
 */
export function describeExpected(s: Schema): string {
  if (isDuration(s)) return 'a duration (days as a number, or a string such as "30m", "4h", "2d", "1w")';
  if (isDistribution(s)) return 'a distribution (a number, or {type: …} with its parameters)';
  const u = unwrap(s);
  const def = defOf(u);
  const checks = def.checks as Check[] | undefined;
  switch (def.type) {
    case 'number':
      return `${isInteger(checks) ? 'an integer' : 'a number'}${numberBounds(checks)}`;
    case 'int':
      return `an integer${numberBounds(checks)}`;
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'object':
    case 'record':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'enum':
      return `one of ${listWords(Object.values(def.entries as Record<string, string>).map((v) => JSON.stringify(v)))}`;
    case 'literal':
      return listWords((def.values as unknown[]).map((v) => JSON.stringify(v)));
    case 'union':
      return listWords([...new Set((def.options as Schema[]).map(describeOption))]);
    default:
      return 'a value';
  }
}

/** A union option: objects are shown by their fields (`{single: …}`), the rest as usual. */
function describeOption(s: Schema): string {
  const shape = objectShape(unwrap(s));
  return shape && !isDistribution(s) ? `{${Object.keys(shape).join(', ')}: …}` : describeExpected(s);
}

/** The description attached with `.describe()` to a field's schema, if any. */
export function descriptionOf(s: Schema | undefined): string | undefined {
  return (s as { description?: string } | undefined)?.description;
}
