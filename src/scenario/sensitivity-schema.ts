/**
 * The `sensitivity` block (scenario-wide): which assumptions `poolsim run --sensitivity`
 * varies one at a time, over which factor ranges, with how many replications, and how many
 * break-even searches follow (docs/sensitivity.md).
 */
import { z } from 'zod';

/** The inputs that are assumptions, in the order the report lists them by default. */
export const SENSITIVITY_INPUTS = [
  'demandLevel',
  'leadTime',
  'transitTimes',
  'returnBaseRate',
  'latenessEffect',
  'sellerCosts',
  'crossShopShare',
] as const;
export type SensitivityInput = (typeof SENSITIVITY_INPUTS)[number];

/**
 * The default low and high factor on the scenario's values of each input, and why
 * (docs/sensitivity.md repeats the reasons with their sources).
 */
export const DEFAULT_RANGES: Readonly<Record<SensitivityInput, readonly [number, number]>> = {
  demandLevel: [0.8, 1.2], // a year's forecast error of ±20 %
  leadTime: [0.5, 1.5], // DOMAIN §10: ≈ 7 d fast fashion, ≥ 30 d standard production
  transitTimes: [0.75, 1.25], // line-haul spread between carriers and seasons
  returnBaseRate: [0.75, 1.25], // DOMAIN §10: fashion 26–46 %, electronics 5.4–14.4 %
  latenessEffect: [0.5, 2], // an estimate (EST) in every bundled study
  sellerCosts: [0.75, 1.25], // the seller's own costs are rarely known better than ±25 %
  crossShopShare: [0.5, 1.5], // an assumption (no source) in every bundled study
};

const input = z.enum(SENSITIVITY_INPUTS);
const factors = z
  .tuple([z.number().positive(), z.number().positive()])
  .refine(([low, high]) => low < high, { message: 'expected [low, high] with low < high' })
  .describe('low and high factor on the scenario’s values');

export const sensitivity = z.strictObject({
  inputs: z.array(input).min(1).optional().describe('the inputs varied one at a time; default all'),
  ranges: z.partialRecord(input, factors).default({}).describe('factor ranges by input; default DEFAULT_RANGES (docs/sensitivity.md)'),
  replications: z.number().int().positive().default(4).describe('replications of each variant (at most the study’s); common random numbers'),
  breakEven: z.number().int().nonnegative().default(2).describe('break-even searches, for the inputs that move the net-margin difference most'),
  setup: z.string().min(1).optional().describe('the setup compared with the baseline; default the first merged setup'),
});
export type Sensitivity = z.output<typeof sensitivity>;
