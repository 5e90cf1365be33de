/**
 * The scenario fuzz suite (docs/fuzz.md): generates and mutates scenario files — from the
 * committed scenarios and the zod schema — and feeds each to a worker thread that loads it as
 * `poolsim validate` does and, when it is accepted, runs a short study in-process
 * (`fuzz-worker.mjs`). Every case must end in located errors, or in a run whose counts are
 * finite and non-negative and whose rates lie in [0, 1]; never in another exception, and never
 * past its time box (the thread is then terminated and replaced). A sample of the cases also
 * goes through the built CLI (`poolsim validate`, `poolsim run`): exit code 0 or 2, never a
 * stack trace.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import { scenarioFile } from '../../src/scenario/schema.js';
import { schemaAt, unwrap } from '../../src/scenario/schema-walk.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const WORKER = new URL('./fuzz-worker.mjs', import.meta.url);

type Json = unknown;
type Path = (string | number)[];

/** One generated input: file bytes with a name, or something on disk that is not a plain file. */
export type FuzzCase =
  | { kind: 'text'; label: string; name: string; bytes: Uint8Array | string }
  | { kind: 'fs'; label: string; what: 'directory' | 'missing' | 'not-a-directory' | 'dangling-link' | 'link-loop' | 'fifo' | 'unreadable' | 'empty' | 'extension' };

/** What happened to a case. */
export type Outcome = 'located' | 'ran' | 'slow' | 'crash' | 'hang' | 'absurd';

export interface FuzzStats {
  cases: number;
  located: number;
  ran: number;
  /** Accepted with a slow-study warning that still applies to the tiny study: not run. */
  slow: number;
  crashes: number;
  hangs: number;
  absurd: number;
  /** Cases also run through the built CLI, and how many of those broke its contract. */
  cli: number;
  cliBroken: number;
  /** Orders simulated by the accepted cases. */
  orders: number;
  seconds: number;
  /** The first few failures, for a person to reproduce. */
  failures: { outcome: Outcome | 'cli'; label: string; detail: string; file?: string }[];
  /** Cases by generator, and how many of each were accepted. */
  byLabel: Record<string, { cases: number; accepted: number; ms: number }>;
  /** The slowest cases, for a person to look at. */
  slowest: { ms: number; label: string; outcome: string; file: string }[];
  /** Milliseconds spent in the worker, by outcome. */
  msByOutcome: Record<string, number>;
}

// ── seeds ───────────────────────────────────────────────────────────────────

const SEED_FILES = [
  'test/fixtures/minimal.yaml',
  'test/experiment/fixtures/study.yaml',
  // large-seller.yaml is the default study's file with larger numbers (10⁵ SKUs, 5,000 orders
  // a day): each accepted case of it would run for seconds, and default.yaml seeds its shape
  ...readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.yaml') && f !== 'large-seller.yaml')
    .map((f) => `scenarios/${f}`),
];
const SEED_TEXTS = SEED_FILES.map((f) => readFileSync(join(ROOT, f), 'utf8'));
const SEEDS = SEED_TEXTS.map((t) => parse(t) as Json);
/** Small seeds first: most cases start from them, so accepted ones run fast. */
const seedIndex = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: SEEDS.length - 1 }) });

function pathsOf(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}
const SEED_PATHS = SEEDS.map((s) => pathsOf(s).filter((p) => p.length > 0));

function getAt(root: Json, path: Path): Json {
  let cur = root as Record<string | number, Json>;
  for (const seg of path) cur = (cur as Record<string | number, Json>)?.[seg] as Record<string | number, Json>;
  return cur;
}

/** A copy of `root` with `value` at `path` (`undefined` deletes it); parents are created as mappings. */
function setAt(root: Json, path: Path, value: Json): Json {
  const copy = structuredClone(root) as Record<string | number, Json>;
  let cur = copy;
  for (const seg of path.slice(0, -1)) {
    if (typeof cur[seg] !== 'object' || cur[seg] === null) cur[seg] = {};
    cur = cur[seg] as Record<string | number, Json>;
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
    else delete cur[last];
  } else cur[last] = value;
  return copy;
}

// ── values ──────────────────────────────────────────────────────────────────

const NUMBERS = [-1e300, -1e9, -2, -1, -0.5, -1e-9, 0, 1e-9, 1e-3, 0.05, 0.5, 0.999, 1, 1.5, 2, 3, 7, 12, 30, 100, 365, 1e3, 1e4, 1e6, 2 ** 31, 2 ** 53, 1e12, 1e300];
const STRINGS = ['', ' ', 'x', 'ES', 'HZ', 'shop-a', 'merged', 'unmerged', 'nearest', 'continuous', 'base-stock', '30m', '4h', '2d', '1w', '-1d', '0', '1e400d', '9'.repeat(400) + 'd', '10 days', '∞', '日本', '\u0000', 'a'.repeat(1000), 'null', 'true', '2026-09-14', '2026-02-30'];
const DIST_TYPES = ['constant', 'uniform', 'triangular', 'exponential', 'normal', 'lognormal', 'gamma', 'poisson', 'bernoulli', 'discrete', 'gama', 'beta'];
const DIST_KEYS = ['value', 'min', 'max', 'mode', 'mean', 'sd', 'cv', 'median', 'sigma', 'p', 'values', 'weights', 'raiseToOne', 'foo'];

const number = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NUMBERS) }, { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { weight: 1, arbitrary: fc.integer({ min: -10, max: 50 }) });

const distributionValue: fc.Arbitrary<Json> = fc.oneof(
  number,
  fc.record({ type: fc.constantFrom(...DIST_TYPES) }).chain(({ type }) =>
    fc
      .dictionary(fc.constantFrom(...DIST_KEYS), fc.oneof({ weight: 5, arbitrary: number }, { weight: 1, arbitrary: fc.array(number, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom('30m', true, 'x') }), { maxKeys: 4 })
      .map((params) => ({ type, ...params })),
  ),
  // well-formed ones, so that domain checks (not shape checks) decide
  fc.constantFrom(
    { type: 'normal', mean: 5, sd: 20 },
    { type: 'normal', mean: 5, sd: 2, min: 0 },
    { type: 'normal', mean: -3, sd: 1, min: 0.5 },
    { type: 'discrete', values: [1, -2], weights: [1, 1] },
    { type: 'discrete', values: [1, 2, 3], weights: [0.5, 0.3, 0.2] },
    { type: 'poisson', mean: 2 },
    { type: 'poisson', mean: 2, raiseToOne: true },
    { type: 'uniform', min: 0, max: 3 },
    { type: 'uniform', min: 1, max: 3 },
    { type: 'lognormal', median: 2, sigma: 0.5 },
    { type: 'gamma', mean: 7, cv: 0.3 },
    { type: 'exponential', mean: 1e-9 },
    { type: 'lognormal', mean: 1e6, cv: 50 },
    { type: 'bernoulli', p: 1 },
    { type: 'triangular', min: 0, mode: 1, max: 1e6 },
  ),
);

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false) },
  { weight: 1, arbitrary: fc.array(fc.oneof(number, fc.constantFrom(...STRINGS)), { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('id', 'type', 'mode', 'x', 'mean', 'ES', 'HZ'), fc.oneof(number, fc.constantFrom(...STRINGS)), { maxKeys: 3 }) },
  { weight: 2, arbitrary: distributionValue },
);

type Schema = z.core.$ZodType;
type Def = { type: string; [k: string]: unknown };
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Values the zod schema at a path is likely to get wrong or only just right: the bounds of a
 * number and just past them, non-integers for integers, every enum value and a misspelling,
 * empty mappings and lists. O(options).
 */
export function schemaCandidates(schema: Schema | undefined, depth = 0): Json[] {
  if (schema === undefined || depth > 3) return [];
  const s = unwrap(schema);
  const def = defOf(s);
  switch (def.type) {
    case 'number': {
      const out: Json[] = [0, 1, -1, 0.5];
      for (const c of (def.checks as { _zod: { def: { check: string; value?: number; format?: string } } }[] | undefined) ?? []) {
        const d = c._zod.def;
        if (d.value !== undefined) out.push(d.value, d.value - 1e-9, d.value + 1e-9, d.value * 2 + 1, -d.value);
        if (d.format && /int/.test(d.format)) out.push(1.5, 2 ** 53, 1e12);
      }
      return out;
    }
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return [...values, ...values.map((v) => v.slice(0, -1)), ''];
    }
    case 'literal':
      return [...(def.values as Json[]), 'x'];
    case 'boolean':
      return [true, false, 'yes'];
    case 'string':
      return ['', 'x', 'ES', '2026-09-14', 'not a date'];
    case 'object':
      return [{}, null];
    case 'array':
      return [[], [null], ...schemaCandidates(def.element as Schema, depth + 1).slice(0, 3).map((v) => [v])];
    case 'record':
      return [{}, { x: 1 }, { ES: -1 }];
    case 'union':
      return (def.options as Schema[]).flatMap((o) => schemaCandidates(o, depth + 1));
    case 'pipe':
      return schemaCandidates(def.in as Schema, depth + 1);
    default:
      return [0, 'x'];
  }
}

// ── generators ──────────────────────────────────────────────────────────────

const asText = (data: Json, json: boolean): { name: string; bytes: string } =>
  json ? { name: 'case.json', bytes: JSON.stringify(data, null, 1) ?? 'null' } : { name: 'case.yaml', bytes: stringify(data) };

/** One to three field mutations of a seed, written as YAML or JSON. */
const fieldMutation: fc.Arbitrary<FuzzCase> = seedIndex.chain((i) =>
  fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...SEED_PATHS[i]), anyValue), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 4 }))
    .map(([edits, form]) => {
      let data = SEEDS[i];
      for (const [path, value] of edits) data = setAt(data, path, value);
      return { kind: 'text' as const, label: 'field', ...asText(data, form === 0) };
    }),
);

/** A value chosen from the schema at a seed's path (bounds, enum values and near misses). */
const schemaMutation: fc.Arbitrary<FuzzCase> = seedIndex.chain((i) =>
  fc.constantFrom(...SEED_PATHS[i]).chain((path) => {
    const schema = schemaAt(scenarioFile as unknown as Schema, path, SEEDS[i]);
    const candidates = schemaCandidates(schema);
    return fc.constantFrom(...(candidates.length > 0 ? candidates : [null])).map((value) => ({
      kind: 'text' as const,
      label: 'schema',
      ...asText(setAt(SEEDS[i], path, value), false),
    }));
  }),
);

/** Structure: a key deleted, an unknown key added, a list item duplicated, an id renamed (references break), a setup's mode swapped. */
const structuralMutation: fc.Arbitrary<FuzzCase> = seedIndex.chain((i) =>
  fc.tuple(fc.constantFrom(...SEED_PATHS[i]), fc.constantFrom('delete', 'unknown', 'duplicate', 'rename', 'mode'), fc.constantFrom('pickres', 'horizn', 'type', 'id', 'x')).map(([path, op, key]) => {
    const seed = SEEDS[i];
    let data: Json = seed;
    const parent = path.slice(0, -1);
    const holder = getAt(seed, parent);
    if (op === 'delete') data = setAt(seed, path, undefined);
    else if (op === 'unknown') data = typeof getAt(seed, path) === 'object' && getAt(seed, path) !== null ? setAt(seed, [...path, key], 1) : setAt(seed, [...parent, key], 1);
    else if (op === 'duplicate' && Array.isArray(holder)) data = setAt(seed, parent, [...holder, structuredClone(holder[Number(path[path.length - 1])])]);
    else if (op === 'rename' && path[path.length - 1] === 'id') data = setAt(seed, path, `${String(getAt(seed, path))}-2`);
    else if (op === 'mode') data = setAt(seed, ['setups', 'merged', 'mode'], 'unmerged');
    else data = setAt(seed, path, null);
    return { kind: 'text' as const, label: 'structure', ...asText(data, false) };
  }),
);

/** Characters inserted, deleted or replaced in a seed's YAML text. */
const textMutation: fc.Arbitrary<FuzzCase> = fc
  .tuple(seedIndex, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ':', '-', ' ', '\t', '[', ']', '{', '}', '"', "'", '&a', '*a', '#', '\n', '!!', '%', '@', '`', '|', '>', '?', ',', '0', 'x'), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 5 }))
  .map(([i, edits]) => {
    let t = SEED_TEXTS[i];
    for (const [at, insert, cut] of edits) {
      const p = at % (t.length + 1);
      t = t.slice(0, p) + insert + t.slice(p + cut);
    }
    return { kind: 'text' as const, label: 'text', name: 'case.yaml', bytes: t };
  });

const MINIMAL = SEED_TEXTS[0];

/** YAML's own features: anchors and aliases (reuse and bombs), tags, several documents, flow style, a BOM, CRLF, tabs. */
const yamlFeature: fc.Arbitrary<FuzzCase> = fc
  .constantFrom(
    () => MINIMAL.replace('    pickTime: 30m', '    pickTime: &t 30m').replace('      ES: 7', '      ES: *t'),
    () => MINIMAL.replace('warehouses:\n  - id: HZ', 'warehouses:\n  - &w\n    id: HZ') + 'extra: *w\n',
    () => MINIMAL.replace('      ES: 7', '      ES: *nowhere'),
    () => `a: &a ["x","x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, k) => `b${k}: &b${k} [${Array(10).fill(k === 0 ? '*a' : `*b${k - 1}`).join(',')}]`).join('\n')}\n${MINIMAL}`,
    () => MINIMAL.replace('name: minimal', 'name: !!binary aGVsbG8='),
    () => MINIMAL.replace('name: minimal', 'name: !!js/function "function(){}"'),
    () => MINIMAL.replace('    pickers: 2', '    pickers: !!str 2'),
    () => `${MINIMAL}\n---\nname: second\n`,
    () => `\uFEFF${MINIMAL}`,
    () => MINIMAL.replace(/\n/g, '\r\n'),
    () => MINIMAL.replace(/\n {2}/g, '\n\t'),
    () => MINIMAL.replace('name: minimal', 'name: minimal\nname: again'),
    () => MINIMAL.replace('catalogue:', '<<: {horizon: 1}\ncatalogue:'),
    () => `%YAML 1.1\n---\n${MINIMAL}`,
    () => MINIMAL.replace('  skus: 50', '  skus: 0x32'),
    () => MINIMAL.replace('  skus: 50', '  skus: 5_0'),
    () => MINIMAL.replace('  price: 20', '  price: .inf'),
    () => MINIMAL.replace('  price: 20', '  price: .nan'),
    () => MINIMAL.replace('  skus: 50', '  skus: 1e400'),
    () => MINIMAL.replace('name: minimal', `name: "${'\\u0041'.repeat(50)}"`),
    () => JSON.stringify(parse(MINIMAL)),
    () => '',
    () => '   \n# only a comment\n',
    () => '- a list\n- at the top\n',
    () => '42',
    () => 'name',
    () => '{',
  )
  .map((make) => ({ kind: 'text' as const, label: 'yaml', name: 'case.yaml', bytes: make() }));

/** Large documents: long lists, many keys, long strings — around and over the 5 MB limit. */
const hugeDocument: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.oneof({ weight: 12, arbitrary: fc.constant(1e3) }, { weight: 6, arbitrary: fc.constant(1e4) }, { weight: 1, arbitrary: fc.constant(1e5) }), fc.constantFrom('markets', 'shops', 'keys', 'string', 'over-limit'))
  .map(([n, what]) => {
    let bytes: string;
    if (what === 'markets') bytes = MINIMAL.replace('markets:\n', `markets:\n${Array.from({ length: n }, (_, k) => `  - { id: M${k}, promise: 10 }\n`).join('')}`);
    else if (what === 'shops') bytes = MINIMAL.replace('shops:\n', `shops:\n${Array.from({ length: Math.min(n, 5e3) }, (_, k) => `  - { id: s${k}, ordersPerDay: 1, warehouse: HZ }\n`).join('')}`);
    else if (what === 'keys') bytes = `${MINIMAL}${Array.from({ length: n }, (_, k) => `k${k}: ${k}\n`).join('')}`;
    else if (what === 'string') bytes = MINIMAL.replace('name: minimal', `name: ${'x'.repeat(n * 10)}`);
    else bytes = `${MINIMAL}# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    return { kind: 'text' as const, label: `huge`, name: 'case.yaml', bytes };
  });

/** Deep nesting, in flow and block style, down to where a recursive parser runs out of stack. */
const deepDocument: fc.Arbitrary<FuzzCase> = fc.tuple(fc.constantFrom(100, 1e3, 1e4, 1e5), fc.constantFrom('flow', 'map', 'block')).map(([n, style]) => {
  let bytes: string;
  if (style === 'flow') bytes = `${MINIMAL}x: ${'['.repeat(n)}${']'.repeat(n)}\n`;
  else if (style === 'map') bytes = `${MINIMAL}x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`;
  else bytes = `${MINIMAL}x:\n${Array.from({ length: Math.min(n, 3000) }, (_, k) => `${' '.repeat(k + 1)}- `).join('\n')}1\n`;
  return { kind: 'text' as const, label: 'deep', name: 'case.yaml', bytes };
});

/** Bytes that are not UTF-8 text: invalid sequences, NUL, UTF-16 and UTF-32 byte-order marks, Latin-1. */
const bytesMutation: fc.Arbitrary<FuzzCase> = fc.tuple(fc.constantFrom('invalid', 'nul', 'utf16', 'utf32', 'latin1', 'overlong', 'surrogate'), fc.nat()).map(([what, at]) => {
  const text = Buffer.from(MINIMAL, 'utf8');
  const p = at % text.length;
  const splice = (b: number[]) => Buffer.concat([text.subarray(0, p), Buffer.from(b), text.subarray(p)]);
  let bytes: Uint8Array;
  if (what === 'invalid') bytes = splice([0xff, 0xfe, 0x80]);
  else if (what === 'nul') bytes = splice([0]);
  else if (what === 'utf16') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, 'utf16le')]);
  else if (what === 'utf32') bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(MINIMAL, 'utf16le')]);
  else if (what === 'latin1') bytes = Buffer.from(MINIMAL.replace('name: minimal', 'name: café'), 'latin1');
  else if (what === 'overlong') bytes = splice([0xc0, 0xaf]);
  else bytes = splice([0xed, 0xa0, 0x80]);
  return { kind: 'text' as const, label: 'bytes', name: 'case.yaml', bytes };
});

const fsCase: fc.Arbitrary<FuzzCase> = fc
  .constantFrom('directory', 'missing', 'not-a-directory', 'dangling-link', 'link-loop', 'fifo', 'unreadable', 'empty', 'extension')
  .map((what) => ({ kind: 'fs' as const, label: 'fs', what }));

// Settings blocks with plausible and edge values, so that many studies are accepted and run
// through the model's less common paths (sync and faults, QC, transition, EPR, s-S, lost sales…).
const opt = <T>(arb: fc.Arbitrary<T>) => arb; // readability: every key below is optional
const small = fc.oneof(fc.constantFrom(0, 0.5, 1, 2, 7, 30), fc.double({ min: 0, max: 60, noNaN: true }));
const share = fc.oneof(fc.constantFrom(0, 0.01, 0.5, 0.99, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const dur = fc.oneof(small, fc.constantFrom('30m', '4h', '2d', '1w', '90s'));
const timeDist = fc.oneof(
  dur,
  fc.constantFrom(
    { type: 'uniform', min: 1, max: 3 },
    { type: 'lognormal', mean: 5, cv: 0.5 },
    { type: 'gamma', mean: 2, cv: 2 },
    { type: 'exponential', mean: 0.5 },
    { type: 'normal', mean: 3, sd: 2, min: 0 },
    { type: 'discrete', values: [0, 1, 30], weights: [1, 1, 1] },
    { type: 'triangular', min: 0, mode: 0, max: 5 },
  ),
);
const countDist = fc.constantFrom(
  1,
  3,
  { type: 'discrete', values: [1, 2, 5], weights: [0.7, 0.2, 0.1] },
  { type: 'poisson', mean: 1.5, raiseToOne: true },
  { type: 'uniform', min: 1, max: 6 },
  { type: 'lognormal', median: 2, sigma: 1, raiseToOne: true },
  { type: 'normal', mean: 2, sd: 3, min: 1, max: 8 },
);
const target = fc.oneof(fc.record({ fillRate: fc.constantFrom(0.01, 0.5, 0.9, 0.999) }), fc.record({ daysOfCover: small }), fc.record({ units: fc.constantFrom(0, 1, 5, 100) }));
const blocks = fc.record(
  {
    sync: opt(
      fc.record(
        {
          governs: fc.subarray(['orders', 'receipts', 'returns', 'migration']),
          pushInterval: dur,
          lag: timeDist,
          batchSize: fc.integer({ min: 1, max: 500 }),
          callsPerMinute: fc.integer({ min: 1, max: 600 }),
          token: fc.record({ lifetime: fc.constantFrom(1, 7, 90), age: small, renewal: fc.constantFrom('on-time', 'late', 'forgotten'), lateBy: small, noticeDelay: small }, { requiredKeys: [] }),
          retry: fc.record({ backoff: fc.constantFrom('1s', '30s', '1h'), multiplier: fc.constantFrom(1, 2, 10), maxBackoff: fc.constantFrom('1m', '10m', '1d') }, { requiredKeys: [] }),
          onLockFailure: fc.constantFrom('reroute', 'backorder', 'cancel'),
        },
        { requiredKeys: [] },
      ),
    ),
    faults: opt(
      fc.record(
        {
          outages: fc.array(fc.record({ start: small, length: fc.constantFrom(0.1, 1, 5) }), { maxLength: 3 }),
          tokenExpiry: small,
          bursts: fc.array(fc.record({ start: small, length: fc.constantFrom('1h', 1), callsPerMinute: fc.integer({ min: 1, max: 1000 }) }), { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
    ),
    inboundQc: opt(fc.oneof(fc.record({ rejectProbability: share }), fc.record({ sampleSize: fc.integer({ min: 1, max: 200 }), acceptNumber: fc.integer({ min: 0, max: 5 }) }))),
    transition: opt(
      fc.record(
        {
          start: fc.constantFrom('2026-01-01', '2026-09-14', '2027-02-29', '2026-12-31'),
          transferTime: timeDist,
          costPerUnit: small,
          duringMigration: fc.constantFrom('backorder', 'lost-sale'),
          onboarding: fc.record({ qualification: fc.record({ duration: fc.constantFrom(0, 1, 30), rejectionProbability: fc.constantFrom(0, 0.5, 0.99) }, { requiredKeys: [] }), lapseProbability: fc.constantFrom(0, 0.5, 0.99), bookingDeadline: fc.constantFrom(0, 1, 30) }, { requiredKeys: [] }),
        },
        { requiredKeys: ['start'] },
      ),
    ),
    compliance: opt(
      fc.record(
        {
          eprMarkets: fc.constantFrom(['ES'], ['DE', 'FR'], []),
          epr: fc.constantFrom([], [{ number: 'E1', filed: '2025-01-01', poolIds: ['P1'] }], [{ number: 'E1', filed: '2026-12-31T23:00+08:00', poolIds: ['P1', 'P2'] }]),
          skuGroups: fc.constantFrom([], [{ id: 'a', ranks: [1, 10], epr: 'E1' }], [{ id: 'a', ranks: [5, 1] }], [{ id: 'b', ranks: [1, 1e9], markets: ['ES'] }]),
        },
        { requiredKeys: [] },
      ),
    ),
    replenishment: opt(
      fc.record(
        {
          policy: fc.constantFrom('base-stock', 's-S'),
          review: fc.oneof(fc.constant('continuous'), fc.record({ period: fc.constantFrom('1h', 1, 7, 30) })),
          leadTime: timeDist,
          target,
          classTargets: fc.constantFrom(undefined, [{ ranks: [1, 5], target: { units: 0 } }], [{ ranks: [1, 1e6], target: { fillRate: 0.99 } }]),
          orderCycle: small,
          capacityPerDay: fc.constantFrom(undefined, 0.001, 1, 100),
          stockout: fc.constantFrom('backorder', 'lost-sale'),
        },
        { requiredKeys: [] },
      ),
    ),
    allocation: opt(
      fc.record(
        {
          router: fc.constantFrom('single-first', 'nearest'),
          placement: fc.constantFrom('demand-proportional', { single: 'HZ' }, { table: { HZ: 1 } }, { randomPerSku: 1 }, { randomPerSku: 3 }),
          deadline: small,
          onTimeout: fc.constantFrom('ship-partial', 'wait'),
          migrationTime: small,
          migrationCostPerUnit: small,
        },
        { requiredKeys: [] },
      ),
    ),
    returns: opt(
      fc.record(
        { enabled: fc.boolean(), defectReturnShare: share, latenessPerDay: share, latenessCap: share, restockableShare: share, originTransit: timeDist, inspection: timeDist },
        { requiredKeys: [] },
      ),
    ),
    demand: opt(fc.record({ linesPerOrder: countDist, unitsPerLine: countDist, crossShopBasketShare: share }, { requiredKeys: [] })),
    fees: opt(fc.record({ serviceRate: share, incentiveRate: share, incentiveMinSellThrough: share, sellThroughDefinition: fc.constantFrom('sku-share', 'unit-share'), commissionRate: share }, { requiredKeys: [] })),
    costs: opt(fc.record({ fulfilmentPerParcel: small, storagePerUnitDay: small, returnHandlingPerReturn: small }, { requiredKeys: [] })),
    categories: opt(fc.constantFrom({ apparel: { returnBaseRate: 1, defectRate: 1, turnoverNorm: 0 } }, { apparel: { returnBaseRate: 0, defectRate: 0, turnoverNorm: 100 } })),
    catalogue: opt(fc.record({ skus: fc.constantFrom(1, 2, 5, 50, 500), sharedSkuShare: share, zipfExponent: fc.constantFrom(0, 1, 10), price: fc.constantFrom(0, 0.01, 20, { type: 'lognormal', mean: 11, cv: 3 }), costRatio: fc.constantFrom(0, 0.5, 1, 3) }, { requiredKeys: [] })),
    shop: opt(fc.record({ weeklyProfile: fc.constantFrom([0, 0, 0, 0, 0, 0, 1], [1, 1, 1, 1, 1, 1, 1]), trendPerYear: fc.constantFrom(-0.99, 0, 10), overdispersion: fc.constantFrom(0, 1, 10), promotions: fc.constantFrom([], [{ start: 0, length: 1, multiplier: 100 }]), exclusiveSkuShare: share }, { requiredKeys: [] })),
    platform: opt(fc.record({ searchBadgeOrderUplift: fc.constantFrom(0, 0.2, 3) })),
  },
  { requiredKeys: [] },
);

/** Settings blocks added to or merged into a small seed: studies the field mutations rarely reach, most of them valid. */
const blockMutation: fc.Arbitrary<FuzzCase> = fc.tuple(fc.constantFrom(0, 1), blocks, fc.boolean()).map(([i, b, inSetup]) => {
  let data = structuredClone(SEEDS[i]) as Record<string, Record<string, unknown>>;
  const { shop, sync, faults, ...rest } = b as Record<string, unknown> & { shop?: Record<string, unknown> };
  for (const [k, v] of Object.entries(rest)) {
    if (v === undefined) continue;
    const prev = data[k];
    data[k] = typeof v === 'object' && v !== null && !Array.isArray(v) && typeof prev === 'object' && prev !== null ? { ...prev, ...(v as object) } : (v as Record<string, unknown>);
  }
  if (sync !== undefined || faults !== undefined) {
    // a merged setup's own sync block: a setup may override it like any shared setting
    const target = inSetup ? ((data.setups as Record<string, Record<string, unknown>>).merged ??= {}) : data;
    target.sync = (sync ?? {}) as Record<string, unknown>;
    if (faults !== undefined) target.faults = faults as Record<string, unknown>;
  }
  if (shop !== undefined) data = setAt(data, ['shops', 0], { ...(getAt(data, ['shops', 0]) as object), ...shop }) as typeof data;
  if ((b as { compliance?: unknown }).compliance !== undefined) data = setAt(data, ['seller', 'poolId'], 'P1') as typeof data;
  return { kind: 'text' as const, label: 'blocks', ...asText(data, false) };
});

/** Every kind of case, most of them quick to refuse. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 160, arbitrary: fieldMutation },
  { weight: 30, arbitrary: blockMutation },
  { weight: 80, arbitrary: schemaMutation },
  { weight: 30, arbitrary: structuralMutation },
  { weight: 40, arbitrary: textMutation },
  { weight: 20, arbitrary: yamlFeature },
  { weight: 1, arbitrary: hugeDocument },
  { weight: 6, arbitrary: deepDocument },
  { weight: 12, arbitrary: bytesMutation },
  { weight: 6, arbitrary: fsCase },
);

// ── running ─────────────────────────────────────────────────────────────────

interface Reply {
  id: number;
  outcome: Outcome;
  detail?: string;
  stack?: string;
  orders?: number;
  ms: number;
}

/** One worker thread at a time, replaced when a case outlives its time box. */
class CaseRunner {
  private worker!: Worker;
  private next = 0;
  private pending = new Map<number, (r: Reply) => void>();

  constructor() {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: 2048 }, stdout: true, stderr: true });
    this.worker.on('message', (r: Reply) => {
      this.pending.get(r.id)?.(r);
      this.pending.delete(r.id);
    });
    const fail = (why: string) => {
      for (const [id, resolve] of this.pending) resolve({ id, outcome: 'crash', detail: why, ms: 0 });
      this.pending.clear();
    };
    this.worker.on('error', (e) => fail(`worker died: ${e.message}`));
    this.worker.on('exit', (code) => fail(`worker exited with code ${code}`));
  }

  run(file: string, lines: number, horizon: number, timeoutMs: number): Promise<Reply> {
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        const old = this.worker;
        old.removeAllListeners('exit');
        old.removeAllListeners('error');
        void old.terminate();
        this.start();
        resolve({ id, outcome: 'hang', detail: `no answer in ${timeoutMs} ms`, ms: timeoutMs });
      }, timeoutMs);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.worker.postMessage({ id, file, lines, horizon });
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** Puts a case on disk for worker `slot` (one file per worker, so cases in flight never share one); returns the path to load and its line count. */
function materialise(dir: string, c: FuzzCase, slot: number): { file: string; lines: number } {
  if (c.kind === 'text') {
    const file = join(dir, `${slot}-${c.name}`);
    writeFileSync(file, c.bytes);
    const text = typeof c.bytes === 'string' ? c.bytes : Buffer.from(c.bytes).toString('utf8');
    return { file, lines: text.split(/\r\n|\r|\n/).length };
  }
  const file = join(dir, `fs-${c.what}.yaml`);
  return { file: c.what === 'extension' ? join(dir, 'fs-notes.txt') : c.what === 'not-a-directory' ? join(dir, 'fs-empty.yaml', 'case.yaml') : file, lines: 1 };
}

/** Prepares the on-disk oddities once: a directory, a missing file, links, a FIFO, an unreadable file (unreadable only when not root), an empty file, another extension. */
function prepareFs(dir: string): void {
  mkdirSync(join(dir, 'fs-directory.yaml'));
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'fs-dangling-link.yaml'));
  symlinkSync(join(dir, 'fs-link-loop.yaml'), join(dir, 'fs-link-loop.yaml'));
  spawnSync('mkfifo', [join(dir, 'fs-fifo.yaml')]);
  writeFileSync(join(dir, 'fs-unreadable.yaml'), MINIMAL);
  chmodSync(join(dir, 'fs-unreadable.yaml'), 0);
  writeFileSync(join(dir, 'fs-empty.yaml'), '');
  writeFileSync(join(dir, 'fs-notes.txt'), MINIMAL);
}

const hasStackTrace = (text: string): boolean => /^\s+at .+[:(]/m.test(text);

/** Runs the built CLI without blocking the workers; resolves to its exit code and output (null code: killed at the time box). */
function cli(args: string[], timeoutMs: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1', POOLSIM_DEBUG: '' }, timeout: timeoutMs, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const status = err === null ? 0 : typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : null;
      resolve({ status, stdout, stderr });
    });
  });
}

/** The CLI's contract for a case: validate exits 2 with located lines iff the loader refused it; run of an accepted case exits 0; never a stack trace. */
async function checkCli(file: string, expectOk: boolean, runIt: boolean, out: string): Promise<string | undefined> {
  const v = await cli(['validate', file], 60_000);
  if (v.status !== (expectOk ? 0 : 2)) return `validate exited ${v.status} (expected ${expectOk ? 0 : 2}): ${v.stderr.slice(0, 300)}`;
  if (hasStackTrace(v.stdout + v.stderr)) return `validate printed a stack trace: ${v.stderr.slice(0, 300)}`;
  if (!expectOk && !v.stderr.includes(`bad ${file}`)) return `validate did not say bad: ${v.stderr.slice(0, 300)}`;
  if (!runIt) return undefined;
  const r = await cli(['run', file, '--reps', '1', '--workers', '1', '--horizon', '1', '--warmup', '0', '--no-report', '-q', '--force', '--out', out], 120_000);
  if (r.status !== (expectOk ? 0 : 2)) return `run exited ${r.status}: ${r.stderr.slice(0, 300)}`;
  if (hasStackTrace(r.stdout + r.stderr)) return `run printed a stack trace: ${r.stderr.slice(0, 300)}`;
  return undefined;
}

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** Worker threads, each running one case at a time (default 2). */
  workers?: number;
  /** Measured days of the short study run for each accepted case. */
  horizon?: number;
  /** Time box of one case (load + run), ms. */
  timeoutMs?: number;
  /** Every how many text cases one also goes through the CLI (0: none). */
  cliEvery?: number;
  onProgress?: (stats: FuzzStats) => void;
}

/**
 * Runs `cases` generated cases (fast-check, seed `seed`: the same seed gives the same cases)
 * and counts their outcomes. O(cases × (load + tiny run)).
 */
export async function runFuzz(o: FuzzOptions): Promise<FuzzStats> {
  const dir = mkdtempSync(join(tmpdir(), 'poolsim-fuzz-'));
  prepareFs(dir);
  const stats: FuzzStats = { cases: 0, located: 0, ran: 0, slow: 0, crashes: 0, hangs: 0, absurd: 0, cli: 0, cliBroken: 0, orders: 0, seconds: 0, failures: [], byLabel: {}, msByOutcome: {}, slowest: [] };
  const runners = Array.from({ length: Math.max(1, o.workers ?? 2) }, () => new CaseRunner());
  const started = performance.now();
  const keep = (outcome: Outcome | 'cli', c: FuzzCase, detail: string, file?: string) => {
    if (stats.failures.length >= 20) return;
    let saved = file;
    if (file && c.kind === 'text' && existsSync(file)) {
      saved = join(dir, `failure-${stats.failures.length}-${c.name}`);
      writeFileSync(saved, readFileSync(file));
    }
    stats.failures.push({ outcome, label: c.label, detail, ...(saved ? { file: saved } : {}) });
  };
  const cliChecks: Promise<void>[] = [];
  const one = async (c: FuzzCase, k: number, slot: number): Promise<void> => {
    const { file, lines } = materialise(dir, c, slot);
    const r = await runners[slot].run(file, lines, o.horizon ?? 1, o.timeoutMs ?? 30_000);
    stats.msByOutcome[r.outcome] = (stats.msByOutcome[r.outcome] ?? 0) + r.ms;
    const label = (stats.byLabel[c.label] ??= { cases: 0, accepted: 0, ms: 0 });
    label.cases++;
    label.ms += r.ms;
    if (stats.slowest.length < 5 || r.ms > stats.slowest[stats.slowest.length - 1].ms) {
      const saved = join(dir, `slow-${k}-${c.kind === 'text' ? c.name : 'fs'}`);
      if (c.kind === 'text') writeFileSync(saved, readFileSync(file));
      stats.slowest = [...stats.slowest, { ms: r.ms, label: c.label, outcome: r.outcome, file: saved }].sort((a, b) => b.ms - a.ms).slice(0, 5);
    }
    if (r.outcome === 'ran' || r.outcome === 'slow' || r.outcome === 'absurd') label.accepted++;
    if (r.outcome === 'located') stats.located++;
    else if (r.outcome === 'ran') {
      stats.ran++;
      stats.orders += r.orders ?? 0;
    } else if (r.outcome === 'slow') stats.slow++;
    else if (r.outcome === 'crash') stats.crashes++;
    else if (r.outcome === 'hang') stats.hangs++;
    else if (r.outcome === 'absurd') stats.absurd++;
    if (r.outcome === 'crash' || r.outcome === 'hang' || r.outcome === 'absurd') keep(r.outcome, c, `${r.detail ?? ''}${r.stack ? `\n${r.stack}` : ''}`, file);
    if (o.cliEvery && c.kind === 'text' && k % o.cliEvery === 0 && (r.outcome === 'located' || r.outcome === 'ran')) {
      // on a copy of its own, in the background: the workers go on meanwhile
      stats.cli++;
      const copy = join(dir, `cli-${k}-${c.name}`);
      writeFileSync(copy, readFileSync(file));
      const expectOk = r.outcome === 'ran';
      cliChecks.push(
        checkCli(copy, expectOk, expectOk || k % (o.cliEvery * 4) === 0, join(dir, `cli-run-${k}`)).then((broken) => {
          if (broken) {
            stats.cliBroken++;
            keep('cli', c, broken, copy);
          }
        }),
      );
    }
    if (k % 500 === 0) o.onProgress?.({ ...stats, seconds: (performance.now() - started) / 1000 });
  };
  try {
    const batch = 200;
    let k = 0;
    for (let b = 0; k < o.cases; b++) {
      const queue = fc.sample(fuzzCase, { numRuns: Math.min(batch, o.cases - k), seed: o.seed + b }).map((c) => ({ c, k: k++ }));
      // each worker takes the next case when it is free
      await Promise.all(
        runners.map(async (_r, slot) => {
          for (let next = queue.shift(); next !== undefined; next = queue.shift()) await one(next.c, next.k, slot);
        }),
      );
      stats.cases = k;
    }
    await Promise.all(cliChecks);
  } finally {
    await Promise.all(runners.map((r) => r.close()));
    stats.seconds = (performance.now() - started) / 1000;
    if (stats.failures.length === 0) {
      chmodSync(join(dir, 'fs-unreadable.yaml'), 0o600);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return stats;
}

/** The counts as one line each, for `npm run fuzz` and the docs. */
export function formatStats(s: FuzzStats): string {
  const lines = [
    `cases ${s.cases}: located errors ${s.located}, accepted and run ${s.ran}, accepted with a slow-study warning (not run) ${s.slow}`,
    `crashes ${s.crashes}, hangs ${s.hangs}, accepted but absurd ${s.absurd}`,
    `through the CLI ${s.cli} (contract broken ${s.cliBroken}); ${s.orders} orders simulated; ${s.seconds.toFixed(1)} s`,
    `by generator: ${Object.entries(s.byLabel)
      .map(([k, v]) => `${k} ${v.cases} (${v.accepted} accepted, ${(v.ms / 1000).toFixed(1)} s)`)
      .join(', ')}`,
  ];
  lines.push(`worker time by outcome: ${Object.entries(s.msByOutcome).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  for (const w of s.slowest) lines.push(`  slow case: ${w.ms.toFixed(0)} ms [${w.label}] ${w.outcome} ${w.file}`);
  for (const f of s.failures) lines.push(`  ${f.outcome} [${f.label}] ${f.detail.split('\n').slice(0, 4).join(' | ')}${f.file ? ` — ${f.file}` : ''}`);
  return lines.join('\n');
}
