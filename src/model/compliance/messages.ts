/**
 * Texts of the compliance check (DOMAIN §7): what a violation is and how to fix it, notes and
 * warnings, one line each. House style (lower-case first letter, no trailing period) is checked
 * by `test/model/compliance/messages.test.ts`; tests compare against these builders.
 */

const list = (xs: readonly string[]) => xs.join(', ');
const hours = (h: number) => `${h} h`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const complianceMsg = {
  // epr-missing
  eprMissing: (markets: readonly string[]) => `sold into ${list(markets)} without an EPR number`,
  eprMissingFix: (markets: readonly string[]) =>
    `register the group for EPR, add its record to compliance.epr and set the group's epr to the number, or take ${list(markets)} out of the group's markets`,
  eprMissingUngroupedFix: () => 'put these SKUs in a group of compliance.skuGroups with an EPR number (a group without ranks takes every SKU left)',
  eprUnknown: (markets: readonly string[], epr: string) => `sold into ${list(markets)} with EPR number ${epr}, which has no record in compliance.epr`,
  eprUnknownFix: (epr: string) => `add the record of ${epr} to compliance.epr (number, filed, poolIds), or correct the group's epr`,

  // epr-multiple-pools
  eprMultiplePools: (epr: string, pools: readonly string[]) => `its EPR number ${epr} is bound to ${pools.length} Pool IDs (${list(pools)})`,
  eprMultiplePoolsFix: (epr: string, keep: string | undefined) =>
    keep === undefined
      ? `keep one Pool ID in the poolIds of ${epr}: an EPR number may be bound to one Pool ID only`
      : `unbind ${epr} from every Pool ID but ${keep}: an EPR number may be bound to one Pool ID only`,

  // epr-not-bound
  eprBoundToNone: (epr: string) => `its EPR number ${epr} is bound to no Pool ID`,
  eprBoundElsewhere: (epr: string, pool: string, poolId: string) => `its EPR number ${epr} is bound to Pool ID ${pool}, not to the seller's ${poolId}`,
  eprNotBoundFix: (epr: string, poolId: string | undefined) =>
    `bind ${epr} to ${poolId === undefined ? "the seller's Pool ID" : `Pool ID ${poolId}`} (poolIds of its compliance.epr record)`,

  // epr-late-filing
  eprFiledLate: (epr: string, filed: string, hoursBefore: number, lead: number, applicationDate: string) =>
    hoursBefore >= 0
      ? `its EPR number ${epr} was filed ${filed}, ${hours(hoursBefore)} before the application on ${applicationDate} (at least ${hours(lead)} required)`
      : `its EPR number ${epr} was filed ${filed}, ${hours(-hoursBefore)} after the application on ${applicationDate} (at least ${hours(lead)} before required)`,
  eprFiledLateFix: (earliestDate: string, lead: number) =>
    `apply on ${earliestDate} or later (seller.applicationDate): at least ${hours(lead)} after the filing`,
  eprFiledUnreadable: (epr: string, filed: string) => `its EPR number ${epr} has filing time ${filed}, which is not a real date and time`,
  eprFiledUnreadableFix: () => 'write filed as YYYY-MM-DD or YYYY-MM-DDTHH:mm, with an optional Z or ±hh:mm offset',

  // pool-id-missing
  poolIdMissing: (markets: readonly string[]) => `the pool sells SKUs into ${list(markets)} but seller.poolId is not given`,
  poolIdMissingFix: () => 'set seller.poolId to the Pool ID of the merge, the one the EPR numbers are bound to',

  // notes
  complianceAbsent: () => 'no compliance block: the EPR rules were not checked (a run treats every SKU as bound)',
  eprNotNeeded: (eprMarkets: readonly string[]) => `no SKU is sold into ${list(eprMarkets)}: no EPR number is needed`,
  filingUnchecked: (lead: number) => `no application date (seller.applicationDate or transition.start): the ${hours(lead)} filing rule was not checked`,

  // warnings about the groups
  groupRanksReversed: (first: number, last: number) => `its ranks [${first}, ${last}] run backwards, so it takes no SKU`,
  groupRanksPastCatalogue: (first: number, last: number, skus: number) =>
    `its ranks [${first}, ${last}] run past catalogue.skus (${skus}): ranks above ${skus} are ignored`,
  groupRanksTaken: (count: number, earlier: string) =>
    `${plural(count, 'of its SKUs is', 'of its SKUs are')} already in group ${earlier}, where they stay (an SKU belongs to the first group that takes it)`,
  groupEmpty: () => 'it has no ranks and every SKU is already in an earlier group, so it takes no SKU',
} as const;
