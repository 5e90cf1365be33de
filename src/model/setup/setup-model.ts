/**
 * The static model of one setup: everything the simulation of a setup needs that does not
 * change during a run — dense ids for markets, warehouses and shops, samplers, mean
 * delivery times, the pool, stock points with their targets and initial stock.
 * Built once per setup and replication by `buildSetupModel`; the run (`setup-run.ts`)
 * only mutates the typed arrays inside.
 */
import type { Sampler } from '../../engine/index.js';
import type { Setup } from '../../scenario/schema.js';
import type { PoolState } from '../allocation/pool-state.js';
import type { Router } from '../allocation/router.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { StockState } from '../inventory/stock-state.js';
import type { InboundQcModel } from '../sync/inbound-qc.js';
import type { SyncModel } from '../sync/sync-model.js';
import type { TransitionModel } from '../transition/transition-model.js';

export interface SetupModel {
  readonly setup: Setup;
  /** Merged from the start (false for a transition, which is merged from go-live on). */
  readonly merged: boolean;
  /** A merged setup with a `transition:` block: unmerged until go-live (null otherwise). */
  readonly transition: TransitionModel | null;
  readonly catalogue: Catalogue;

  /** Run window, days: warm-up end (measurement start) and horizon end. */
  readonly measureFrom: number;
  readonly measureTo: number;
  /** Latest time the run may continue after the horizon to let measured orders finish. */
  readonly drainTo: number;

  readonly marketIds: readonly string[];
  readonly marketIndex: ReadonlyMap<string, number>;
  /** Promised delivery time per market, days. */
  readonly promiseDays: Float64Array;

  readonly warehouseIds: readonly string[];
  readonly pickers: Int32Array;
  /** Mean pick time per warehouse, days. */
  readonly meanPickDays: Float64Array;
  readonly pickTime: readonly Sampler[];
  readonly qcTime: readonly Sampler[];
  readonly handover: readonly Sampler[];
  /** Transit sampler per (global warehouse, market), index `w·M + m`; null where not given. */
  readonly transit: ReadonlyArray<Sampler | null>;

  /** Pool warehouses (merged): global index of pool warehouse w, and the inverse (−1: not in pool). */
  readonly poolWarehouses: Int32Array;
  readonly poolIndexOf: Int32Array;
  /** The allocator's state (merged setups; null when unmerged). */
  readonly pool: PoolState | null;
  readonly router: Router;
  /** Merged: the pool warehouse a SKU's unfillable lines wait at (largest target), −1: none. */
  readonly homeWarehouse: Int32Array;
  /** Merged: the fastest pool warehouse for each market by mean times. */
  readonly fastestForMarket: Int32Array;

  /**
   * EPR (docs/model.md, EPR binding): per SKU, 1 when it may be sold into an EPR market from
   * the pool; null when the scenario has no `compliance` block (every SKU counts as bound).
   */
  readonly eprBound: Uint8Array | null;
  /** Per market, 1 when an EPR binding is required there (DE, FR by default). */
  readonly eprMarket: Uint8Array;
  /** Per SKU, value of its refused lines in the window (null without a `compliance` block). */
  readonly skuBlockedSales: Float64Array | null;

  /** Inventory sync of the pool (a merged setup with a `sync:` block; null otherwise). */
  readonly sync: SyncModel | null;
  /** With sync: the pool's stock points are ids 0 … syncPoints − 1. */
  readonly syncPoints: number;
  /** Inbound QC of supplier batches (an `inboundQc:` block; null otherwise). */
  readonly inboundQc: InboundQcModel | null;
  /** The run keeps a failure board (docs/model.md, Inventory sync): a `sync:` or `inboundQc:` block. */
  readonly failureBoard: boolean;

  readonly stock: StockState;
  /** Unmerged: stock point of (shop i, SKU k), index `i·U + k`, −1 when not listed. */
  readonly shopSkuStockPoint: Int32Array;
  /** Units placed at each stock point at t = 0 (unmerged) or migrating into it (merged). */
  readonly initialUnits: Int32Array;
  /** Units migrated into the pool in total (merged; 0 when unmerged). */
  readonly migratedUnits: number;

  readonly leadTime: Sampler;
  /** Supplier capacity, units/day (Infinity: unlimited). */
  readonly capacityPerDay: number;
  /** Review period in days (0: continuous review). */
  readonly reviewPeriod: number;
  readonly lostSales: boolean;

  /** Returns (see `returns/return-decision.ts`); `returnsEnabled` false ⇒ nothing is returned. */
  readonly returnsEnabled: boolean;
  /** Category base return rate of each SKU. */
  readonly skuReturnBase: Float64Array;
  /** P(a unit of the SKU is defective and returned for it) before inbound QC: defectRate × defectReturnShare. */
  readonly skuDefectReturn: Float64Array;
  /** Inbound QC catch rate per warehouse (global index). */
  readonly qcCatchRate: Float64Array;
  readonly latenessPerDay: number;
  readonly latenessCap: number;
  readonly restockableShare: number;
  /** Return transit customer → return point for goods shipped from warehouse w to market m, index `w·M + m`. */
  readonly returnTransit: ReadonlyArray<Sampler | null>;
  /** Receipt and inspection at the return point. */
  readonly returnInspection: Sampler;
  /** Whether each market has a local return warehouse. */
  readonly localReturn: Uint8Array;

  /** Lines per basket at most, and lines per order slot (two baskets). */
  readonly lineCap: number;
  /** keepU below this keeps an order (search-badge thinning). */
  readonly keepThreshold: number;
  readonly upliftMax: number;
}
