import { describe, expect, it } from 'vitest';
import { expectHouseStyle } from '../helpers/house-style.js';
import { msg, type MessageId } from '../../src/scenario/messages.js';

// Sample arguments for every builder. Typed as a full record, so a new builder without
// samples is a type error (and the runtime check below catches it too).
const SAMPLES: Record<MessageId, unknown[]> = {
  fileMissing: [],
  fileIsDirectory: [],
  fileNotRegular: [],
  fileUnreadable: ['permission denied'],
  fileTooLarge: [6_000_000, 5_242_880],
  fileBinary: [12],
  fileNotUtf8: [],
  fileExtension: ['.txt'],
  yamlSyntax: ['map keys must be unique'],
  moreProblems: [99_800, 200],
  yamlTooDeep: [100],
  gotEmptyDocument: [],
  gotUnknownKey: ['pickres'],
  gotScenarioWideKey: ['seed'],
  gotKey: ['a b'],
  gotDefault: ['"unmerged"'],
  gotDuplicateId: ['HZ'],
  gotUnknownMarket: ['FR'],
  gotSellerWarehouse: ['OWN'],
  gotMissingTransit: [['FR', 'PL']],
  gotNoPositiveWeight: [],
  gotNoPlatformWarehouse: [],
  gotFaultsWithoutSync: [],
  expectedSyncForFaults: [],
  expectedTopLevel: [],
  expectedRequired: ['a number'],
  expectedWithoutHistory: ['an integer > 0'],
  expectedHistoryForStock: [],
  expectedSharedOnly: ['demand.history'],
  expectedDidYouMean: ['pickers'],
  expectedOneOfKeys: [['id', 'pickers']],
  expectedFormsDidYouMean: ['"continuous" or {period: …}', 'continuous'],
  expectedSetupKey: [['horizon', 'warmup']],
  expectedOneOf: [['a', 'b']],
  expectedOneOfDidYouMean: [['a', 'b'], 'a'],
  expectedListLength: ['exactly', 7],
  expectedTextLength: ['at least', 1],
  expectedMultipleOf: [2],
  expectedPattern: ['/^x$/'],
  expectedValidKey: [],
  expectedSetupName: [['merged', 'unmerged']],
  expectedSetupNameDidYouMean: [['merged', 'unmerged'], 'merged'],
  expectedUniqueId: ['market', 'markets[0]'],
  expectedIdOf: ['warehouse', ['HZ']],
  expectedIdOfDidYouMean: ['warehouse', ['HZ'], 'HZ'],
  expectedTransitToMix: [],
  expectedPositiveWeight: ['demand.marketMix'],
  expectedAtMostShops: [3],
  expectedPlatformWarehouseForMerge: [],
  expectedHorizon: [3650],
  expectedWarmup: [3650],
  gotSetups: [150],
  expectedAtMostSetups: [100],
  expectedReplications: [10_000],
  gotSkuShops: [6_000_000, 2],
  expectedAtMostSkuShops: [10_000_000],
  expectedPeriodAtLeast: ['1h', 'continuous review'],
  expectedDefectRateBelowOne: [],
  gotMeanDays: [1e-271],
  gotOnboardingExpected: [30000, 1.2e6],
  expectedOnboardingAtMost: [1000, 3650],
  expectedLeadTimeWithQc: ['1h'],
  expectedAtMostPickers: [100_000],
  expectedTargetUnits: [10_000_000],
  gotCoverUnits: [1e6, 37],
  expectedCoverUnits: [20_000_000],
  warnSlowSetup: [6_000_000, 2, 6.2],
  warnSlowRun: [12_000_000, 3, 72],
  expectedDurationAtMost: [7300],
  expectedDomainMax: [1e9, 'values'],
  expectedDomainValue: [0, 'durations'],
  expectedNormalMin: [0, 'values', '40.1%'],
  expectedCountFamily: ['poisson', '13.5%'],
};

describe('scenario message catalogue', () => {
  it('has samples for every builder', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(msg).sort());
  });

  it.each(Object.keys(msg) as MessageId[])('%s: lower-case first letter, no trailing period, one line', (id) => {
    const text = (msg[id] as (...args: unknown[]) => string)(...SAMPLES[id]);
    expectHouseStyle(text);
  });
});
