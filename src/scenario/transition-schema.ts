/**
 * The scenario blocks of the transition study and of compliance (DOMAIN §4, §7): the
 * working-day calendar, the three onboarding stages, the migration at go-live, and the SKU
 * groups with their destination markets and EPR records. Every figure is a default
 * (docs/model.md, "Transition" and "EPR binding", gives the source of each).
 */
import { z } from 'zod';
import { distribution, duration } from './distribution-schema.js';
import { MAX_DURATION_DAYS } from './limits.js';

const probability = z.number().min(0).max(1);
const constant = (value: number) => ({ type: 'constant' as const, value });

/** Names of the bundled holiday lists (`src/model/onboarding/holiday-sets.ts`). */
export const HOLIDAY_SETS = ['cn-2026-2027'] as const;

const validDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' })
  .refine(validDate, { message: 'expected a real calendar date' });
/** A date with an optional time (UTC unless an offset is given): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss][Z|±hh:mm]`. */
export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/, {
    message: 'expected a date YYYY-MM-DD or a date and time YYYY-MM-DDTHH:mm',
  })
  .refine((s) => validDate(s.slice(0, 10)), { message: 'expected a real calendar date' });

export const calendar = z.strictObject({
  weekends: z.boolean().default(true).describe('Saturdays and Sundays are days off'),
  holidays: z
    .array(
      z
        .string()
        .refine((v) => (HOLIDAY_SETS as readonly string[]).includes(v) || (/^\d{4}-\d{2}-\d{2}$/.test(v) && validDate(v)), {
          message: `expected a date YYYY-MM-DD or a bundled list: ${HOLIDAY_SETS.join(', ')}`,
        }),
    )
    .default([])
    .describe('days off: dates, or the name of a bundled list (cn-2026-2027: mainland China public holidays with their make-up working days)'),
  workdays: z.array(isoDate).default([]).describe('weekend dates that are working days (make-up days), beyond a bundled list’s own'),
});

const stage = (days: number, spread: number) =>
  z.strictObject({
    duration: distribution('number', { max: MAX_DURATION_DAYS })
      .default({ type: 'discrete', values: [days - spread, days, days + spread], weights: [0.25, 0.5, 0.25] })
      .describe('working days the review takes (rounded up to whole working days)'),
    rejectionProbability: z.number().min(0).lt(1).default(0.025).describe('chance that the review rejects the application (below 1: else it never goes live)'),
    resubmissionDelay: distribution('number', { max: MAX_DURATION_DAYS }).default(constant(2)).describe('working days to fix and resubmit after a rejection'),
  });

const stageDefaults = <T extends z.ZodType>(s: T) => s.default(s.parse({}) as never);

export const onboarding = z.strictObject({
  calendar: calendar.default(calendar.parse({})),
  qualification: stageDefaults(stage(1, 0)).describe('stage 1, qualification pre-review (T+1)'),
  warehouseFit: stageDefaults(stage(3, 1)).describe('stage 2, warehouse fit assessment (T+3)'),
  integration: stageDefaults(stage(5, 1)).describe('stage 3, system integration (T+5)'),
  bookingDeadline: z.number().int().nonnegative().default(1).describe('working days to confirm the warehouse booking after approval'),
  lapseProbability: z
    .number()
    .min(0)
    .lt(1)
    .default(0.0015)
    .describe('chance that the booking is not confirmed in time: the application lapses and restarts at stage 1'),
});

export const transition = z.strictObject({
  start: isoDate.describe('application date: the first measured day (the end of the warm-up)'),
  onboarding: onboarding.default(onboarding.parse({})),
  transferTime: distribution('days').default(constant(5)).describe('time for a shop’s stock to reach the pool after go-live'),
  costPerUnit: z.number().nonnegative().default(0).describe('migration cost per unit moved, US dollars'),
  duringMigration: z
    .enum(['backorder', 'lost-sale'])
    .default('backorder')
    .describe('what happens to pool order lines that find no stock while the shops’ stock is in transit'),
});

const eprRecord = z.strictObject({
  number: z.string().min(1).describe('EU EPR registration number'),
  filed: isoDateTime.describe('when the EPR record was filed'),
  poolIds: z.array(z.string().min(1)).default([]).describe('Pool IDs the number is bound to (exactly one is allowed)'),
});

const skuGroup = z.strictObject({
  id: z.string().min(1),
  ranks: z
    .tuple([z.number().int().positive(), z.number().int().positive()])
    .optional()
    .describe('popularity ranks [first, last] of the catalogue SKUs in the group (1 = best seller); default: every SKU not in an earlier group'),
  markets: z.array(z.string()).optional().describe('destination markets the group is sold into; default: every market in demand.marketMix'),
  epr: z.string().optional().describe('EPR number of the group (one of compliance.epr), absent when none'),
});

export const compliance = z.strictObject({
  eprMarkets: z.array(z.string()).default(['DE', 'FR']).describe('markets where an SKU must have an EPR number bound to the Pool ID'),
  filingLeadHours: z.number().nonnegative().default(72).describe('an EPR record must be filed at least this long before the application'),
  epr: z.array(eprRecord).default([]),
  skuGroups: z.array(skuGroup).default([]),
});

export { duration };
