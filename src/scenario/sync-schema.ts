/**
 * The scenario blocks of inventory sync and its failure modes (DOMAIN §6): how the seller's
 * WMS tells the platform its stock (`sync`), inbound QC of supplier batches (`inboundQc`), and
 * injected events (`faults`). Every figure is a default (docs/model.md, "Inventory sync").
 */
import { z } from 'zod';
import { distribution, duration } from './distribution-schema.js';

const probability = z.number().min(0).max(1);

/** The stock changes a seller's WMS may govern (docs/model.md, Inventory sync). */
export const SYNC_FLOWS = ['orders', 'receipts', 'returns', 'migration'] as const;
export type SyncFlow = (typeof SYNC_FLOWS)[number];

const token = z.strictObject({
  lifetime: duration.pipe(z.number().positive()).default(90).describe('days an access token is valid after a renewal'),
  age: duration.default(0).describe('days since the last renewal, at the start of the run'),
  renewal: z
    .enum(['on-time', 'late', 'forgotten'])
    .default('on-time')
    .describe('on-time: renewed at expiry; late: renewed lateBy after it; forgotten: renewed noticeDelay after the first failure it causes'),
  lateBy: duration.default(1).describe('late renewal: days the token stays expired'),
  noticeDelay: duration.default(1).describe('forgotten renewal: days from the first failure to the renewal'),
});

const retry = z.strictObject({
  backoff: duration.pipe(z.number().positive()).default(30 / 86_400).describe('wait before retrying a refused call (default 30 s)'),
  multiplier: z.number().min(1).default(2).describe('each further refusal of the same call multiplies the wait'),
  maxBackoff: duration.pipe(z.number().positive()).default(10 / 1_440).describe('longest wait between retries (default 10 min)'),
});

export const sync = z.strictObject({
  governs: z
    .array(z.enum(SYNC_FLOWS))
    .default([...SYNC_FLOWS])
    .describe('stock changes at the pool that only the seller’s WMS records and must push: orders, receipts, returns, migration'),
  pushInterval: duration.default(0).describe('the WMS pushes every this often; 0: each change as it happens'),
  lag: distribution('days').default({ type: 'constant', value: 0 }).describe('time from a call to the platform applying it'),
  batchSize: z.number().int().positive().default(50).describe('stock updates per API call'),
  callsPerMinute: z.number().int().positive().default(500).describe('API calls accepted per clock minute; calls over it are refused'),
  retry: retry.default(retry.parse({})),
  token: token.default(token.parse({})),
  onLockFailure: z
    .enum(['reroute', 'backorder', 'cancel'])
    .default('reroute')
    .describe('a line the platform allocated to units that are not there: re-routed to a warehouse that has them, backordered there, or cancelled'),
});

export const inboundQc = z
  .strictObject({
    rejectProbability: z.number().min(0).lt(1).optional().describe('chance that an inbound batch is rejected (below 1: else the stock never arrives)'),
    sampleSize: z.number().int().positive().optional().describe('acceptance sampling: units inspected per batch'),
    acceptNumber: z.number().int().nonnegative().default(0).describe('acceptance sampling: most defective units in the sample that still pass'),
  })
  .refine((q) => (q.rejectProbability === undefined) !== (q.sampleSize === undefined), {
    message: 'expected either rejectProbability or sampleSize',
  });

const window = z.strictObject({
  start: duration.describe('counted from the start of the run'),
  length: duration.pipe(z.number().positive()),
});

export const faults = z.strictObject({
  outages: z.array(window).default([]).describe('the WMS is down: no calls are made'),
  tokenExpiry: duration.optional().describe('the access token expires at this time (counted from the start of the run); renewed as token.renewal says'),
  bursts: z
    .array(window.extend({ callsPerMinute: z.number().int().positive().describe('calls a minute other traffic takes from the limit') }))
    .default([])
    .describe('a promotion: price and listing updates share the call limit'),
});

export type Sync = z.output<typeof sync>;
export type InboundQc = z.output<typeof inboundQc>;
export type Faults = z.output<typeof faults>;
