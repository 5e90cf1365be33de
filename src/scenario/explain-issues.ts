/**
 * Turns zod issues into findings a person can act on: the field path, what the file holds
 * and what would be accepted. Unknown keys get "did you mean"; a union reports only the
 * option that matches the input's type (an object ⇒ the object option's own issues).
 */
import type { z } from 'zod';
import { suggest } from './did-you-mean.js';
import { formatValue } from './format-value.js';
import { msg } from './messages.js';
import { describeExpected, knownKeys, narrowToValue, schemaAt, unionOption } from './schema-walk.js';
import type { Anchor } from './yaml-source.js';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** One problem before it is placed in the file: where (field path), and what is wrong. */
export interface Finding {
  /** Field path from the root of the validated data. */
  path: PropertyKey[];
  /** Point at the value (or, when missing, at its parent) or at the key (unknown keys). */
  anchor: Anchor;
  got: string;
  expected: string;
  /** For an unknown key: the known key it is probably a misspelling of. */
  suggestion?: string;
}

/** Reads the raw value at `path`; undefined when the path does not exist. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg as string];
  }
  return cur;
}

type Family = 'number' | 'string' | 'boolean' | 'object' | 'array' | 'null' | 'undefined' | 'other';

function familyOfValue(v: unknown): Family {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'number' || t === 'string' || t === 'boolean' || t === 'object' || t === 'undefined' ? t : 'other';
}

function familyOfExpected(expected: string): Family {
  if (['number', 'int', 'nan', 'bigint'].includes(expected)) return 'number';
  if (['object', 'record', 'map'].includes(expected)) return 'object';
  if (['array', 'tuple', 'set'].includes(expected)) return 'array';
  if (expected === 'string' || expected === 'boolean' || expected === 'null') return expected;
  return 'other';
}

/**
 * True when a union option failed because the input is of another type altogether
 * (a string given to the number option), as opposed to failing on details.
 */
function optionMismatched(issues: readonly Issue[], value: unknown): boolean {
  const family = familyOfValue(value);
  return issues.some((i) => {
    if (i.path.length > 0) return false;
    if (i.code === 'invalid_type') return familyOfExpected(i.expected) !== family;
    if (i.code === 'invalid_value') return !i.values.some((v) => familyOfValue(v) === family);
    if (i.code === 'invalid_union' && i.errors.length > 0) return i.errors.every((e) => optionMismatched(e, value));
    return false;
  });
}

/** How far an option is from accepting the input: its issue count, each unknown key counted. */
function optionCost(issues: readonly Issue[]): number {
  return issues.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
}

const stripExpected = (message: string) => message.replace(/^expected\s+/, '');

/** Unknown keys of one mapping that get a did-you-mean (edit distance against every known key). */
const SUGGESTED_KEYS = 1000;

function boundWord(i: { inclusive?: boolean; exact?: boolean }, low: boolean): 'at least' | 'at most' | 'exactly' {
  return i.exact ? 'exactly' : low ? 'at least' : 'at most';
}

/**
 * Explains every issue of a failed `safeParse` of `data` against `root`.
 * O(issues × path length).
 *
 * @example
 * const r = scenarioFile.safeParse(raw);
 * if (!r.success) explainIssues(r.error.issues, scenarioFile, raw);
 */
export function explainIssues(issues: readonly Issue[], root: Schema, data: unknown): Finding[] {
  const out: Finding[] = [];
  for (const issue of issues) explain(issue, { path: [], schema: root }, data, out);
  return out;
}

const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));

/**
 * Drops "missing field" findings that a did-you-mean already explains: after
 * `unknown key "pickres"; did you mean "pickers"?`, `pickers: got nothing` adds nothing.
 * O(findings).
 */
export function dropExplainedMissing(findings: readonly Finding[]): Finding[] {
  const explained = new Set(
    findings.filter((f) => f.suggestion !== undefined).map((f) => pathKey([...f.path.slice(0, -1), f.suggestion!])),
  );
  const missing = formatValue(undefined);
  return findings.filter((f) => !(f.got === missing && explained.has(pathKey(f.path))));
}

/**
 * The schema that issues at and below `path` were checked against: the root, or inside a
 * union, the option whose issues are being explained.
 */
interface Scope {
  path: PropertyKey[];
  schema: Schema | undefined;
}

function explain(issue: Issue, scope: Scope, data: unknown, out: Finding[]): void {
  const path = [...scope.path, ...issue.path];
  const value = valueAt(data, path);
  const schema = () => scope.schema && schemaAt(scope.schema, issue.path, valueAt(data, scope.path));
  // What the field accepts; for a value given, what a value of its kind would need to be
  // (a union option can report its issues without the union around them).
  const expectedHere = () => {
    const s = schema();
    if (!s) return 'a value';
    return describeExpected(value === undefined ? s : narrowToValue(s, value));
  };
  const push = (expected: string, got = formatValue(value), at: PropertyKey[] = path, anchor: Anchor = 'value') =>
    out.push({ path: at, anchor, got, expected });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const s = schema();
      const known = s ? knownKeys(s, value) : [];
      for (const [i, key] of issue.keys.entries()) {
        // did-you-mean for the first keys only: a hostile file's 100,000 unknown keys are not listed anyway (MAX_PROBLEMS)
        const hint = i < SUGGESTED_KEYS ? suggest(key, known) : undefined;
        push(hint ? msg.expectedDidYouMean(hint) : msg.expectedOneOfKeys(known), msg.gotUnknownKey(key), [...path, key], 'key');
        if (hint) out[out.length - 1].suggestion = hint;
      }
      return;
    }
    case 'invalid_type':
      if (value === undefined) push(msg.expectedRequired(expectedHere()));
      else push(expectedHere());
      return;
    case 'too_small':
    case 'too_big': {
      const low = issue.code === 'too_small';
      const n = Number(low ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
      if (issue.origin === 'array') push(msg.expectedListLength(boundWord(issue, low), n));
      else if (issue.origin === 'string') push(msg.expectedTextLength(boundWord(issue, low), n));
      else push(expectedHere());
      return;
    }
    case 'invalid_format':
      push(issue.message.startsWith('expected ') ? stripExpected(issue.message) : msg.expectedPattern(issue.pattern ?? issue.format));
      return;
    case 'not_multiple_of':
      push(msg.expectedMultipleOf(Number(issue.divisor)));
      return;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = typeof value === 'string' ? suggest(value, values) : undefined;
      push(hint ? msg.expectedOneOfDidYouMean(values, hint) : msg.expectedOneOf(values));
      return;
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const sub = issue.issues[0];
      let expected: string = msg.expectedValidKey();
      if (sub?.code === 'invalid_value') {
        const values = sub.values.map(String);
        const hint = suggest(key, values);
        expected = hint ? msg.expectedOneOfDidYouMean(values, hint) : msg.expectedOneOf(values);
      } else if (sub?.message.startsWith('expected ')) expected = stripExpected(sub.message);
      push(expected, msg.gotKey(key), path, 'key');
      return;
    }
    case 'invalid_union': {
      const u = issue as z.core.$ZodIssueInvalidUnion & { note?: string; options?: unknown[] };
      if (u.errors.length === 0) {
        // A discriminated union whose `type` names no option: zod puts the path on `type`.
        const values = (u.options ?? []).map(String);
        const hint = typeof value === 'string' ? suggest(value, values) : undefined;
        push(hint ? msg.expectedOneOfDidYouMean(values, hint) : value === undefined ? msg.expectedRequired(msg.expectedOneOf(values)) : msg.expectedOneOf(values));
        return;
      }
      const candidates = u.errors.map((e, i) => ({ e, i })).filter(({ e }) => !optionMismatched(e, value));
      if (candidates.length === 0) {
        push(value === undefined ? msg.expectedRequired(expectedHere()) : expectedHere());
        return;
      }
      const best = candidates.reduce((a, b) => (optionCost(b.e) < optionCost(a.e) ? b : a));
      const here = schema();
      const only = best.e.length === 1 ? best.e[0] : undefined;
      if (only?.code === 'invalid_value' && only.path.length === 0 && here) {
        // A near miss of a literal option ("continous"): name every form the field takes.
        const hint = typeof value === 'string' ? suggest(value, only.values.map(String)) : undefined;
        push(hint ? msg.expectedFormsDidYouMean(describeExpected(here), hint) : describeExpected(here));
        return;
      }
      const option = { path, schema: here && unionOption(here, best.i) };
      for (const sub of best.e) explain(sub, option, data, out);
      return;
    }
    default:
      push(issue.message.startsWith('expected ') ? stripExpected(issue.message) : issue.message.charAt(0).toLowerCase() + issue.message.slice(1));
  }
}
