import { expect } from 'vitest';

/**
 * Checks the house style of a user-facing message (STYLE §6: every layer keeps its messages in a catalogue, tested against this):
 * not empty, a lower-case first letter, no trailing period, one line.
 * @example it.each(samples)('%s', (_name, text) => expectHouseStyle(text));
 */
export function expectHouseStyle(text: string): void {
  expect(text.length).toBeGreaterThan(0);
  expect(text.charAt(0)).toBe(text.charAt(0).toLowerCase());
  expect(text).not.toMatch(/\.\s*$/);
  expect(text).not.toContain('\n');
}
