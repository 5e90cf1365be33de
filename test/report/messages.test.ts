import { describe, expect, it } from 'vitest';
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

  it.each(samples)('%s is lower-case with no trailing period', (_name, text) => {
    expect(text.charAt(0)).toBe(text.charAt(0).toLowerCase());
    expect(text).not.toMatch(/\.\s*$/);
  });
});
