/**
 * The note a month-by-month chart carries under its title when it leaves out a partial last
 * month (why it is left out: `../monthly-rows.ts`), in the report's language, broken into
 * lines that fit a phone.
 */
import type { Results } from '../../results/types.js';
import { daysLabel, partialMonth } from '../monthly-rows.js';
import type { ChartContext } from './theme.js';
import { wrapText } from './wrap-text.js';

/** Font size of a chart subtitle (`chartConfig`: `title.subtitleFontSize`). */
const SUBTITLE_FONT_SIZE = 12;

/**
 * Lines of the note for the partial month of `setups`' monthly rows; none when every month is full.
 *
 * @example
 * partialMonthNote(results, ['unmerged', 'merged'], ctx);
 * // ['Month 13 has only 5 days: not drawn, but counted', 'in the totals.']
 */
export function partialMonthNote(results: Results, setups: readonly string[], ctx: ChartContext): string[] {
  const partial = partialMonth(results, setups);
  if (partial === null) return [];
  return wrapText(ctx.m.charts.partialMonthOmitted(partial.month, daysLabel(partial.days)), SUBTITLE_FONT_SIZE);
}
