/**
 * Durations in scenario files: a number of days, or a string with a unit —
 * `"90s"`, `"30m"`, `"4h"`, `"2d"`, `"1w"` (also `"1.5d"`). Returns days.
 */

/** Days per unit as a fraction `[numerator, denominator]`: dividing keeps `"30m"` exactly 1/48. */
const UNIT_DAYS: Record<string, readonly [number, number]> = {
  s: [1, 86_400],
  m: [1, 1_440],
  h: [1, 24],
  d: [1, 1],
  w: [7, 1],
};

export const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(s|m|h|d|w)\s*$/;

/**
 * Parses a duration string such as `"4h"` into days; returns NaN when it does not match.
 * The result is the correctly rounded quotient (`"30m"` → `30 / 1440`, which equals `1 / 48`).
 *
 * @example
 * parseDurationDays('4h');  // 1/6
 * parseDurationDays('1w');  // 7
 * parseDurationDays('4 hours'); // NaN
 */
export function parseDurationDays(text: string): number {
  const m = DURATION_PATTERN.exec(text);
  if (!m) return NaN;
  const [num, den] = UNIT_DAYS[m[2]];
  return (Number(m[1]) * num) / den;
}
