import { describe, expect, it } from 'vitest';
import { formatOffset, parseTimeZone } from '../../src/history/time-zone.js';

const H = 3_600_000;

describe('parseTimeZone', () => {
  it('reads UTC, offsets and IANA names', () => {
    expect(parseTimeZone('UTC')!.name).toBe('UTC');
    expect(parseTimeZone('z')!.name).toBe('UTC');
    expect(parseTimeZone('+00:00')!.name).toBe('UTC');
    expect(parseTimeZone('+08:00')!.name).toBe('+08:00');
    expect(parseTimeZone('+0530')!.name).toBe('+05:30');
    expect(parseTimeZone('-03')!.name).toBe('-03:00');
    expect(parseTimeZone('asia/shanghai')!.name).toBe('Asia/Shanghai');
  });

  it.each(['Mars/Olympus', '+25:00', '08:00', 'Asia Shanghai', ''])('rejects %j', (text) => {
    expect(parseTimeZone(text)).toBeUndefined();
  });

  it('a fixed offset and the matching IANA zone agree (Asia/Shanghai has no DST since 1991)', () => {
    const fixed = parseTimeZone('+08:00')!;
    const iana = parseTimeZone('Asia/Shanghai')!;
    for (const wall of [Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 15, 23, 59), Date.UTC(2026, 2, 1, 0, 0)]) {
      expect(iana.toUtc(wall)).toBe(fixed.toUtc(wall));
      expect(iana.toUtc(wall)).toBe(wall - 8 * H);
      expect(iana.localDay(wall - 8 * H)).toBe(Math.floor(wall / 86_400_000));
    }
  });

  it('Europe/Berlin: a wall time skipped by spring forward lands after the change, a repeated one is the first', () => {
    const berlin = parseTimeZone('Europe/Berlin')!;
    // 2026-03-29: 02:00 CET → 03:00 CEST (01:00 UTC)
    expect(berlin.toUtc(Date.UTC(2026, 2, 29, 1, 30))).toBe(Date.UTC(2026, 2, 29, 0, 30));
    expect(berlin.toUtc(Date.UTC(2026, 2, 29, 2, 30))).toBe(Date.UTC(2026, 2, 29, 1, 30)); // = 03:30 CEST
    expect(berlin.toUtc(Date.UTC(2026, 2, 29, 3, 30))).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 2026-10-25: 03:00 CEST → 02:00 CET (01:00 UTC); 02:30 happens twice
    expect(berlin.toUtc(Date.UTC(2026, 9, 25, 2, 30))).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(berlin.toUtc(Date.UTC(2026, 9, 25, 3, 30))).toBe(Date.UTC(2026, 9, 25, 2, 30));
    expect(berlin.offsetMs(Date.UTC(2026, 6, 1))).toBe(2 * H);
    expect(berlin.offsetMs(Date.UTC(2026, 0, 1))).toBe(1 * H);
  });

  it('formats offsets', () => {
    expect(formatOffset(-3.5 * H)).toBe('-03:30');
    expect(formatOffset(5.75 * H)).toBe('+05:45');
  });
});
