/** Fixtures of the compliance tests: `test/fixtures/check/<rule>-pass.yaml` and `-fail.yaml`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../../../src/scenario/index.js';

const DIR = fileURLToPath(new URL('../../fixtures/check/', import.meta.url));

/** The text of a fixture, e.g. `fixtureText('epr-missing-fail')`. */
export const fixtureText = (name: string): string => readFileSync(`${DIR}${name}.yaml`, 'utf8');

/**
 * A fixture loaded as a scenario; `edit` may patch its text first (one `replace` per case).
 *
 * @example
 * const s = fixture('epr-late-filing-pass', (t) => t.replace('  applicationDate: 2026-09-14\n', ''));
 */
export function fixture(name: string, edit?: (text: string) => string): Scenario {
  const text = fixtureText(name);
  const edited = edit === undefined ? text : edit(text);
  // A replace that matches nothing would leave the case testing the unedited fixture
  if (edit !== undefined && edited === text) throw new Error(`the edit changed nothing in ${name}.yaml`);
  return parseScenario(edited, `${name}.yaml`).scenario;
}
