/**
 * The time zone that applies to export times without an offset: UTC, a fixed offset
 * (`+08:00`) or an IANA name (`Asia/Shanghai`, with its daylight-saving rules from the ICU
 * data Node ships).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Offsets are looked up once per quarter hour of time (every transition since 1970 falls on one). */
const BUCKET_MS = 15 * MINUTE_MS;

/** A time zone: converts wall-clock times to instants and instants to local days. */
export interface TimeZone {
  /** Canonical name: `UTC`, `+08:00`, `-03:30` or the IANA name (`Asia/Shanghai`). */
  readonly name: string;
  /** Offset east of UTC at the instant `utcMs`, ms. */
  offsetMs(utcMs: number): number;
  /**
   * The instant of a wall-clock time (given as `Date.UTC` of its fields). A time skipped by
   * a daylight-saving change (02:30 on a spring-forward night) is read with the offset before
   * the change, so it lands after it; a repeated one (01:30 on a fall-back night) is the
   * first of the two. The same rule as JavaScript's `Temporal` "compatible" disambiguation.
   */
  toUtc(wallMs: number): number;
  /** The local calendar day of an instant, as days since 1970-01-01 in this zone. */
  localDay(utcMs: number): number;
}

function fixedZone(name: string, offset: number): TimeZone {
  return {
    name,
    offsetMs: () => offset,
    toUtc: (wallMs) => wallMs - offset,
    localDay: (utcMs) => Math.floor((utcMs + offset) / DAY_MS),
  };
}

function ianaZone(timeZone: string): TimeZone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const name = format.resolvedOptions().timeZone;
  const byInstant = new Map<number, number>();
  const byWall = new Map<number, number>();
  const exactOffset = (utcMs: number): number => {
    const parts = format.formatToParts(new Date(utcMs));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - Math.floor(utcMs / 1000) * 1000;
  };
  const offsetMs = (utcMs: number): number => {
    const bucket = Math.floor(utcMs / BUCKET_MS);
    let offset = byInstant.get(bucket);
    if (offset === undefined) {
      offset = exactOffset(bucket * BUCKET_MS);
      byInstant.set(bucket, offset);
    }
    return offset;
  };
  const resolve = (wallMs: number): number => {
    const before = offsetMs(wallMs - DAY_MS);
    const after = offsetMs(wallMs + DAY_MS);
    const early = wallMs - Math.max(before, after);
    const late = wallMs - Math.min(before, after);
    const earlyOk = offsetMs(early) === Math.max(before, after);
    const lateOk = offsetMs(late) === Math.min(before, after);
    if (earlyOk) return wallMs - early; // the only reading, or the first of two (fall back)
    if (lateOk) return wallMs - late;
    return before; // skipped by a spring-forward change: read with the offset before it
  };
  return {
    name,
    offsetMs,
    toUtc: (wallMs) => {
      const bucket = Math.floor(wallMs / BUCKET_MS);
      let offset = byWall.get(bucket);
      if (offset === undefined) {
        offset = resolve(bucket * BUCKET_MS);
        byWall.set(bucket, offset);
      }
      return wallMs - offset;
    },
    localDay: (utcMs) => Math.floor((utcMs + offsetMs(utcMs)) / DAY_MS),
  };
}

/** `±HH:mm` of an offset in ms. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / MINUTE_MS;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * The time zone named by `text`: `UTC` (also `Z`, `GMT`), an offset `±HH:mm` (or `±HHmm`,
 * `±HH`) or an IANA name (case-insensitive). Undefined when it is none of them. Each zone
 * keeps its own offset cache: O(1) per lookup after the first in a quarter hour.
 *
 * @example parseTimeZone('+08:00')!.toUtc(Date.UTC(2026, 2, 1, 8)); // Date.UTC(2026, 2, 1, 0)
 * @example parseTimeZone('Asia/Shanghai')!.name; // 'Asia/Shanghai'
 * @example parseTimeZone('Mars/Olympus'); // undefined
 */
export function parseTimeZone(text: string): TimeZone | undefined {
  const t = text.trim();
  if (/^(utc|z|gmt)$/i.test(t)) return fixedZone('UTC', 0);
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(t);
  if (m) {
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? '0');
    if (hours > 18 || minutes > 59) return undefined;
    const offset = (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * MINUTE_MS;
    return offset === 0 ? fixedZone('UTC', 0) : fixedZone(formatOffset(offset), offset);
  }
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(t)) return undefined;
  try {
    return ianaZone(t);
  } catch {
    return undefined; // RangeError: not a time zone ICU knows
  }
}
