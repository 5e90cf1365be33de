import { describe, expect, it } from 'vitest';
import { makeFormatter } from '../../src/report/format.js';
import { en } from '../../src/report/i18n/en.js';
import { zh } from '../../src/report/i18n/zh.js';

const E = makeFormatter(en.format);
const Z = makeFormatter(zh.format);

describe('number formats', () => {
  it('money: dollar sign in English, 美元 after the amount in Chinese, true minus signs', () => {
    expect(E.usd(2825.4)).toBe('$2,825');
    expect(E.usdSigned(2825.4)).toBe('+$2,825');
    expect(E.usdSigned(-310)).toBe('−$310');
    expect(Z.usd(2825.4)).toBe('2,825 美元');
    expect(Z.usdSigned(-310)).toBe('−310 美元');
  });

  it('a value that rounds to zero carries no sign', () => {
    expect(E.usdSigned(-0.4)).toBe('$0');
    expect(E.signed(-0.04, 1)).toBe('0.0');
    expect(E.percent(-0.0001)).toBe('0.0%');
  });

  it('shares, relative changes and percentage points', () => {
    expect(E.percent(0.1234)).toBe('12.3%');
    expect(E.relative(-0.257)).toBe('−25.7%');
    expect(E.points(-0.048)).toBe('−4.8 pp');
    expect(Z.points(-0.048)).toBe('−4.8 个百分点');
  });

  it('days, turns and intervals', () => {
    expect(E.days(5.2)).toBe('5.2 days');
    expect(Z.days(5.2)).toBe('5.2 天');
    expect(E.turns(3.1, 2)).toBe('3.10 turns/year');
    expect(E.interval([1, 2], (x) => E.number(x, 0))).toBe('1 to 2');
    expect(Z.interval([1, 2], (x) => Z.number(x, 0))).toBe('1 至 2');
  });

  it('missing values read n/a (无 in Chinese)', () => {
    expect(E.usd(null)).toBe('n/a');
    expect(E.percent(Number.NaN)).toBe('n/a');
    expect(E.interval(null, String)).toBe('n/a');
    expect(Z.days(null)).toBe('无');
  });

  it('dates in each convention (UTC)', () => {
    expect(E.date('2026-11-27T03:00:00.000Z')).toBe('Nov 27, 2026');
    expect(Z.date('2026-11-27T03:00:00.000Z')).toBe('2026年11月27日');
    expect(E.date('not a date')).toBe('n/a');
  });
});
