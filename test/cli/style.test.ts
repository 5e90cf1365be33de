import { describe, expect, it } from 'vitest';
import { colorEnabled, styleFor } from '../../src/cli/style.js';

describe('colour', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('is on for a terminal, off for a pipe', () => {
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(pipe, {})).toBe(false);
  });

  it('respects NO_COLOR, TERM=dumb and FORCE_COLOR', () => {
    expect(colorEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '' })).toBe(true); // no-color.org: only a non-empty value counts
    expect(colorEnabled(tty, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(tty, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('styles are identity functions when off', () => {
    const s = styleFor(pipe, {});
    expect(s.red('x') + s.bold('y')).toBe('xy');
    expect(styleFor(tty, {}).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
