/**
 * Durations in scenario files: a number of days, or a string with a unit —
 * `"90s"`, `"30m"`, `"4h"`, `"2d"`, `"1w"` (also `"1.5d"`). Returns days.
 */
const UNIT_DAYS: Record<string, number> = { s: 1 / 86_400, m: 1 / 1_440, h: 1 / 24, d: 1, w: 7 };

export const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(s|m|h|d|w)\s*$/;

/** Parses a duration string such as `"4h"` into days; returns NaN when it does not match. */
export function parseDurationDays(text: string): number {
  const m = DURATION_PATTERN.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * UNIT_DAYS[m[2]];
}
