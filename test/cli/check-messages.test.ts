import { describe, expect, it } from 'vitest';
import { checkMsg } from '../../src/cli/check-messages.js';
import { expectHouseStyle } from '../helpers/house-style.js';

type Id = keyof typeof checkMsg;

// Sample arguments for every builder; a new builder without samples is a type error.
const SAMPLES: Record<Id, unknown[][]> = {
  eligibilityFailed: [['positive-rating rate', '96.0%', '≥ 96.5%', '−0.5 pp'], ['business registered in mainland China', 'no', 'yes', '']],
  eligibilityFix: [['gmv90d', '$50,000'], ['mainlandChinaRegistered', 'yes'], ['skusInCategory', '200']],
  eligibilityEstimated: [['orders a day', undefined], ['fully managed GMV, last 90 days', 'seller.gmv90dUsd']],
  eligibilityNotGiven: [['dispute rate', 'seller.disputeRate']],
  eligibilityAdvisory: [['SKUs', '50', '≥ 100']],
  skus: [[[1, 10]], [[3, 3]], [1], [41]],
  note: [[]],
  warning: [[]],
  fix: [[]],
  ready: [[]],
  notReady: [[]],
  readyDetail: [[0, 0], [2, 1]],
  notReadyDetail: [[1], [3]],
};

describe('check message catalogue', () => {
  it('has samples for every builder', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(checkMsg).sort());
  });

  const cases = (Object.keys(SAMPLES) as Id[]).flatMap((id) => SAMPLES[id].map((args) => [id, args] as const));
  it.each(cases)('%s %j: lower-case first letter, no trailing period, one line', (id, args) => {
    expectHouseStyle((checkMsg[id] as (...a: unknown[]) => string)(...args));
  });

  it('names SKUs by rank range, one rank, or count', () => {
    expect([checkMsg.skus([1, 10]), checkMsg.skus([3, 3]), checkMsg.skus(1), checkMsg.skus(41)]).toEqual(['ranks 1–10', 'rank 3', '1 SKU', '41 SKUs']);
  });
});
