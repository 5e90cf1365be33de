import { describe, expect, it } from 'vitest';
import { expectHouseStyle } from '../helpers/house-style.js';
import * as msg from '../../src/report/messages.js';

describe('report message catalogue', () => {
  const samples = Object.entries(msg).map(([name, build]) => {
    const fn = build as (...args: unknown[]) => string;
    // An array works both where a message interpolates a value and where it joins a list
    const args = Array.from({ length: fn.length }, () => ['x', 'y']);
    return [name, fn(...args)] as const;
  });

  it('has messages', () => {
    expect(samples.length).toBeGreaterThan(5);
  });

  it.each(samples)('%s: lower-case first letter, no trailing period, one line', (_name, text) => {
    expectHouseStyle(text);
  });
});
