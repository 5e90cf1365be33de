/**
 * The static part of inventory sync for one setup: the `sync:` and `faults:` blocks turned
 * into numbers the run reads (docs/model.md, Inventory sync). Built by `buildSetupModel`.
 */
import { makeSampler, type Sampler } from '../../engine/index.js';
import { SYNC_FLOWS, type Faults, type Sync, type SyncFlow } from '../../scenario/sync-schema.js';

/** Stock-change flows, as indices into `SyncModel.governed`. */
export const FLOW_ORDERS = 0;
export const FLOW_RECEIPTS = 1;
export const FLOW_RETURNS = 2;
export const FLOW_MIGRATION = 3;

export const RENEW_ON_TIME = 0;
export const RENEW_LATE = 1;
export const RENEW_FORGOTTEN = 2;

export const ON_LOCK_REROUTE = 0;
export const ON_LOCK_BACKORDER = 1;
export const ON_LOCK_CANCEL = 2;

export interface SyncModel {
  /** Per flow (FLOW_*), 1 when only the WMS records it and the platform learns it from a push. */
  readonly governed: Uint8Array;
  /** Days between pushes; 0: a push as soon as something changes. */
  readonly pushInterval: number;
  /** Days from a call to the platform applying it; null when always 0. */
  readonly lag: Sampler | null;
  readonly batchSize: number;
  readonly callsPerMinute: number;
  readonly backoff: number;
  readonly backoffMultiplier: number;
  readonly maxBackoff: number;
  readonly tokenLifetime: number;
  /** Time of the first expiry (lifetime − age, at least 0). */
  readonly tokenFirstExpiry: number;
  readonly renewal: number;
  readonly lateBy: number;
  readonly noticeDelay: number;
  /** An injected expiry (faults.tokenExpiry), or NaN. */
  readonly forcedExpiry: number;
  /** WMS outages as [start, end) pairs, sorted by start. */
  readonly outages: Float64Array;
  /** Promotion bursts as [start, end, calls a minute] triples. */
  readonly bursts: Float64Array;
  readonly onLockFailure: number;
}

/**
 * @example const s = buildSyncModel(setup.sync, setup.faults);
 */
export function buildSyncModel(sync: Sync, faults: Faults | undefined): SyncModel {
  const governed = new Uint8Array(SYNC_FLOWS.length);
  for (const f of sync.governs) governed[SYNC_FLOWS.indexOf(f as SyncFlow)] = 1;
  const lag = makeSampler(sync.lag);
  const outages = [...(faults?.outages ?? [])].sort((a, b) => a.start - b.start);
  return {
    governed,
    pushInterval: sync.pushInterval,
    lag: sync.lag.type === 'constant' && sync.lag.value === 0 ? null : lag,
    batchSize: sync.batchSize,
    callsPerMinute: sync.callsPerMinute,
    backoff: sync.retry.backoff,
    backoffMultiplier: sync.retry.multiplier,
    maxBackoff: sync.retry.maxBackoff,
    tokenLifetime: sync.token.lifetime,
    tokenFirstExpiry: Math.max(0, sync.token.lifetime - sync.token.age),
    renewal: ['on-time', 'late', 'forgotten'].indexOf(sync.token.renewal),
    lateBy: sync.token.lateBy,
    noticeDelay: sync.token.noticeDelay,
    forcedExpiry: faults?.tokenExpiry ?? NaN,
    outages: Float64Array.from(outages.flatMap((o) => [o.start, o.start + o.length])),
    bursts: Float64Array.from((faults?.bursts ?? []).flatMap((b) => [b.start, b.start + b.length, b.callsPerMinute])),
    onLockFailure: ['reroute', 'backorder', 'cancel'].indexOf(sync.onLockFailure),
  };
}
