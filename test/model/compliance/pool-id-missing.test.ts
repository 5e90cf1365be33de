import { describe, expect, it } from 'vitest';
import { checkCompliance, eprBound } from '../../../src/model/compliance/epr-rules.js';
import { complianceMsg } from '../../../src/model/compliance/messages.js';
import { fixture } from './support.js';

describe('pool-id-missing: selling into an EPR market needs seller.poolId', () => {
  it('passes without a Pool ID when nothing is sold into DE or FR', () => {
    const check = checkCompliance(fixture('pool-id-missing-pass'));
    expect(check.violations).toEqual([]);
    expect(check.notes).toEqual([{ rule: 'compliance', message: complianceMsg.eprNotNeeded(['DE', 'FR']) }]);
  });

  it('fails once, for the SKUs sold into DE or FR, and binds nothing', () => {
    expect(checkCompliance(fixture('pool-id-missing-fail')).violations).toEqual([
      { rule: 'pool-id-missing', group: '(seller)', skus: [1, 120], message: complianceMsg.poolIdMissing(['DE', 'FR']), fix: complianceMsg.poolIdMissingFix() },
    ]);
    expect(eprBound(fixture('pool-id-missing-fail'))!.every((b) => b === 0)).toBe(true);
  });

  it('counts the SKUs when they are not consecutive ranks', () => {
    const s = fixture('pool-id-missing-fail', (t) => t.replace('      ranks: [1, 120]\n', '      ranks: [11, 120]\n'));
    // ranks 1–10 and 121–200 are apparel (ES only); 11–120 home: one range still
    expect(checkCompliance(s).violations[0].skus).toEqual([11, 120]);
    const split = fixture('pool-id-missing-fail', (t) => t.replace('    - id: apparel\n      markets: [ES]\n', '    - id: apparel\n      ranks: [150, 160]\n      markets: [ES]\n'));
    // home 1–120, apparel 150–160 (ES), the rest (121–149, 161–200) ungrouped, sold everywhere
    expect(checkCompliance(split).violations[0].skus).toBe(200 - 11);
  });
});
