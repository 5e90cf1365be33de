import { describe, expect, it } from 'vitest';
import { formatClock, formatRate, ProgressReporter } from '../../../src/cli/progress.js';
import type { ReplicationOutput } from '../../../src/model/result.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { out: { isTTY, columns: 200, write: (t: string) => chunks.push(t) }, chunks };
}
const output = (replication: number): ReplicationOutput => ({ replication, ordersSimulated: 1000, setups: {} });

describe('ProgressReporter', () => {
  it('prints one plain line per replication when not on a terminal', () => {
    const { out, chunks } = sink(false);
    let t = 0;
    const p = new ProgressReporter({ out, now: () => t });
    p.planned(4);
    t = 2000;
    p.done(output(1));
    expect(chunks).toEqual(['replication 1 done (1/4 replications, 0:02 elapsed, ETA 0:06, 500 orders/s)\n']);
  });

  it('redraws one line in place on a terminal, and ends it on finish', () => {
    const { out, chunks } = sink(true);
    let t = 0;
    const p = new ProgressReporter({ out, now: () => t });
    p.planned(2);
    t = 1000;
    p.done(output(0));
    t = 2000;
    p.done(output(1));
    p.finish();
    expect(chunks.every((c) => c.startsWith('\r\x1b[K') || c === '\n')).toBe(true);
    expect(chunks.at(-2)).toContain('2/2 reps');
    expect(chunks.at(-2)).toContain('orders/s');
    expect(chunks.at(-1)).toBe('\n');
    expect(chunks.join('')).not.toMatch(/\n.*\n.*\n/); // no scrolling lines
  });

  it('prints nothing when quiet', () => {
    const { out, chunks } = sink(true);
    const p = new ProgressReporter({ out, quiet: true });
    p.planned(1);
    p.done(output(0));
    p.note('x');
    p.finish();
    expect(chunks).toEqual([]);
  });
});

describe('formatClock / formatRate', () => {
  it('formats durations and rates', () => {
    expect(formatClock(75)).toBe('1:15');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(NaN)).toBe('?');
    expect(formatRate(1_234_567)).toBe('1.23M');
    expect(formatRate(4321)).toBe('4.3k');
  });
});
