import { describe, it } from 'vitest';
import { expectHouseStyle } from '../helpers/house-style.js';
import * as experiment from '../../src/experiment/messages.js';
import { runMsg } from '../../src/cli/run-messages.js';

// House style for error messages: lower-case first letter, no trailing period (docs/STYLE §6).
// Every builder is called with sample arguments of each parameter's likely type.
const samples = ['x', 1, 'y', 2];

function render(fn: (...a: never[]) => string): string {
  return (fn as (...a: unknown[]) => string)(...samples.slice(0, fn.length));
}

describe('message catalogues of the experiment layer and the run/sweep/merge commands', () => {
  const all = [
    ...Object.entries(experiment).map(([k, f]) => [`experiment.${k}`, render(f as never)] as const),
    ...Object.entries(runMsg).map(([k, f]) => [`runMsg.${k}`, render(f as never)] as const),
  ];
  it.each(all)('%s: lower-case first letter, no trailing period, one line', (_name, text) => {
    expectHouseStyle(text);
  });
});
