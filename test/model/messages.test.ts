/** The model's message catalogue follows the house style: lower-case start, no trailing period. */
import { describe, expect, it } from 'vitest';
import * as messages from '../../src/model/messages.js';

describe('model messages', () => {
  const samples: Array<[string, string]> = Object.entries(messages).map(([name, build]) => {
    const fn = build as (...args: unknown[]) => string;
    return [name, fn('x', 'y', 3, 4)];
  });

  it.each(samples)('%s', (_name, text) => {
    expect(text.length).toBeGreaterThan(0);
    expect(text[0]).toBe(text[0].toLowerCase());
    expect(text.endsWith('.')).toBe(false);
  });
});
