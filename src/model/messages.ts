/**
 * The model layer's error-message catalogue. Every error the model throws is built here, so
 * tests compare against the builder rather than a pasted string, and
 * `test/model/messages.test.ts` checks the house style (lower-case, no trailing period).
 */

/** A shop ends up listing no SKU, so it could never receive an order. */
export const shopWithoutSkus = (shop: string, skus: number): string =>
  `shop ${shop} lists no sku out of ${skus}: raise catalogue.skus or catalogue.sharedSkuShare, or give it an exclusiveSkuShare`;

/** An order history names a shop or market the scenario does not define. */
export const historyUnknown = (kind: string, id: string, known: string): string =>
  `the order history has ${kind} ${id}, which the scenario does not define (${kind}s: ${known}): add it to ${kind}s`;

/** A bootstrap needs at least one complete week of history. */
export const historyTooShort = (days: number): string =>
  `the order history covers ${days} days: a bootstrap by week needs at least 7; use mode replay`;

/** A referenced warehouse id does not exist. */
export const unknownWarehouse = (where: string, id: string): string =>
  `${where} names warehouse ${id}, which is not defined in warehouses`;

/** A pool warehouse is not a platform warehouse. */
export const poolWarehouseNotPlatform = (id: string): string =>
  `allocation.warehouses lists ${id}, which is a seller warehouse: the pool lives in platform warehouses`;

/** No warehouse is left to hold the pool. */
export const emptyPool = (setup: string): string =>
  `setup ${setup} is merged but has no platform warehouse to hold the pool`;

/** A market in the demand mix has no transit from a warehouse that may serve it. */
export const missingTransit = (warehouse: string, market: string): string =>
  `warehouse ${warehouse} has no transit time to market ${market}, which orders go to (demand.marketMix or the order history)`;

/** A market in the demand mix is not defined. */
export const unknownMarket = (market: string): string =>
  `demand.marketMix names market ${market}, which is not defined in markets`;

/** A weight table sums to zero. */
export const noPositiveWeight = (field: string): string => `${field} has no positive weight`;

/** A placement table gives no stock to any pool warehouse. */
export const emptyPlacement = (setup: string): string =>
  `setup ${setup}: allocation.placement.table gives no share to any pool warehouse`;

/** A stock conservation check failed: a bug in the ledger, never a user error. */
export const conservationBroken = (sku: number, day: number, expected: number, got: number): string =>
  `stock of sku ${sku} does not balance on day ${day}: initial + received = ${expected} but stock + shipped + sold = ${got}`;

/** A ledger quantity went negative: a bug, never a user error. */
export const negativeStock = (what: string, stockPoint: number, got: number): string =>
  `${what} of stock point ${stockPoint} went negative (got ${got}); the last ledger step is wrong`;

/** A date string is not a real calendar date in the `YYYY-MM-DD` form. */
export const invalidDate = (where: string, got: string): string =>
  `${where}: expected a calendar date YYYY-MM-DD, got ${got}`;

/** A calendar's holidays entry names no bundled holiday list. */
export const unknownHolidaySet = (name: string, known: string): string =>
  `calendar.holidays names ${name}, which is neither a date YYYY-MM-DD nor a bundled list (${known})`;

/** A working-day count that is negative or not whole. */
export const badWorkingDays = (got: number): string =>
  `addWorkingDays takes a whole number of working days ≥ 0, got ${got}`;

/** An onboarding probability of 1 would repeat a step for ever. */
export const onboardingNeverEnds = (field: string, got: number): string =>
  `onboarding.${field} is ${got}: the application would never go live (a probability below 1 is needed)`;

/** The closed-form onboarding mean needs whole-number durations. */
export const notWholeDays = (field: string, type: string): string =>
  `expectedWorkingDays needs whole-number durations, but onboarding.${field} is a ${type} distribution (use constant, discrete, poisson or bernoulli)`;

/** A setting of the synthetic demand is missing (only a study with demand.history may leave it out). */
export const syntheticSettingMissing = (path: string): string => `${path} is missing: it is required without demand.history`;
