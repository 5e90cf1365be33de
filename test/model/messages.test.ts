/** The model's message catalogue follows the house style: lower-case start, no trailing period. */
import { describe, it } from 'vitest';
import { expectHouseStyle } from '../helpers/house-style.js';
import * as messages from '../../src/model/messages.js';

describe('model messages', () => {
  const samples: Array<[string, string]> = Object.entries(messages).map(([name, build]) => {
    const fn = build as (...args: unknown[]) => string;
    return [name, fn('x', 'y', 3, 4)];
  });

  it.each(samples)('%s: lower-case first letter, no trailing period, one line', (_name, text) => {
    expectHouseStyle(text);
  });
});
