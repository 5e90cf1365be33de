/** Line breaking of chart notes (`src/report/charts/wrap-text.ts`). */
import { describe, expect, it } from 'vitest';
import { NOTE_WIDTH, wrapText } from '../../src/report/charts/wrap-text.js';
import { estimateTextWidth } from '../../src/report/render/svg.js';

const SENTENCE = 'Month 13 has only 5 days and is not drawn; it counts in the totals.';
const ZH = '第 13 个月只有 5 天，未画出；已计入合计。';

describe('wrapText', () => {
  it('breaks Latin text at spaces, every line within the width, nothing lost', () => {
    const lines = wrapText(SENTENCE, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(SENTENCE);
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(200);
  });

  it('keeps a text that fits on one line', () => {
    expect(wrapText(ZH, 12)).toEqual([ZH]);
    expect(estimateTextWidth(ZH, 12)).toBeLessThanOrEqual(NOTE_WIDTH);
  });

  it('breaks Chinese between characters, never before closing punctuation', () => {
    const lines = wrapText(ZH, 12, 100);
    expect(lines.length).toBeGreaterThan(1);
    // a break drops the space it falls on, nothing else
    expect(lines.join('').replace(/ /g, '')).toBe(ZH.replace(/ /g, ''));
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(100);
    for (const l of lines) expect('，；。').not.toContain(l[0]);
  });

  it('gives an over-long word a line of its own', () => {
    expect(wrapText('a verylongwordthatdoesnotfit b', 12, 50)).toEqual(['a', 'verylongwordthatdoesnotfit', 'b']);
  });
});
