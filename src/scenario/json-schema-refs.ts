/**
 * Shrinks a generated JSON Schema by moving repeated subschemas into `definitions`.
 * zod inlines every use of a schema, and the scenario format uses a distribution in some
 * thirty fields, so the inlined file is ~10× larger than it needs to be.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Annotations that differ between uses of the same subschema and stay at the use site. */
const ANNOTATIONS = ['description', 'default', 'title'];

/** Smallest subschema worth a definition, in characters of compact JSON. */
const MIN_CHARS = 300;

function strip(node: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) if (!ANNOTATIONS.includes(k)) out[k] = v;
  return out;
}

/** Calls `fn` on every subschema of `schema` (not on maps such as `properties` themselves). */
function visitSchemas(schema: unknown, name: string, fn: (node: Json, name: string) => void): void {
  if (!isObject(schema)) return;
  fn(schema, name);
  for (const [k, v] of Object.entries(schema)) {
    if ((k === 'properties' || k === 'definitions') && isObject(v)) {
      for (const [prop, sub] of Object.entries(v)) visitSchemas(sub, prop, fn);
    } else if ((k === 'anyOf' || k === 'oneOf' || k === 'allOf') && Array.isArray(v)) {
      for (const sub of v) visitSchemas(sub, name, fn);
    } else if (k === 'items' || k === 'additionalProperties' || k === 'propertyNames' || k === 'not') {
      visitSchemas(v, name, fn);
    }
  }
}

/** Rebuilds `schema` with `fn` applied to each subschema, outermost first (same positions as {@link visitSchemas}). */
function mapSchemas(schema: unknown, fn: (node: Json) => Json | undefined): unknown {
  if (!isObject(schema)) return schema;
  const replaced = fn(schema);
  if (replaced) return replaced;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if ((k === 'properties' || k === 'definitions') && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([prop, sub]) => [prop, mapSchemas(sub, fn)]));
    } else if ((k === 'anyOf' || k === 'oneOf' || k === 'allOf') && Array.isArray(v)) {
      out[k] = v.map((sub) => mapSchemas(sub, fn));
    } else if (k === 'items' || k === 'additionalProperties' || k === 'propertyNames' || k === 'not') {
      out[k] = mapSchemas(v, fn);
    } else out[k] = v;
  }
  return out;
}

/**
 * A readable definition name: `duration`, `distribution-days`, `distribution-count`, `distribution` when
 * recognisable, else the name of the field where the subschema first occurs.
 */
function nameFor(node: Json, field: string, taken: Set<string>): string {
  const anyOf = node.anyOf as Json[] | undefined;
  const isDuration = (n: unknown) => JSON.stringify(n).includes('(s|m|h|d|w)');
  let base = field;
  if (anyOf?.length === 2 && isObject(anyOf[1]) && Array.isArray(anyOf[1].oneOf)) {
    base = isDuration(anyOf[0]) ? 'distribution-days' : JSON.stringify(node).includes('"raiseToOne"') ? 'distribution-count' : 'distribution';
  } else if (anyOf?.length === 2 && anyOf.some((o) => o.type === 'number') && isDuration(node)) base = 'duration';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

/**
 * Replaces every subschema that occurs at least twice (ignoring its description/default)
 * with a reference to one copy in `definitions`, largest first. A use with its own
 * description becomes `{description, allOf: [{$ref}]}`, since draft-07 ignores keywords
 * beside `$ref`. The result validates exactly the same documents.
 * O(passes × schema size), a handful of passes in practice.
 */
export function hoistRepeats(schema: Json): Json {
  let root: Json = structuredClone(schema);
  const taken = new Set<string>();
  for (;;) {
    const counts = new Map<string, { count: number; node: Json; field: string }>();
    const count = (node: Json, field: string) => {
      const key = JSON.stringify(strip(node));
      if (key.length < MIN_CHARS) return;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { count: 1, node: strip(node), field });
    };
    // Definition roots are never replaced (that would make a definition refer to itself).
    const fixed = new Set<unknown>([root, ...Object.values((root.definitions as Json | undefined) ?? {})]);
    visitSchemas(root, '', (node, field) => !fixed.has(node) && count(node, field));
    let best: string | undefined;
    for (const [key, entry] of counts) if (entry.count >= 2 && (best === undefined || key.length > best.length)) best = key;
    if (best === undefined) break;
    const { node, field } = counts.get(best)!;
    const name = nameFor(node, field, taken);
    const ref = `#/definitions/${name}`;
    root = mapSchemas(root, (n) => {
      if (fixed.has(n) || JSON.stringify(strip(n)) !== best) return undefined;
      const kept = Object.entries(n).filter(([k]) => ANNOTATIONS.includes(k));
      return kept.length === 0 ? { $ref: ref } : { ...Object.fromEntries(kept), allOf: [{ $ref: ref }] };
    }) as Json;
    // The definition itself, with smaller repeats inside it replaced in later passes.
    root.definitions = { ...(root.definitions as Json | undefined), [name]: node };
  }
  return root;
}
