import { describe, expect, it } from 'vitest';
import { checkCompliance, eprBound } from '../../../src/model/compliance/epr-rules.js';
import { complianceMsg } from '../../../src/model/compliance/messages.js';
import { fixture } from './support.js';

const noDate = (t: string) => t.replace('  applicationDate: 2026-09-14\n', '');

describe('epr-late-filing: filed at least filingLeadHours (72) before the application', () => {
  it('passes records filed exactly 72 h before 00:00 UTC of the application date (a date, and a time with an offset)', () => {
    expect(checkCompliance(fixture('epr-late-filing-pass')).violations).toEqual([]);
    expect(eprBound(fixture('epr-late-filing-pass'))!.every((b) => b === 1)).toBe(true);
  });

  it('fails a record filed 40 h before, and names the first date it allows', () => {
    expect(checkCompliance(fixture('epr-late-filing-fail')).violations).toEqual([
      {
        rule: 'epr-late-filing',
        group: 'garden',
        skus: [101, 200],
        message: complianceMsg.eprFiledLate('FR-EPR-2', '2026-09-12T10:00+02:00', 40, 72, '2026-09-14'),
        fix: complianceMsg.eprFiledLateFix('2026-09-16', 72),
      },
    ]);
    const bound = eprBound(fixture('epr-late-filing-fail'))!;
    expect([bound[0], bound[99], bound[100], bound[199]]).toEqual([1, 1, 0, 0]);
  });

  it('fails one minute too late, and a record filed after the application', () => {
    const minute = fixture('epr-late-filing-pass', (t) => t.replace('filed: 2026-09-11\n', 'filed: 2026-09-11T00:01Z\n'));
    expect(checkCompliance(minute).violations.map((v) => v.message)).toEqual([complianceMsg.eprFiledLate('DE-EPR-1', '2026-09-11T00:01Z', 71.9, 72, '2026-09-14')]);
    const after = fixture('epr-late-filing-pass', (t) => t.replace('filed: 2026-09-11\n', 'filed: 2026-09-15\n'));
    expect(checkCompliance(after).violations.map((v) => v.message)).toEqual([complianceMsg.eprFiledLate('DE-EPR-1', '2026-09-15', -24, 72, '2026-09-14')]);
  });

  it('reads a lead time other than 72 h', () => {
    const s = fixture('epr-late-filing-fail', (t) => t.replace('compliance:\n', 'compliance:\n  filingLeadHours: 24\n'));
    expect(checkCompliance(s).violations).toEqual([]);
  });

  it('takes transition.start when seller.applicationDate is not given', () => {
    const s = fixture('epr-late-filing-fail', (t) => noDate(t).replace('setups:\n', 'transition:\n  start: 2026-09-20\nsetups:\n'));
    expect(checkCompliance(s).violations).toEqual([]);
    expect(eprBound(s)!.every((b) => b === 1)).toBe(true);
  });

  it('without any application date, notes that the rule was not checked and counts filing as in time', () => {
    const s = fixture('epr-late-filing-fail', noDate);
    const check = checkCompliance(s);
    expect(check.violations).toEqual([]);
    expect(check.notes).toEqual([{ rule: 'epr-late-filing', message: complianceMsg.filingUnchecked(72) }]);
    expect(eprBound(s)!.every((b) => b === 1)).toBe(true);
  });

  it('fails a filing time that is no real time (the schema checks the date only)', () => {
    const s = fixture('epr-late-filing-pass', (t) => t.replace('filed: 2026-09-11\n', 'filed: 2026-09-01T25:00\n'));
    expect(checkCompliance(s).violations.map((v) => [v.rule, v.message])).toEqual([['epr-late-filing', complianceMsg.eprFiledUnreadable('DE-EPR-1', '2026-09-01T25:00')]]);
  });
});
