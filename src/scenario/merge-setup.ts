/**
 * How a setup block combines with the shared settings.
 */
import type { z } from 'zod';
import { childSchema, mergeKind } from './schema-walk.js';

type Schema = z.core.$ZodType;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Deep-merges a setup's overrides over the shared settings, on raw file data, guided by the
 * schema: settings groups (objects with fixed fields, maps keyed by id such as `transit` or
 * `marketMix`) merge key by key; scalars, lists and one-of values (distributions, `target`,
 * `placement`, `review`) are replaced whole, so a setup can switch a distribution's type
 * without inheriting the old type's parameters. Inputs are not modified.
 * O(size of the overrides) plus the copies of the merged groups.
 *
 * @example
 * mergeOverrides(sharedSettings, { allocation: { router: 'single-first', deadline: 2 } },
 *                { allocation: { router: 'nearest' } });
 * // { allocation: { router: 'nearest', deadline: 2 } }
 */
export function mergeOverrides(schema: Schema | undefined, base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override) || mergeKind(schema) === 'replace') return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = key in base ? mergeOverrides(schema && childSchema(schema, key, base), base[key], value) : value;
  }
  return out;
}

/**
 * Where a value at `path` in a merged setup came from: `'override'` when the setup block set
 * it (the path itself, or an ancestor the block replaced whole), else `'shared'`.
 *
 * @example
 * originOf(sharedSettings, { allocation: { router: 'nearest' } }, ['allocation', 'router']); // 'override'
 * originOf(sharedSettings, { allocation: { router: 'nearest' } }, ['allocation', 'deadline']); // 'shared'
 */
export function originOf(schema: Schema, override: unknown, path: readonly PropertyKey[]): 'override' | 'shared' {
  let s: Schema | undefined = schema;
  let cur = override;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, seg as string)) return 'shared';
    s = s && childSchema(s, seg, cur);
    cur = (cur as Record<PropertyKey, unknown>)[seg as string];
    if (i === path.length - 1) return 'override';
    if (!(isPlainObject(cur) && mergeKind(s) === 'merge')) return 'override';
  }
  return 'shared';
}
