/**
 * Breaks a note into lines that fit a width, for text drawn inside a chart (Vega draws a
 * title or subtitle on one line per array entry and never wraps it). Widths come from the
 * same per-character estimate the headless renderer uses (`estimateTextWidth`).
 */
import { estimateTextWidth, isWide } from '../render/svg.js';

/**
 * Width of a note line in pixels: narrow enough for a phone's report column (a 390 px
 * screen), so the report's narrower redraw on phones never has to shrink a plot for a note.
 */
export const NOTE_WIDTH = 320;

/** CJK punctuation that must not start a line (it stays with the character before it). */
const CLOSING = '，。；：、！？）》」』%';

/**
 * Greedy line breaking: Latin text breaks at spaces, East Asian text between any two
 * characters (closing punctuation kept with the one before). A word longer than the width
 * gets a line of its own. O(length).
 *
 * @example
 * wrapText('Month 13 has only 5 days and is not drawn; it counts in the totals.', 12, 320);
 * // ['Month 13 has only 5 days and is not drawn; it', 'counts in the totals.']
 */
export function wrapText(text: string, fontSize: number, maxWidth: number = NOTE_WIDTH): string[] {
  // Tokens: a word (with what follows it up to a space or a wide character) or one wide character
  const tokens: Array<{ text: string; spaceBefore: boolean }> = [];
  let space = false;
  for (const ch of text) {
    if (ch === ' ') {
      space = true;
      continue;
    }
    const last = tokens[tokens.length - 1];
    const wide = isWide(ch.codePointAt(0) ?? 0);
    const joins = last !== undefined && !space && (CLOSING.includes(ch) || (!wide && !isWide(last.text.codePointAt(last.text.length - 1) ?? 0)));
    if (joins) last.text += ch;
    else tokens.push({ text: ch, spaceBefore: space });
    space = false;
  }
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const candidate = line === '' ? t.text : line + (t.spaceBefore ? ' ' : '') + t.text;
    if (line !== '' && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = t.text;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
