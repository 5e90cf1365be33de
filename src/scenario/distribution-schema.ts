import { z } from 'zod';
import type { DistributionSpec } from '../engine/random/spec.js';
import { normalCdf } from '../engine/stats/normal.js';
import { DURATION_PATTERN, parseDurationDays } from './duration.js';
import { MAX_DURATION_DAYS } from './limits.js';
import { msg } from './messages.js';

/** A duration: days as a number, or a string with a unit (`"30m"`, `"4h"`, `"2d"`, `"1w"`). */
export const duration = z
  .union([
    z.number().nonnegative(),
    z.string().regex(DURATION_PATTERN, { message: 'expected a duration such as 2, "30m", "4h", "2d" or "1w"' }),
  ])
  .transform((v, ctx) => {
    const days = typeof v === 'number' ? v : parseDurationDays(v);
    // "1000…0d" with hundreds of digits parses to Infinity; nothing a study sets lasts longer than its longest run
    if (!(days <= MAX_DURATION_DAYS)) ctx.issues.push({ code: 'custom', message: `expected ${msg.expectedDurationAtMost(MAX_DURATION_DAYS)}`, input: v });
    return days;
  })
  .describe('days as a number, or a string with a unit: "90s", "30m", "4h", "2d", "1w"');

const nonNeg = z.number().nonnegative();
const pos = z.number().positive();
const probability = z.number().min(0).max(1);
/**
 * The most variable a lognormal or gamma may be: cv 100 (a lognormal's median a hundredth of its
 * mean), σ 3 (cv 90). Far beyond, nearly every draw is a vanishing share of the mean and the mean
 * comes from rare enormous ones; past cv ≈ 10¹⁵⁴ the family is not even defined in floating point
 * (cv² overflows; found by the fuzz suite).
 */
export const MAX_CV = 100;
export const MAX_SIGMA = 3;
const cvSchema = pos.max(MAX_CV);

/**
 * What a distribution draws: `days` (a time: every location or scale parameter may be a
 * duration), `number` (a plain quantity: a price, a ratio, working days) or `count` (lines
 * or units: whole numbers ≥ 1 once rounded).
 */
export type DistributionKind = 'days' | 'number' | 'count';

/** The smallest value a draw of each kind may take: times and quantities are never negative, counts at least 1. */
export const DOMAIN_MIN: Record<DistributionKind, number> = { days: 0, number: 0, count: 1 };

/**
 * The largest location or scale parameter of each kind, unless a field sets its own: a time
 * lasts at most the longest run; a quantity (a price in US$, a ratio) stays where sums of
 * millions of draws are still exact; a count of lines or units is at most 10,000 per draw.
 */
export const DOMAIN_MAX: Record<DistributionKind, number> = { days: MAX_DURATION_DAYS, number: 1e9, count: 10_000 };

const WHAT: Record<DistributionKind, string> = { days: 'durations', number: 'values', count: 'counts' };

type Raw = number | (Record<string, unknown> & { type: string });
type DomainIssue = { path: PropertyKey[]; expected: string };

/** A probability for a message: `13.5%`, `2e-12` when tiny, and never a bare 0 (a normal's tail is never empty). */
const pct = (p: number) => (p >= 1e-5 ? `${Number((100 * p).toPrecision(3))}%` : p > 0 ? p.toExponential(0) : 'below 1e-300');

/**
 * Where a distribution as written (durations already in days) can draw below its kind's
 * domain ({@link DOMAIN_MIN}), or has a parameter above `max` ({@link DOMAIN_MAX}): each problem
 * at the parameter to change. A count distribution
 * with `raiseToOne: true` has none — its draws below 1 count as 1, as the model rounds every
 * count and raises it to at least 1 (docs/model.md, Order stream). O(values of a table).
 * @example domainIssues({ type: 'normal', mean: 5, sd: 20 }, 'number') // [{ path: ['min'], … }]
 */
export function domainIssues(d: Raw, kind: DistributionKind, max = DOMAIN_MAX[kind]): DomainIssue[] {
  const above = (path: PropertyKey[], value: number): DomainIssue[] => (value > max ? [{ path, expected: msg.expectedDomainMax(max, WHAT[kind]) }] : []);
  if (typeof d === 'number') return [...lowIssues(d, kind), ...above([], d)];
  // every location and scale parameter the form has, at most `max`
  const high = ['value', 'min', 'mode', 'max', 'mean', 'median', 'sd'].flatMap((k) => (typeof d[k] === 'number' ? above([k], d[k] as number) : []));
  const values = Array.isArray(d.values) ? (d.values as number[]).flatMap((v, i) => above(['values', i], v)) : [];
  return [...lowIssues(d, kind), ...high, ...values];
}

function lowIssues(d: Raw, kind: DistributionKind): DomainIssue[] {
  const lo = DOMAIN_MIN[kind];
  const what = WHAT[kind];
  const below = (path: PropertyKey[], value: number): DomainIssue[] =>
    value < lo ? [{ path, expected: msg.expectedDomainValue(lo, what) }] : [];
  if (typeof d === 'number') return below([], d);
  if (d.raiseToOne === true) return [];
  const family = (p?: number): DomainIssue[] => [{ path: ['type'], expected: msg.expectedCountFamily(d.type, p === undefined ? undefined : pct(p)) }];
  switch (d.type) {
    case 'constant':
      return below(['value'], d.value as number);
    case 'uniform':
    case 'triangular':
      return below(['min'], d.min as number);
    case 'discrete':
      return (d.values as number[]).flatMap((v, i) => below(['values', i], v));
    case 'normal': {
      const { mean, sd, min } = d as unknown as { mean: number; sd: number; min?: number };
      if (min !== undefined) return below(['min'], min);
      if (sd === 0) return below(['mean'], mean);
      return [{ path: ['min'], expected: msg.expectedNormalMin(lo, what, pct(normalCdf((lo - mean) / sd))) }];
    }
    // every family below has support (0, ∞) or {0, 1, …}: only counts can fall short
    case 'poisson':
      return kind === 'count' ? family(Math.exp(-(d.mean as number))) : [];
    case 'bernoulli':
      return kind === 'count' && (d.p as number) < 1 ? family(1 - (d.p as number)) : [];
    case 'exponential':
      return kind === 'count' ? family(1 - Math.exp(-1 / (d.mean as number))) : [];
    case 'lognormal':
    case 'gamma':
      return kind === 'count' ? family() : [];
    default:
      return [];
  }
}

/**
 * A distribution schema of a kind (see {@link DistributionKind}): `days` lets every
 * location/scale parameter be a duration string; a bare number or duration is shorthand for
 * a constant. Its draws must stay in the kind's domain ({@link domainIssues}): a normal needs
 * a `min` to stay there, a table's values must, and a count distribution that can draw below
 * 1 (Poisson, Bernoulli, continuous families) needs `raiseToOne: true`.
 */
export function distribution(unit: DistributionKind, o: { max?: number } = {}) {
  const value = unit === 'days' ? duration : nonNeg;
  const positive = unit === 'days' ? duration.pipe(z.number().positive()) : pos;
  const any = unit === 'days' ? duration : z.number();
  // counts only: the explicit permission to raise draws below 1 to 1
  const extra = (
    unit === 'count'
      ? {
          raiseToOne: z
            .boolean()
            .optional()
            .describe('count draws below 1 as 1 (every count is rounded and raised to at least 1); without it a distribution that can draw below 1 is refused'),
        }
      : {}
  ) as { raiseToOne?: z.ZodOptional<z.ZodBoolean> };
  const obj = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('constant'), value, ...extra }),
    z
      .strictObject({ type: z.literal('uniform'), min: value, max: value, ...extra })
      .refine((d) => d.min <= d.max, { message: 'expected min ≤ max', path: ['max'] }),
    z
      .strictObject({ type: z.literal('triangular'), min: value, mode: value, max: value, ...extra })
      .refine((d) => d.min <= d.mode && d.mode <= d.max && d.min < d.max, {
        message: 'expected min ≤ mode ≤ max and min < max',
        path: ['mode'],
      }),
    z.strictObject({ type: z.literal('exponential'), mean: positive, ...extra }),
    z
      .strictObject({ type: z.literal('normal'), mean: any, sd: nonNeg, min: any.optional(), max: any.optional(), ...extra })
      .refine((d) => d.min === undefined || d.max === undefined || d.min < d.max, {
        message: 'expected min < max',
        path: ['max'],
      }),
    z
      .strictObject({
        type: z.literal('lognormal'),
        mean: positive.optional(),
        cv: cvSchema.optional(),
        median: positive.optional(),
        sigma: pos.max(MAX_SIGMA).optional(),
        ...extra,
      })
      .refine(
        (d) =>
          (d.mean !== undefined && d.cv !== undefined && d.median === undefined && d.sigma === undefined) ||
          (d.median !== undefined && d.sigma !== undefined && d.mean === undefined && d.cv === undefined),
        { message: 'expected either mean and cv, or median and sigma' },
      ),
    z.strictObject({ type: z.literal('gamma'), mean: positive, cv: cvSchema, ...extra }),
    z.strictObject({ type: z.literal('poisson'), mean: pos, ...extra }),
    z.strictObject({ type: z.literal('bernoulli'), p: probability, ...extra }),
    z
      .strictObject({
        type: z.literal('discrete'),
        values: z.array(z.number()).min(1),
        weights: z.array(nonNeg).min(1),
        ...extra,
      })
      .refine((d) => d.values.length === d.weights.length, {
        message: 'expected as many weights as values',
        path: ['weights'],
      })
      .refine((d) => d.weights.some((w) => w > 0), { message: 'expected at least one positive weight', path: ['weights'] }),
  ]);
  return z
    .union([value, obj])
    .transform((v, ctx): DistributionSpec => {
      // here rather than in a refinement: a transform runs only on a value that passed the
      // union, so a domain problem is never reported twice beside a field problem
      for (const issue of domainIssues(v as Raw, unit, o.max)) ctx.issues.push({ code: 'custom', path: issue.path, message: `expected ${issue.expected}`, input: v });
      if (typeof v === 'number') return { type: 'constant', value: v };
      const { raiseToOne: _acknowledged, ...spec } = v as Record<string, unknown>;
      return spec as unknown as DistributionSpec;
    })
    .describe(
      unit === 'count'
        ? 'a distribution of counts ≥ 1: a constant number, or {type: constant|uniform|triangular|exponential|normal|lognormal|gamma|poisson|bernoulli|discrete, …parameters, raiseToOne?}'
        : 'a distribution: a constant number, or {type: constant|uniform|triangular|exponential|normal|lognormal|gamma|poisson|bernoulli|discrete, …parameters}',
    );
}
