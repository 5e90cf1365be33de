import { describe, expect, it } from 'vitest';
import { parseTimestamp, type ParsedTime } from '../../src/history/parse-time.js';

const parse = (text: string): ParsedTime | undefined => {
  const out = { wallMs: 0, offsetMs: NaN };
  return parseTimestamp(text, out) ? out : undefined;
};
const H = 3_600_000;

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-01T09:30:00+08:00', Date.UTC(2026, 2, 1, 9, 30), 8 * H],
    ['2026-03-01T09:30:00-0330', Date.UTC(2026, 2, 1, 9, 30), -3.5 * H],
    ['2026-03-01T09:30:00+08', Date.UTC(2026, 2, 1, 9, 30), 8 * H],
    ['2026-03-01T01:30:00Z', Date.UTC(2026, 2, 1, 1, 30), 0],
    ['2026-03-01T01:30:00.250Z', Date.UTC(2026, 2, 1, 1, 30, 0, 250), 0],
    ['2026-03-01T01:30:00.5', Date.UTC(2026, 2, 1, 1, 30, 0, 500), NaN],
    ['2026-03-01T09:30', Date.UTC(2026, 2, 1, 9, 30), NaN],
    ['2026-03-01 09:30:15', Date.UTC(2026, 2, 1, 9, 30, 15), NaN],
    ['2026-03-01 09:30', Date.UTC(2026, 2, 1, 9, 30), NaN],
    ['2026/03/01 09:30:00', Date.UTC(2026, 2, 1, 9, 30), NaN],
    ['2026/3/1 9:30', Date.UTC(2026, 2, 1, 9, 30), NaN],
    ['2026-03-01', Date.UTC(2026, 2, 1), NaN],
    ['2024-02-29 23:59:59', Date.UTC(2024, 1, 29, 23, 59, 59), NaN],
  ])('%s', (text, wallMs, offsetMs) => {
    const t = parse(text);
    expect(t).toBeDefined();
    expect(t!.wallMs).toBe(wallMs);
    expect(t!.offsetMs).toBe(offsetMs);
  });

  it.each([
    '',
    '2026-13-01 10:00',
    '2026-02-29 10:00', // not a leap year
    '2026-04-31',
    '2026-03-01 24:00',
    '2026-03-01 10:60',
    '2026-03-01 10:00:61',
    '2026-03-01 10',
    '2026-03-01 10:00 PM',
    '01/03/2026 10:00',
    '2026.03.01 10:00',
    '2026-03-01T10:00:00+25:00',
    '2026-03-01T10:00:00Zjunk',
    '2026-03-01T10:00:00.',
    '1st of March',
  ])('rejects %j', (text) => {
    expect(parse(text)).toBeUndefined();
  });
});
