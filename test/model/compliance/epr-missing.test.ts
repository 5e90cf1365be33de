import { describe, expect, it } from 'vitest';
import { checkCompliance, eprBound } from '../../../src/model/compliance/epr-rules.js';
import { complianceMsg } from '../../../src/model/compliance/messages.js';
import { UNGROUPED } from '../../../src/model/compliance/sku-groups.js';
import { fixture } from './support.js';

const rules = (name: string) => checkCompliance(fixture(name)).violations.filter((v) => v.rule === 'epr-missing');

describe('epr-missing: a group sold into DE or FR needs an EPR number with a record', () => {
  it('passes when every group sold into DE, FR has a known number (apparel is sold into ES only)', () => {
    expect(rules('epr-missing-pass')).toEqual([]);
  });

  it('fails a group whose number has no record, and the ungrouped SKUs, with their ranks', () => {
    expect(rules('epr-missing-fail')).toEqual([
      { rule: 'epr-missing', group: 'garden', skus: [101, 150], message: complianceMsg.eprUnknown(['DE', 'FR'], 'DE-EPR-9'), fix: complianceMsg.eprUnknownFix('DE-EPR-9') },
      { rule: 'epr-missing', group: UNGROUPED, skus: [151, 200], message: complianceMsg.eprMissing(['DE', 'FR']), fix: complianceMsg.eprMissingUngroupedFix() },
    ]);
  });

  it('names only the EPR markets the group is sold into', () => {
    const s = fixture('epr-missing-fail', (t) => t.replace('      epr: DE-EPR-9\n', '      epr: DE-EPR-9\n      markets: [ES, FR]\n'));
    expect(checkCompliance(s).violations.find((v) => v.group === 'garden')?.message).toBe(complianceMsg.eprUnknown(['FR'], 'DE-EPR-9'));
  });

  it('takes compliance.eprMarkets as given: with eprMarkets [PL] nothing here needs a number', () => {
    const s = fixture('epr-missing-fail', (t) => t.replace('compliance:\n', 'compliance:\n  eprMarkets: [PL]\n'));
    const check = checkCompliance(s);
    expect(check.violations).toEqual([]);
    expect(check.notes).toContainEqual({ rule: 'compliance', message: complianceMsg.eprNotNeeded(['PL']) });
  });

  it('leaves the SKUs without a valid number unbound', () => {
    const bound = eprBound(fixture('epr-missing-fail'))!;
    expect([bound[0], bound[99], bound[100], bound[149], bound[150], bound[199]]).toEqual([1, 1, 0, 0, 0, 0]);
  });
});
