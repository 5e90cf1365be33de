/**
 * The engine layer's error-message catalogue. Every error the engine throws is built here, so
 * tests compare against the builder rather than a pasted string, and
 * `test/engine/messages.test.ts` checks the house style (lower-case, no trailing period).
 */

/** `scheduleAt` was given a time before the clock (or not a number). */
export const scheduleInPast = (timeDays: number, nowDays: number): string =>
  `cannot schedule an event at ${timeDays}: the clock is at ${nowDays}`;

/** The event pool would exceed the handle encoding's slot range. */
export const tooManyPending = (max: number): string =>
  `more than ${max} pending events: the event handle cannot address them`;

/** A distribution parameter is outside its domain. */
export const badParameter = (distribution: string, parameter: string, got: unknown, expected: string): string =>
  `${distribution} distribution: ${parameter} must be ${expected} (got ${String(got)})`;

/** A distribution spec has an unknown `type`. */
export const unknownDistribution = (type: unknown): string =>
  `unknown distribution type ${JSON.stringify(type)}: expected constant, uniform, triangular, exponential, normal, lognormal, gamma, poisson, bernoulli or discrete`;

/** An alias table was built from unusable weights. */
export const badWeights = (reason: string): string => `alias table: ${reason}`;

/** A probability argument of a quantile function is outside its range (e.g. `[0, 1]`). */
export const probabilityOutOfRange = (fn: string, p: number, range: string): string =>
  `${fn}: p must be in ${range} (got ${p})`;

/** A degrees-of-freedom argument is not a positive number. */
export const badDegreesOfFreedom = (fn: string, df: number): string =>
  `${fn}: degrees of freedom must be a positive number (got ${df})`;
