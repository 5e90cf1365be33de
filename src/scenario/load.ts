/**
 * Loading a scenario file: read → parse YAML/JSON with positions → validate the file →
 * resolve each setup (its block deep-merged over the shared settings, then validated whole)
 * → cross-reference checks → a `Scenario`, or a `ScenarioError` listing every problem.
 *
 * 1. `readScenarioText`: file-level checks (missing, directory, size, binary, UTF-8).
 * 2. `parseYamlSource`: syntax errors and duplicate keys, with line:col.
 * 3. `scenarioFile.safeParse`: every schema issue, explained (`explainIssues`).
 * 4. per setup: unknown keys; `mergeOverrides` + `sharedSettings.safeParse`; `crossCheck`.
 *    A problem in a value the setup set is reported at the setup's line
 *    (`setups.merged.allocation.router`), others at the shared line (reported once).
 * 5. scenario-wide checks (`baseline` names a setup).
 */
import { createHash } from 'node:crypto';
import { suggest } from './did-you-mean.js';
import { ScenarioError, type Problem, type Warning } from './errors.js';
import { dropExplainedMissing, explainIssues, type Finding } from './explain-issues.js';
import { formatPath, formatValue } from './format-value.js';
import { crossCheck, hasPlatformWarehouse } from './cross-check.js';
import { coverFindings, lengthAndSizeFindings, MAX_REPLICATIONS, MAX_SETUPS, onboardingFindings, reorderFindings, studyWarnings, type StudyWarning } from './limits.js';
import { mergeOverrides, originOf } from './merge-setup.js';
import { msg } from './messages.js';
import { readScenarioText } from './read-file.js';
import { scenarioFile, sharedSettings, sharedSettingsShape } from './schema.js';
import type { Scenario, Setup, SharedSettings } from './schema.js';
import { keysInOrder, locate, parseYamlSource, type YamlSource } from './yaml-source.js';

/** A validated scenario with where it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  /** The file path (or label) as given. */
  file: string;
  /** SHA-256 of the file's bytes (of the UTF-8 text for `parseScenario`), hex. */
  sha256: string;
  /** The file's text, as read. */
  text: string;
  /** Warnings about the study as the file sets it (slow setup or replications), at the field they are about. */
  warnings: Warning[];
}

/** Keys a setup may override: the shared settings. */
export const SHARED_KEYS: readonly string[] = Object.keys(sharedSettingsShape);
const SETUP_OWN_KEYS = ['mode', 'description'];
/** The seller's data, which every setup must share (common random numbers on the same orders). */
const SHARED_ONLY = [
  ['demand', 'history'],
  ['demand', 'mode'],
  ['replenishment', 'initialStock'],
] as const;
const SCENARIO_KEYS = Object.keys(scenarioFile.shape);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.hasOwn(obj, k)) out[k] = obj[k];
  return out;
}

/**
 * Reads, parses and validates a scenario file (`.yaml`, `.yml` or `.json`).
 * O(file size + schema issues).
 *
 * @throws ScenarioError listing every problem found, each with file, line:col, field path,
 *   the value found and what was expected
 * @example
 * const { scenario, sha256 } = await loadScenario('scenarios/default.yaml');
 * scenario.setups.map((s) => s.name); // ['unmerged', 'merged']
 */
export async function loadScenario(path: string): Promise<LoadedScenario> {
  const { text, sha256 } = await readScenarioText(path);
  const { scenario, src } = validate(text, path);
  return { scenario, file: path, sha256, text, warnings: placeWarnings(src, path, studyWarnings(scenario)) };
}

/**
 * Parses and validates scenario text already in memory; `fileLabel` names it in problems.
 *
 * @throws ScenarioError as {@link loadScenario}, without the file-level checks
 * @example
 * const { scenario } = parseScenario(yamlText, 'inline.yaml');
 */
export function parseScenario(text: string, fileLabel: string): LoadedScenario {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const { scenario, src } = validate(text.replace(/^\uFEFF/, ''), fileLabel);
  return { scenario, file: fileLabel, sha256, text, warnings: placeWarnings(src, fileLabel, studyWarnings(scenario)) };
}

/**
 * Warnings about a study (`studyWarnings`, after any overrides) located in its scenario's text:
 * at the field each is about, else its nearest ancestor's line. O(size of the text).
 * @example locateWarnings(text, 'study.yaml', studyWarnings(scenario))
 */
export function locateWarnings(text: string, file: string, warnings: readonly StudyWarning[]): Warning[] {
  return warnings.length === 0 ? [] : placeWarnings(parseYamlSource(text.replace(/^\uFEFF/, '')), file, warnings);
}

function placeWarnings(src: YamlSource, file: string, warnings: readonly StudyWarning[]): Warning[] {
  return warnings.map((w) => {
    const pos = locate(src, w.path, 'value');
    return { file, line: pos.line, column: pos.column, path: formatPath(w.path), message: w.message };
  });
}

/**
 * A problem with the value at `path` of a scenario's text (a file it names that cannot be
 * read, say), located like the loader's own problems; the value's line when the file sets
 * it, else its nearest ancestor's. O(size of the text).
 * @example throw new ScenarioError([fieldProblem(text, 'study.yaml', ['demand', 'history'], '"a.gz"', 'an order history file')]);
 */
export function fieldProblem(text: string, file: string, path: readonly PropertyKey[], got: string, expected: string): Problem {
  const pos = locate(parseYamlSource(text.replace(/^\uFEFF/, '')), path, 'value');
  return { file, line: pos.line, column: pos.column, path: formatPath(path), got, expected };
}

function validate(text: string, file: string): { scenario: Scenario; src: YamlSource } {
  const src = parseYamlSource(text);
  if (src.syntax.length > 0) {
    throw new ScenarioError(
      src.syntax.map((s) => ({ file, line: s.line, column: s.column, path: '', got: '', expected: '', note: msg.yamlSyntax(s.message) })),
    );
  }
  const data = src.data;
  if (!isPlainObject(data)) {
    const got = data === undefined || data === null ? msg.gotEmptyDocument() : formatValue(data);
    throw new ScenarioError([{ file, line: 1, column: 1, path: '', got, expected: msg.expectedTopLevel() }]);
  }

  const findings: Finding[] = [];
  const parsed = scenarioFile.safeParse(data);
  if (!parsed.success) findings.push(...explainIssues(parsed.error.issues, scenarioFile, data));

  const setups = resolveSetups(src, data, findings);

  const baseline = data.baseline === undefined ? scenarioFile.shape.baseline.parse(undefined) : data.baseline;
  const names = setups.names;
  if (typeof baseline === 'string' && names.length > 0 && !names.includes(baseline)) {
    const hint = suggest(baseline, names);
    findings.push({
      path: ['baseline'],
      anchor: 'value',
      got: Object.hasOwn(data, 'baseline') ? formatValue(baseline) : msg.gotDefault(formatValue(baseline)),
      expected: hint ? msg.expectedSetupNameDidYouMean(names, hint) : msg.expectedSetupName(names),
    });
  }

  if (names.length > MAX_SETUPS)
    findings.push({ path: ['setups'], anchor: 'value', got: msg.gotSetups(names.length), expected: msg.expectedAtMostSetups(MAX_SETUPS) });
  if (typeof data.replications === 'number' && data.replications > MAX_REPLICATIONS)
    findings.push({ path: ['replications'], anchor: 'value', got: formatValue(data.replications), expected: msg.expectedReplications(MAX_REPLICATIONS) });

  const compared = isPlainObject(data.sensitivity) ? data.sensitivity.setup : undefined;
  if (typeof compared === 'string' && names.length > 0 && (!names.includes(compared) || compared === baseline)) {
    const others = names.filter((n) => n !== baseline);
    const hint = suggest(compared, others);
    findings.push({
      path: ['sensitivity', 'setup'],
      anchor: 'value',
      got: formatValue(compared),
      expected: hint ? msg.expectedSetupNameDidYouMean(others, hint) : msg.expectedSetupName(others),
    });
  }

  const problems = placeAll(src, file, dropExplainedMissing(findings));
  if (problems.length > 0) throw new ScenarioError(problems);
  // Every schema issue yields at least one finding; reaching here otherwise is our bug.
  if (!parsed.success) throw new Error(`schema issues without problems: ${JSON.stringify(parsed.error.issues)}`);

  const d = parsed.data;
  const scenario: Scenario = {
    name: d.name,
    ...(d.description !== undefined ? { description: d.description } : {}),
    seed: d.seed,
    replications: d.replications,
    baseline: d.baseline,
    seller: d.seller,
    eligibility: d.eligibility,
    ...(d.compliance !== undefined ? { compliance: d.compliance } : {}),
    ...(d.sensitivity !== undefined ? { sensitivity: d.sensitivity } : {}),
    setups: setups.resolved,
    shared: pick(d as unknown as Record<string, unknown>, SHARED_KEYS) as unknown as SharedSettings,
  };
  return { scenario, src };
}

/**
 * Adds the limits' findings, each in place of an earlier finding at the same field: a horizon
 * of 10,000 days breaks both the duration type's 20 years and the horizon's own 10; the user
 * needs the tighter one, once.
 */
function supersede(findings: Finding[], specific: Finding[]): void {
  const key = (f: Finding) => JSON.stringify(f.path.map(String));
  const fields = new Set(specific.map(key));
  for (let i = findings.length - 1; i >= 0; i--) if (fields.has(key(findings[i]))) findings.splice(i, 1);
  findings.push(...specific);
}

/**
 * Resolves every setup block in file order; adds its problems to `findings`.
 * Setups with problems are left out of `resolved`.
 */
function resolveSetups(src: YamlSource, data: Record<string, unknown>, findings: Finding[]): { names: string[]; resolved: Setup[] } {
  const blocks = data.setups;
  const shared = pick(data, SHARED_KEYS);
  if (!isPlainObject(blocks) || Object.keys(blocks).length === 0) {
    // No setups to resolve: still check the shared settings' references.
    findings.push(...crossCheck(shared));
    supersede(findings, lengthAndSizeFindings(shared));
    return { names: [], resolved: [] };
  }
  const names = keysInOrder(src, ['setups']) ?? Object.keys(blocks);
  const resolved: Setup[] = [];
  for (const name of names) {
    const block = blocks[name];
    if (!isPlainObject(block)) continue; // the file schema reports it
    const at = (path: readonly PropertyKey[]): PropertyKey[] => ['setups', name, ...path];

    for (const key of Object.keys(block)) {
      if (SETUP_OWN_KEYS.includes(key) || SHARED_KEYS.includes(key)) continue;
      const hint = suggest(key, [...SETUP_OWN_KEYS, ...SHARED_KEYS]);
      findings.push({
        path: at([key]),
        anchor: 'key',
        got: SCENARIO_KEYS.includes(key) ? msg.gotScenarioWideKey(key) : msg.gotUnknownKey(key),
        expected: hint ? msg.expectedDidYouMean(hint) : msg.expectedSetupKey(SHARED_KEYS),
        ...(hint ? { suggestion: hint } : {}),
      });
    }

    const override = pick(block, SHARED_KEYS);
    for (const path of SHARED_ONLY) {
      if (isPlainObject(override[path[0]]) && Object.hasOwn(override[path[0]] as object, path[1]))
        findings.push({ path: at(path), anchor: 'key', got: msg.gotKey(path[1]), expected: msg.expectedSharedOnly(path.join('.')) });
    }
    const merged = mergeOverrides(sharedSettings, shared, override);
    const place = (f: Finding): Finding => (originOf(sharedSettings, override, f.path) === 'override' ? { ...f, path: at(f.path) } : f);
    const result = sharedSettings.safeParse(merged);
    if (!result.success) findings.push(...explainIssues(result.error.issues, sharedSettings, merged).map(place));
    // Reference checks read the data leniently, so they run even when fields are wrong.
    findings.push(...crossCheck(result.success ? result.data : merged).map(place));
    supersede(findings, lengthAndSizeFindings(result.success ? result.data : merged).map(place));
    if (result.success) findings.push(...coverFindings(result.data).map(place), ...reorderFindings(result.data).map(place), ...onboardingFindings(result.data).map(place));
    if (block.mode === 'merged' && !hasPlatformWarehouse(merged)) {
      findings.push({ path: at(['mode']), anchor: 'value', got: msg.gotNoPlatformWarehouse(), expected: msg.expectedPlatformWarehouseForMerge() });
    }
    if (result.success && (block.mode === 'merged' || block.mode === 'unmerged')) {
      resolved.push({
        name,
        mode: block.mode,
        ...(typeof block.description === 'string' ? { description: block.description } : {}),
        ...result.data,
      });
    }
  }
  return { names, resolved };
}

/** Locates findings in the file and drops repeats (a shared problem seen by several setups). */
function placeAll(src: YamlSource, file: string, findings: readonly Finding[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const f of findings) {
    const pos = locate(src, f.path, f.anchor);
    const p: Problem = { file, line: pos.line, column: pos.column, path: formatPath(f.path), got: f.got, expected: f.expected };
    const key = `${p.line}:${p.column}:${p.path}:${p.got}:${p.expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
