import { describe, expect, it } from 'vitest';
import { checkCompliance, eprBound } from '../../../src/model/compliance/epr-rules.js';
import { complianceMsg } from '../../../src/model/compliance/messages.js';
import { fixture } from './support.js';

describe('epr-not-bound: the number must be bound to the seller’s Pool ID', () => {
  it('passes numbers bound to seller.poolId', () => {
    expect(checkCompliance(fixture('epr-not-bound-pass')).violations).toEqual([]);
    expect(eprBound(fixture('epr-not-bound-pass'))!.every((b) => b === 1)).toBe(true);
  });

  it('fails a number bound to no Pool ID and one bound to another Pool ID', () => {
    expect(checkCompliance(fixture('epr-not-bound-fail')).violations).toEqual([
      { rule: 'epr-not-bound', group: 'home', skus: [1, 100], message: complianceMsg.eprBoundToNone('DE-EPR-1'), fix: complianceMsg.eprNotBoundFix('DE-EPR-1', 'P-1001') },
      {
        rule: 'epr-not-bound',
        group: 'garden',
        skus: [101, 200],
        message: complianceMsg.eprBoundElsewhere('FR-EPR-2', 'P-2002', 'P-1001'),
        fix: complianceMsg.eprNotBoundFix('FR-EPR-2', 'P-1001'),
      },
    ]);
    expect(eprBound(fixture('epr-not-bound-fail'))!.every((b) => b === 0)).toBe(true);
  });
});
