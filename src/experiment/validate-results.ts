/**
 * Checking a results file before anything reads it: `poolsim report` (a run's results.json or a
 * sweep's sweep.json) and `poolsim merge` (each input's results.json and the raw replications
 * beside it). The file must follow the committed schema — `resultsSchema`
 * (src/experiment/results-schema.ts, the source of schema/results.schema.json) for a run, and
 * for a sweep the envelope below with every point a `resultsSchema` results object. Each
 * problem is located like a scenario problem: file, line and column in the JSON, JSON path,
 * the value found and what the schema expects (docs/results.md, Checking results files).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { ReplicationOutput } from '../model/result.js';
import { RESULTS_SCHEMA_VERSION, type Results } from '../results/types.js';
import type { Problem } from '../scenario/errors.js';
import { explainIssues } from '../scenario/explain-issues.js';
import { formatPath, formatValue } from '../scenario/format-value.js';
import { schemaAt } from '../scenario/schema-walk.js';
import { tooDeep } from '../scenario/yaml-source.js';
import { ResultsFileError } from './errors.js';
import {
  rawExpectedIndex,
  rawExpectedJsonLine,
  rawExpectedLines,
  rawExpectedNumber,
  rawExpectedReplication,
  rawExpectedSetup,
  rawExpectedSetups,
  rawGotLines,
  rawNotGzip,
  resultsExpectedVersion,
  resultsMore,
  resultsNotJson,
  resultsUnreadable,
} from './messages.js';
import { RAW_FILE } from './output/raw.js';
import { resultsSchema } from './results-schema.js';

/**
 * sweep.json (`sweepJson`): the grid and every point's results, each a results.json object. The
 * report needs only `points` (and reads `varied` when given), so the rest is optional here, but
 * typed when present; `sweepJson` writes every field.
 */
export const sweepSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  schemaVersion: z.literal(1).optional(),
  kind: z.literal('sweep').optional(),
  scenario: resultsSchema.shape.scenario.optional(),
  seed: resultsSchema.shape.seed.optional(),
  baseline: z.string().optional(),
  varied: z.array(z.string()).optional(),
  vary: z.array(z.strictObject({ path: z.string(), values: z.array(z.unknown()) })).optional(),
  points: z.array(resultsSchema).min(1),
});

/** A checked results file: one run, or a sweep's points (as `poolsim report` reads them). */
export type CheckedResults = { kind: 'single'; results: Results } | { kind: 'sweep'; points: Results[]; varied: string[] };

/** Most problems listed for one results file (the first ones in file order). */
const MAX_LISTED = 20;

type Schema = z.core.$ZodType;
type Json = unknown;
const isDict = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads and checks a results file: a run's results.json, or (with `sweep`) a sweep's
 * sweep.json or a bare list of results. O(file size).
 *
 * @throws ResultsFileError listing the problems (at most 20), each located in the file
 * @example const checked = readCheckedResults('reports/run/results.json', { sweep: true });
 */
export function readCheckedResults(file: string, o: { sweep?: boolean } = {}): CheckedResults {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ResultsFileError([fileOnly(file, resultsUnreadable(errCode(e)))]);
  }
  return checkResultsText(text, file, o);
}

/**
 * As {@link readCheckedResults}, for text already read (`file` names it in the problems).
 * @throws ResultsFileError listing the problems
 */
export function checkResultsText(text: string, file: string, o: { sweep?: boolean } = {}): CheckedResults {
  const json = parseJson(text.replace(/^\uFEFF/, ''), file);
  if (o.sweep && (Array.isArray(json) || (isDict(json) && (json.kind === 'sweep' || Array.isArray(json.points))))) {
    if (Array.isArray(json)) {
      const schema = z.array(resultsSchema).min(1);
      const points = checked(schema, json, text, file) as Results[];
      return { kind: 'sweep', points, varied: [...new Set(points.flatMap((p) => Object.keys(p.sweepPoint ?? {})))] };
    }
    const sweep = checked(sweepSchema, json, text, file) as z.output<typeof sweepSchema>;
    const points = sweep.points as unknown as Results[];
    return { kind: 'sweep', points, varied: sweep.varied ?? [...new Set(points.flatMap((p) => Object.keys(p.sweepPoint ?? {})))] };
  }
  if (isDict(json) && typeof json.schemaVersion === 'number' && json.schemaVersion !== RESULTS_SCHEMA_VERSION) {
    const at = positionsOf(text, [['schemaVersion']]).get(key(['schemaVersion'])) ?? { line: 1, column: 1 };
    throw new ResultsFileError([
      { file, ...at, path: 'schemaVersion', got: String(json.schemaVersion), expected: resultsExpectedVersion(RESULTS_SCHEMA_VERSION) },
    ]);
  }
  return { kind: 'single', results: checked(resultsSchema, json, text, file) as unknown as Results };
}

function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    const message = (e as Error).message;
    // V8: "… in JSON at position 123" (and sometimes "(line 4 column 7)")
    // V8 gives "… at position 123" for some errors only; else YAML's parser (JSON is YAML) places it
    const at = /position (\d+)/.exec(message);
    const yamlAt = () => {
      // a recursive parser spends seconds running out of stack on deep nesting
      if (tooDeep(text) !== undefined) return undefined;
      try {
        return parseDocument(text).errors[0]?.linePos?.[0];
      } catch {
        return undefined; // nested too deep for a recursive parser
      }
    };
    const place = yamlAt();
    const pos = at ? lineColumn(text, Number(at[1])) : place ? { line: place.line, column: place.col } : /end of JSON/.test(message) ? lineColumn(text, text.length) : { line: 1, column: 1 };
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^Unexpected/, 'unexpected');
    throw new ResultsFileError([{ file, ...pos, path: '', got: '', expected: '', note: resultsNotJson(reason.charAt(0).toLowerCase() + reason.slice(1)) }]);
  }
}

/** The data if it follows `schema`, else a ResultsFileError with every issue explained and located. */
function checked(schema: Schema, json: Json, text: string, file: string): unknown {
  const r = (schema as unknown as z.ZodType).safeParse(json);
  if (r.success) return json;
  const findings = explainIssues(r.error.issues, schema, json).slice(0, 10 * MAX_LISTED);
  const positions = positionsOf(
    text,
    findings.flatMap((f) => f.path.map((_s, i) => f.path.slice(0, i + 1))),
  );
  const problems: Problem[] = findings.map((f) => {
    // the value's position, else its nearest ancestor's (a missing field: the object that lacks it)
    let at = { line: 1, column: 1 };
    for (let i = f.path.length; i > 0; i--) {
      const p = positions.get(key(f.path.slice(0, i)));
      if (p) {
        at = p;
        break;
      }
    }
    const s = schemaAt(schema, f.path, json);
    const expected = s !== undefined && acceptsNull(s) && !/\bnull\b/.test(f.expected) ? `${f.expected} or null` : f.expected;
    return { file, ...at, path: formatPath(f.path), got: f.got, expected };
  });
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const listed = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED) listed.push(fileOnly(file, resultsMore(problems.length - MAX_LISTED)));
  throw new ResultsFileError(listed);
}

function acceptsNull(s: Schema): boolean {
  let cur = s as unknown as { _zod: { def: { type: string; innerType?: unknown } } };
  for (;;) {
    const def = cur._zod.def;
    if (def.type === 'nullable') return true;
    if (!['optional', 'default', 'readonly'].includes(def.type) || def.innerType === undefined) return false;
    cur = def.innerType as typeof cur;
  }
}

const key = (path: readonly PropertyKey[]) => JSON.stringify(path.map((s) => (typeof s === 'number' ? s : String(s))));

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/**
 * Where the values at `paths` start in a JSON text (1-based line and column), in one pass
 * without building the values: an iterative scan that follows only the containers on the way to
 * a wanted path, so deep or huge documents cost O(length). Paths not in the text are left out.
 */
export function positionsOf(text: string, paths: readonly (readonly PropertyKey[])[]): Map<string, { line: number; column: number }> {
  const wanted = new Set(paths.map(key));
  const prefixes = new Set(paths.flatMap((p) => p.map((_s, i) => key(p.slice(0, i)))));
  const found = new Map<string, { line: number; column: number }>();
  if (wanted.size === 0) return found;
  // each open container: whether it is an array, the next index or the pending key, and its
  // path when it lies on the way to a wanted path (else undefined: nothing inside is wanted)
  const stack: { array: boolean; index: number; key: string | undefined; path: (string | number)[] | undefined }[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const n = text.length;
  const advance = () => {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
    i++;
  };
  const readString = (): string => {
    const start = i;
    advance();
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') advance();
      advance();
    }
    advance();
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return text.slice(start + 1, i - 1);
    }
  };
  /** The path of the value starting here, recorded when wanted; undefined off the way to every wanted path. */
  const valueStarts = (): (string | number)[] | undefined => {
    const top = stack[stack.length - 1];
    let path: (string | number)[] | undefined;
    if (top === undefined) path = [];
    else if (top.path === undefined || (!top.array && top.key === undefined)) return undefined;
    else path = [...top.path, top.array ? top.index : top.key!];
    const k = key(path);
    if (wanted.has(k) && !found.has(k)) found.set(k, { line, column: col });
    return prefixes.has(k) ? path : undefined;
  };
  while (i < n && found.size < wanted.size) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',') {
      if (c === ',') {
        const top = stack[stack.length - 1];
        if (top?.array) top.index++;
        else if (top) top.key = undefined;
      }
      advance();
    } else if (c === '{' || c === '[') {
      const path = valueStarts();
      stack.push({ array: c === '[', index: 0, key: undefined, path });
      advance();
    } else if (c === '}' || c === ']') {
      stack.pop();
      advance();
    } else if (c === '"') {
      const top = stack[stack.length - 1];
      if (top && !top.array && top.key === undefined) {
        top.key = readString();
        continue;
      }
      valueStarts();
      readString();
    } else if (c === ':') advance();
    else {
      valueStarts();
      while (i < n && !',}] \n\r\t'.includes(text[i])) advance();
    }
  }
  return found;
}

const fileOnly = (file: string, note: string): Problem => ({ file, line: 0, column: 0, path: '', got: '', expected: '', note });
const errCode = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(e));
};

/**
 * Reads the raw replications beside a checked results file (`replications.jsonl.gz`) and checks
 * they are the results': gzip'd JSON lines, one per replication of `replicationIndices` in that
 * order, each with every setup of the results and its metrics. Returns `undefined` when the file
 * is not there. O(file size).
 *
 * @throws ResultsFileError locating the first problem (line of the decompressed file)
 */
export function readCheckedRaw(resultsFile: string, results: Results): ReplicationOutput[] | undefined {
  const file = join(dirname(resultsFile), RAW_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ResultsFileError([fileOnly(file, resultsUnreadable(errCode(e)))]);
  }
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (e) {
    throw new ResultsFileError([fileOnly(file, rawNotGzip(errCode(e)))]);
  }
  const lines = text.split('\n').filter((l) => l.length > 0);
  const setups = Object.keys(results.setups);
  const fail = (line: number, path: string, got: string, expected: string): never => {
    throw new ResultsFileError([{ file, line, column: 1, path, got, expected }]);
  };
  if (lines.length !== results.replicationIndices.length)
    fail(Math.max(1, lines.length), '', rawGotLines(lines.length), rawExpectedLines(results.replicationIndices.length));
  return lines.map((l, k) => {
    let o: unknown;
    try {
      o = JSON.parse(l, (_k, v: unknown) => (v === null ? NaN : v));
    } catch (e) {
      return fail(k + 1, '', formatValue(l.slice(0, 40)), rawExpectedJsonLine((e as Error).message));
    }
    if (!isDict(o)) return fail(k + 1, '', formatValue(o), rawExpectedReplication());
    if (o.replication !== results.replicationIndices[k]) fail(k + 1, 'replication', formatValue(o.replication), rawExpectedIndex(results.replicationIndices[k]));
    if (!isDict(o.setups)) return fail(k + 1, 'setups', formatValue(o.setups), rawExpectedSetups(setups));
    for (const name of setups) {
      const s = o.setups[name];
      if (!isDict(s) || !isDict(s.metrics) || !Array.isArray(s.monthly) || !Array.isArray(s.byMarket) || !isDict(s.series))
        fail(k + 1, `setups.${name}`, formatValue(s), rawExpectedSetup());
      for (const [m, v] of Object.entries((s as { metrics: Record<string, unknown> }).metrics))
        if (typeof v !== 'number') fail(k + 1, `setups.${name}.metrics.${m}`, formatValue(v), rawExpectedNumber());
    }
    return o as unknown as ReplicationOutput;
  });
}
