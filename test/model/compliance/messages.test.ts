/** The compliance message catalogue follows the house style: lower-case start, no trailing period, one line. */
import { describe, expect, it } from 'vitest';
import { complianceMsg } from '../../../src/model/compliance/messages.js';
import { expectHouseStyle } from '../../helpers/house-style.js';

type Id = keyof typeof complianceMsg;

// Sample arguments for every builder; a new builder without samples is a type error.
const SAMPLES: Record<Id, unknown[][]> = {
  eprMissing: [[['DE', 'FR']]],
  eprMissingFix: [[['DE']]],
  eprMissingUngroupedFix: [[]],
  eprUnknown: [[['FR'], 'FR-1']],
  eprUnknownFix: [['FR-1']],
  eprMultiplePools: [['DE-1', ['P-1', 'P-2']]],
  eprMultiplePoolsFix: [['DE-1', 'P-1'], ['DE-1', undefined]],
  eprBoundToNone: [['DE-1']],
  eprBoundElsewhere: [['DE-1', 'P-2', 'P-1']],
  eprNotBoundFix: [['DE-1', 'P-1'], ['DE-1', undefined]],
  eprFiledLate: [['DE-1', '2026-09-12', 48, 72, '2026-09-14'], ['DE-1', '2026-09-15', -24, 72, '2026-09-14']],
  eprFiledLateFix: [['2026-09-16', 72]],
  eprFiledUnreadable: [['DE-1', '2026-09-12T25:00']],
  eprFiledUnreadableFix: [[]],
  poolIdMissing: [[['DE']]],
  poolIdMissingFix: [[]],
  complianceAbsent: [[]],
  eprNotNeeded: [[['DE', 'FR']]],
  filingUnchecked: [[72]],
  groupRanksReversed: [[5, 2]],
  groupRanksPastCatalogue: [[8, 12, 10]],
  groupRanksTaken: [[1, 'a'], [2, 'a']],
  groupEmpty: [[]],
};

describe('compliance messages', () => {
  it('has samples for every builder', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(complianceMsg).sort());
  });

  const cases = (Object.keys(SAMPLES) as Id[]).flatMap((id) => SAMPLES[id].map((args) => [id, args] as const));
  it.each(cases)('%s %j: lower-case first letter, no trailing period, one line', (id, args) => {
    expectHouseStyle((complianceMsg[id] as (...a: unknown[]) => string)(...args));
  });

  it('says how late a record is, before or after the application', () => {
    expect(complianceMsg.eprFiledLate('DE-1', '2026-09-15', -24, 72, '2026-09-14')).toContain('24 h after the application');
  });
});
