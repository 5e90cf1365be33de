import { z } from 'zod';
import type { DistributionSpec } from '../engine/random/spec.js';
import { DURATION_PATTERN, parseDurationDays } from './duration.js';

/** A duration: days as a number, or a string with a unit (`"30m"`, `"4h"`, `"2d"`, `"1w"`). */
export const duration = z
  .union([
    z.number().nonnegative(),
    z.string().regex(DURATION_PATTERN, { message: 'expected a duration such as 2, "30m", "4h", "2d" or "1w"' }),
  ])
  .transform((v) => (typeof v === 'number' ? v : parseDurationDays(v)))
  .describe('days as a number, or a string with a unit: "90s", "30m", "4h", "2d", "1w"');

const nonNeg = z.number().nonnegative();
const pos = z.number().positive();
const probability = z.number().min(0).max(1);

/**
 * A distribution schema. `unit: 'days'` lets every location/scale parameter be a duration
 * string; a bare number or duration is shorthand for a constant.
 */
export function distribution(unit: 'days' | 'number') {
  const value = unit === 'days' ? duration : nonNeg;
  const positive = unit === 'days' ? duration.pipe(z.number().positive()) : pos;
  const any = unit === 'days' ? duration : z.number();
  const obj = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('constant'), value }),
    z
      .strictObject({ type: z.literal('uniform'), min: value, max: value })
      .refine((d) => d.min <= d.max, { message: 'expected min ≤ max', path: ['max'] }),
    z
      .strictObject({ type: z.literal('triangular'), min: value, mode: value, max: value })
      .refine((d) => d.min <= d.mode && d.mode <= d.max && d.min < d.max, {
        message: 'expected min ≤ mode ≤ max and min < max',
        path: ['mode'],
      }),
    z.strictObject({ type: z.literal('exponential'), mean: positive }),
    z
      .strictObject({ type: z.literal('normal'), mean: any, sd: nonNeg, min: any.optional(), max: any.optional() })
      .refine((d) => d.min === undefined || d.max === undefined || d.min < d.max, {
        message: 'expected min < max',
        path: ['max'],
      }),
    z
      .strictObject({
        type: z.literal('lognormal'),
        mean: positive.optional(),
        cv: pos.optional(),
        median: positive.optional(),
        sigma: pos.optional(),
      })
      .refine(
        (d) =>
          (d.mean !== undefined && d.cv !== undefined && d.median === undefined && d.sigma === undefined) ||
          (d.median !== undefined && d.sigma !== undefined && d.mean === undefined && d.cv === undefined),
        { message: 'expected either mean and cv, or median and sigma' },
      ),
    z.strictObject({ type: z.literal('gamma'), mean: positive, cv: pos }),
    z.strictObject({ type: z.literal('poisson'), mean: pos }),
    z.strictObject({ type: z.literal('bernoulli'), p: probability }),
    z
      .strictObject({
        type: z.literal('discrete'),
        values: z.array(z.number()).min(1),
        weights: z.array(nonNeg).min(1),
      })
      .refine((d) => d.values.length === d.weights.length, {
        message: 'expected as many weights as values',
        path: ['weights'],
      })
      .refine((d) => d.weights.some((w) => w > 0), { message: 'expected at least one positive weight', path: ['weights'] }),
  ]);
  return z
    .union([value, obj])
    .transform((v): DistributionSpec => (typeof v === 'number' ? { type: 'constant', value: v } : (v as DistributionSpec)))
    .describe(
      'a distribution: a constant number, or {type: constant|uniform|triangular|exponential|normal|lognormal|gamma|poisson|bernoulli|discrete, …parameters}',
    );
}
