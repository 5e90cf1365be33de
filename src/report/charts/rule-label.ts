/**
 * Which side of a vertical rule its label goes, decided in the chart itself (a Vega
 * expression on the live `width`), so the choice still holds when the report redraws a chart
 * narrower on a phone. A label goes right of its rule unless it would run past the plot's
 * right edge or across another rule; then left of it, unless that crosses another rule too.
 */
import { estimateTextWidth } from '../render/svg.js';

/** Gap between a rule and its label, pixels. */
export const LABEL_GAP = 5;
/** Bold text runs wider than `estimateTextWidth`'s regular advances (DejaVu Sans Bold ≈ +10%). */
const BOLD_FACTOR = 1.1;

/**
 * `align` and `dx` of a text mark labelling the rule at `at` (a Vega expression for the
 * label's x in data units, such as `datum.at`), avoiding the rules at `others` (numbers in the
 * x scale's units: days, or epoch milliseconds on a time scale), and `clean`, an expression
 * that is true when one side takes the label without crossing anything. O(others).
 *
 * @example
 * const side = ruleLabelSide('datum.at', 'Go-live Sep 23, 2026', 11, [Date.parse('2026-10-06')]);
 * // { align: { expr: "… ? 'left' : 'right'" }, dx: { expr: '… ? 5 : -5' }, clean: '…' }
 */
export function ruleLabelSide(
  at: string,
  text: string,
  fontSize: number,
  others: readonly number[],
): { align: { expr: string }; dx: { expr: string }; clean: string } {
  const w = Math.ceil(estimateTextWidth(text, fontSize) * BOLD_FACTOR) + LABEL_GAP;
  const x = `scale('x', ${at})`;
  const rules = others.map((o) => `scale('x', ${o})`);
  const crossesRight = rules.map((r) => `(${r} > ${x} && ${r} < ${x} + ${w})`).join(' || ') || 'false';
  const crossesLeft = rules.map((r) => `(${r} < ${x} && ${r} > ${x} - ${w})`).join(' || ') || 'false';
  const fitsRight = `${x} + ${w} <= width`;
  const right = `((${fitsRight}) && !(${crossesRight})) || (!(${fitsRight}) ? false : (${crossesLeft}))`;
  return {
    align: { expr: `(${right}) ? 'left' : 'right'` },
    dx: { expr: `(${right}) ? ${LABEL_GAP} : ${-LABEL_GAP}` },
    // some side takes the label without crossing another rule or the right edge
    clean: `((${fitsRight}) && !(${crossesRight})) || !(${crossesLeft})`,
  };
}
