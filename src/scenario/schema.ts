/**
 * The scenario file format: one schema, from which `schema/scenario.schema.json` is
 * generated (`npm run schema`) and against which every file is validated.
 *
 * A scenario holds shared settings (everything but `setups`) and named setups; each setup
 * is a block that overrides shared settings (deep merge, arrays replaced whole) and says
 * whether the seller's shops are `merged` into one pool or run `unmerged`.
 * Every field is documented in `docs/scenario.md`; defaults follow `docs/model.md`.
 */
import { z } from 'zod';
import { CATEGORIES } from './categories.js';
import { classTargetsOf } from './class-targets-schema.js';
import { distribution, duration } from './distribution-schema.js';
import { sensitivity, type Sensitivity } from './sensitivity-schema.js';
import { faults, inboundQc, sync } from './sync-schema.js';
import { compliance, isoDate, transition } from './transition-schema.js';

const probability = z.number().min(0).max(1);
const constant = (value: number) => ({ type: 'constant' as const, value });
const nonNeg = z.number().nonnegative();
const money = z.number().nonnegative().describe('US dollars');
const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { message: 'expected an id of letters, digits, "_", "." or "-"' });

export { CATEGORIES };
export const category = z.enum(CATEGORIES);

const market = z.strictObject({
  id: id.describe('market code, e.g. ES, FR, PL, DE, BR'),
  promise: duration.describe('promised delivery time; a delivery within it is on time'),
  localReturnWarehouse: z.boolean().default(false).describe('the platform runs a local return warehouse here'),
  returnTransit: distribution('days')
    .optional()
    .describe('customer → return point; default: 3 days with a local return warehouse, else the line-haul back'),
});

const warehouse = z.strictObject({
  id,
  kind: z.enum(['platform', 'seller']).default('platform'),
  pickers: z.number().int().positive().describe('number of parallel pickers (servers)'),
  pickTime: distribution('days').describe('time to pick and pack one parcel'),
  qcTime: distribution('days').default(constant(0)).describe('outbound check after picking'),
  handover: distribution('days').default(constant(0)).describe('wait for the carrier pick-up after packing'),
  transit: z.record(z.string(), distribution('days')).describe('line-haul time to each market, by market id'),
  qcCatchRate: probability.default(0).describe('share of defective units caught by inbound QC here'),
});

const promotion = z.strictObject({
  start: duration.describe('first day of the promotion, counted from the start of the run'),
  length: duration.default(1),
  multiplier: z.number().positive().max(100).describe('factor on the order rate during the promotion (at most 100: a peak sale day is about 10)'),
});

const shop = z.strictObject({
  id,
  ordersPerDay: z.number().positive().optional().describe('base order rate (required without demand.history)'),
  weeklyProfile: z
    .array(nonNeg)
    .length(7)
    .optional()
    .describe('relative demand Monday..Sunday; normalised to mean 1'),
  trendPerYear: z.number().gt(-1).max(10).default(0).describe('linear growth of the rate per 365 days (0.1 = +10%/year; at most 10 = +1000%/year)'),
  promotions: z.array(promotion).max(1000).default([]),
  overdispersion: nonNeg.max(10).default(0).describe('coefficient of variation of a daily gamma factor on the rate (0 = Poisson; at most 10)'),
  warehouse: id.describe('where this shop keeps its own stock when unmerged'),
  exclusiveSkuShare: probability.optional().describe('share of the exclusive SKUs listed here; default ∝ ordersPerDay'),
});

const categoryParams = z.strictObject({
  returnBaseRate: probability.describe('share of delivered orders returned for reasons other than defects and lateness'),
  defectRate: probability.describe('share of units that arrive from the supplier defective'),
  turnoverNorm: nonNeg.describe('category norm for annual inventory turnover'),
});

const catalogue = z.strictObject({
  skus: z.number().int().positive().optional().describe('distinct SKUs across all shops (required without demand.history)'),
  categoryMix: z.partialRecord(category, nonNeg).default({ apparel: 1 }),
  sharedSkuShare: probability.optional().describe('share of SKUs listed in two or more shops (required without demand.history)'),
  sharedSkuShops: z.number().int().min(2).optional().describe('shops listing each shared SKU; default all'),
  zipfExponent: nonNeg.default(1).describe('popularity of the SKU of rank r ∝ r^-s'),
  price: distribution('number').optional().describe('unit price, US dollars (required without demand.history)'),
  costRatio: distribution('number').describe('unit cost ÷ price'),
});

const demand = z.strictObject({
  linesPerOrder: distribution('count').default(constant(1)),
  unitsPerLine: distribution('count').default(constant(1)),
  marketMix: z.record(z.string(), nonNeg).optional().describe('relative share of orders by destination market id (required without demand.history)'),
  crossShopBasketShare: probability
    .default(0)
    .describe('share of orders to which the same customer adds a basket from another of the seller’s shops'),
  history: z
    .string()
    .min(1)
    .optional()
    .describe('an order history written by poolsim import orders (path relative to the scenario file): orders, SKUs, shops’ listings and markets come from it'),
  mode: z
    .enum(['replay', 'bootstrap'])
    .optional()
    .describe('with a history: replay the recorded orders (the default), or resample whole weeks of them per replication'),
});

const target = z.union([
  z.strictObject({ fillRate: z.number().gt(0).lt(1) }),
  z.strictObject({ daysOfCover: nonNeg }),
  z.strictObject({ units: z.number().int().nonnegative() }),
]);

const replenishment = z.strictObject({
  policy: z.enum(['base-stock', 's-S']).default('base-stock'),
  review: z
    .union([z.literal('continuous'), z.strictObject({ period: duration })])
    .default('continuous')
    .describe('continuous, or periodic with a review period'),
  leadTime: distribution('days').describe('supplier → warehouse lead time'),
  target: target.describe('how the base-stock level (or s for s-S) is set per stock point'),
  classTargets: classTargetsOf(target)
    .optional()
    .describe('a target per class of SKUs by popularity rank, in place of target for their SKUs (poolsim advise writes it)'),
  orderCycle: duration.default(7).describe('s-S only: S − s in days of forecast demand'),
  capacityPerDay: z.number().positive().optional().describe('supplier units a day across all orders; unlimited if absent'),
  stockout: z.enum(['backorder', 'lost-sale']).default('backorder'),
  initialStock: z
    .string()
    .min(1)
    .optional()
    .describe('a stock snapshot written by poolsim import stock (path relative to the scenario file): the shops’ stock at the start instead of the policy’s level; needs demand.history'),
});

const allocation = z.strictObject({
  router: z.enum(['single-first', 'nearest']).default('single-first'),
  warehouses: z.array(id).min(1).optional().describe('platform warehouses holding the pool (at least one); default all platform warehouses'),
  placement: z
    .union([
      z.literal('demand-proportional'),
      z.strictObject({ single: id }),
      z.strictObject({ table: z.record(z.string(), nonNeg) }),
      z.strictObject({
        randomPerSku: z
          .number()
          .int()
          .positive()
          .describe('each SKU is held in this many pool warehouses chosen at random per replication, with equal shares (routing studies)'),
      }),
    ])
    .default('demand-proportional')
    .describe(
      'where the pool holds stock: demand-proportional (each market to its fastest warehouse), {single: id}, {table: {id: weight}}, or {randomPerSku: k}',
    ),
  deadline: duration.default(2).describe('how long an order with backordered lines may wait to be routed whole'),
  onTimeout: z.enum(['ship-partial', 'wait']).default('ship-partial'),
  migrationTime: duration.default(0).describe('time for the shops’ stock to reach the pool at merge'),
  migrationCostPerUnit: money.default(0),
});

const returns = z.strictObject({
  enabled: z.boolean().default(true),
  defectReturnShare: probability.default(1).describe('share of delivered defective units that are returned'),
  latenessPerDay: nonNeg.default(0).describe('added return probability per day late past the promise'),
  latenessCap: probability.default(0.2).describe('cap on the lateness part'),
  restockableShare: probability.default(0.8).describe('share of returned units resold; the rest is written off'),
  originTransit: distribution('days').optional().describe('return line-haul to the origin warehouse; default: the outbound transit'),
  inspection: distribution('days').default(constant(1)).describe('receipt and inspection at the return point'),
});

const fees = z.strictObject({
  serviceRate: probability.default(0.055),
  incentiveRate: probability.default(0.042),
  incentiveMinSellThrough: probability.default(0.82),
  incentiveMaxReturnRate: probability.default(0.185),
  sellThroughDefinition: z
    .enum(['sku-share', 'unit-share'])
    .default('sku-share')
    .describe(
      'the sell-through the incentive tier tests: sku-share (动销率) = SKUs that sold at least one unit in the month ÷ SKUs in stock in it; unit-share = units sold ÷ (units on hand at the month’s start + units received)',
    ),
  splitDispatchRate: probability.default(0.003).describe('share of a cross-shop merged order’s value'),
  commissionRate: probability.default(0).describe('platform commission on GMV charged to unmerged shops'),
});

const costs = z.strictObject({
  fulfilmentPerParcel: money.default(0),
  storagePerUnitDay: money.default(0),
  customerServicePerOrder: money.default(0),
  returnHandlingPerReturn: money.default(0),
});

const platform = z.strictObject({
  searchBadgeOrderUplift: nonNeg
    .default(0)
    .describe('extra orders from the pool search badge (an assumption; the published +19.3% is click-through)'),
});

const seller = z.strictObject({
  name: z.string().optional(),
  mainlandChinaRegistered: z.boolean().default(true),
  fullyManagedShops: z.number().int().nonnegative().optional().describe('default: the number of shops'),
  gmv90dUsd: money.optional().describe('default: taken from the simulated unmerged baseline'),
  positiveRatingRate: probability.optional(),
  disputeRate: probability.optional(),
  logisticsOnTimeRate: probability.optional(),
  poolId: z.string().min(1).optional().describe('the Pool ID the seller’s SKUs and EPR numbers are bound to'),
  applicationDate: isoDate.optional().describe('date of the merge application; default: transition.start'),
});

const eligibility = z.strictObject({
  minGmv90dUsd: money.default(50_000),
  minPositiveRatingRate: probability.default(0.965),
  maxDisputeRate: probability.default(0.006),
  minLogisticsOnTimeRate: probability.default(0.982),
  minSkusInCategory: z.number().int().nonnegative().default(200),
  recommendedMinOrdersPerDay: nonNeg.default(50),
  recommendedMinSkus: z.number().int().nonnegative().default(100),
});

/** Shared settings: everything a setup can override. */
export const sharedSettingsShape = {
  horizon: duration.default(365).describe('measured days after the warm-up'),
  warmup: duration.default(0).describe('days simulated and discarded before measuring'),
  // at most 1,000 each: a seller's markets, warehouses and shops are a handful; more only slows every check and run
  markets: z.array(market).min(1).max(1000),
  warehouses: z.array(warehouse).min(1).max(1000),
  shops: z.array(shop).min(1).max(1000),
  catalogue,
  categories: z.partialRecord(category, categoryParams).default({}),
  demand,
  replenishment,
  allocation: allocation.default(allocation.parse({})),
  returns: returns.default(returns.parse({})),
  fees: fees.default(fees.parse({})),
  costs: costs.default(costs.parse({})),
  platform: platform.default(platform.parse({})),
  transition: transition
    .optional()
    .describe('merged setups start unmerged and go live after onboarding, then migrate the shops’ stock (docs/model.md, Transition)'),
  sync: sync.optional().describe('merged setups: the seller’s WMS pushes pool stock to the platform through the API (docs/model.md, Inventory sync)'),
  inboundQc: inboundQc.optional().describe('platform warehouses inspect inbound supplier batches and return rejected ones'),
  faults: faults.optional().describe('injected sync events: WMS outages, a token expiry, promotion bursts of API calls (needs sync)'),
};

export const sharedSettings = z.strictObject(sharedSettingsShape);

/** A setup block as written: a mode plus any shared settings to override. */
export const setupBlock = z
  .object({
    mode: z.enum(['merged', 'unmerged']),
    description: z.string().optional(),
  })
  .catchall(z.unknown());

export const scenarioFile = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  seed: z.union([z.number().int(), z.string()]).default(1),
  replications: z.number().int().positive().default(10),
  baseline: z.string().default('unmerged').describe('setup the others are compared against'),
  seller: seller.default(seller.parse({})),
  eligibility: eligibility.default(eligibility.parse({})),
  compliance: compliance.optional().describe('SKU groups, destination markets and EPR records (docs/model.md, EPR binding)'),
  sensitivity: sensitivity.optional().describe('one-at-a-time variation of assumptions and break-even search with poolsim run --sensitivity (docs/sensitivity.md)'),
  ...sharedSettingsShape,
  setups: z.record(id, setupBlock).refine((s) => Object.keys(s).length > 0, { message: 'expected at least one setup' }),
});

export type SharedSettings = z.output<typeof sharedSettings>;
export type ScenarioFile = z.output<typeof scenarioFile>;
export type Category = (typeof CATEGORIES)[number];
export type Market = z.output<typeof market>;
export type Warehouse = z.output<typeof warehouse>;
export type Shop = z.output<typeof shop>;
export type CategoryParams = z.output<typeof categoryParams>;
export type Transition = z.output<typeof transition>;
export type Onboarding = Transition['onboarding'];
export type Compliance = z.output<typeof compliance>;
export type { Faults, InboundQc, Sync, SyncFlow } from './sync-schema.js';

/** A setup after its overrides are applied to the shared settings. */
export interface Setup extends SharedSettings {
  name: string;
  mode: 'merged' | 'unmerged';
  description?: string;
}

/** A loaded, validated scenario: metadata plus fully resolved setups. */
export interface Scenario {
  name: string;
  description?: string;
  seed: number | string;
  replications: number;
  baseline: string;
  seller: z.output<typeof seller>;
  eligibility: z.output<typeof eligibility>;
  compliance?: z.output<typeof compliance>;
  /** The `sensitivity` block, when the file has one: `poolsim run` then varies its inputs (as with `--sensitivity`). */
  sensitivity?: Sensitivity;
  setups: Setup[];
  /** The shared settings as written (before setup overrides). */
  shared: SharedSettings;
}
