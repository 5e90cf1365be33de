import { describe, expect, it } from 'vitest';
import { checkCompliance, eprBound } from '../../../src/model/compliance/epr-rules.js';
import { complianceMsg } from '../../../src/model/compliance/messages.js';
import { fixture } from './support.js';

const rules = (name: string) => checkCompliance(fixture(name)).violations.filter((v) => v.rule === 'epr-multiple-pools');

describe('epr-multiple-pools: one EPR number may be bound to one Pool ID only', () => {
  it('passes a number repeated in two records with the same Pool ID', () => {
    expect(checkCompliance(fixture('epr-multiple-pools-pass')).violations).toEqual([]);
    expect(eprBound(fixture('epr-multiple-pools-pass'))!.every((b) => b === 1)).toBe(true);
  });

  it('fails a number bound to two Pool IDs over two records, and one with two Pool IDs in one record', () => {
    expect(rules('epr-multiple-pools-fail')).toEqual([
      {
        rule: 'epr-multiple-pools',
        group: 'home',
        skus: [1, 100],
        message: complianceMsg.eprMultiplePools('DE-EPR-1', ['P-1001', 'P-2002']),
        fix: complianceMsg.eprMultiplePoolsFix('DE-EPR-1', 'P-1001'),
      },
      {
        rule: 'epr-multiple-pools',
        group: 'garden',
        skus: [101, 200],
        message: complianceMsg.eprMultiplePools('FR-EPR-2', ['P-1001', 'P-3003']),
        fix: complianceMsg.eprMultiplePoolsFix('FR-EPR-2', 'P-1001'),
      },
    ]);
    expect(eprBound(fixture('epr-multiple-pools-fail'))!.every((b) => b === 0)).toBe(true);
  });

  it('also says not bound when none of the Pool IDs is the seller’s', () => {
    const s = fixture('epr-multiple-pools-fail', (t) => t.replace('  poolId: P-1001\n', '  poolId: P-9999\n'));
    const home = checkCompliance(s).violations.filter((v) => v.group === 'home').map((v) => [v.rule, v.fix]);
    expect(home).toEqual([
      ['epr-multiple-pools', complianceMsg.eprMultiplePoolsFix('DE-EPR-1', undefined)],
      ['epr-not-bound', complianceMsg.eprNotBoundFix('DE-EPR-1', 'P-9999')],
    ]);
  });
});
