import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ScenarioError, parseScenario } from '../../src/scenario/index.js';
import type { Problem } from '../../src/scenario/index.js';

/** The minimal valid scenario used as the base of most tests. */
export const MINIMAL_FILE = fileURLToPath(new URL('../fixtures/minimal.yaml', import.meta.url));
export const minimalText = (): string => readFileSync(MINIMAL_FILE, 'utf8');

/** Replaces the one occurrence of `from` (fails the test if there is not exactly one). */
export function patch(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  expect(count, `patch target ${JSON.stringify(from)} occurs ${count} times`).toBe(1);
  return text.replace(from, to);
}

/** The 1-based line of the one line containing `snippet`. */
export function lineOf(text: string, snippet: string): number {
  const lines = text.split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(snippet) ? [i + 1] : []));
  expect(hits, `lines containing ${JSON.stringify(snippet)}`).toHaveLength(1);
  return hits[0];
}

/** The 1-based column where `snippet` starts on its line. */
export function columnOf(text: string, snippet: string): number {
  const line = text.split('\n')[lineOf(text, snippet) - 1];
  return line.indexOf(snippet) + 1;
}

/** Parses `text`, expecting a ScenarioError; returns its problems. */
export function problemsOf(text: string, label = 'test.yaml'): Problem[] {
  try {
    parseScenario(text, label);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return [...(e as ScenarioError).problems];
  }
  throw new Error('expected the scenario to be rejected');
}

/** Parses `text`, expecting exactly one problem; returns it. */
export function oneProblem(text: string): Problem {
  const problems = problemsOf(text);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return problems[0];
}
