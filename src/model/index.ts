// The model layer's public surface: one replication of a scenario, the result contract, and
// the standalone allocator/router over typed-array state (driven directly by bench/).
export { runReplication, simulateSetup, maxUplift } from './replication.js';
export { METRIC_NAMES } from './result.js';
export { allocateLine, fastestWarehouse } from './allocation/allocator.js';
export { createPoolState } from './allocation/pool-state.js';
export { routeSingleFirst } from './allocation/router-single-first.js';
export { routeNearest } from './allocation/router-nearest.js';
export { ROUTERS } from './allocation/router.js';
export {
  poissonPmf,
  poissonFillRate,
  poissonExpectedOnHand,
  poissonExpectedBackorders,
  minBaseStockForFillRate,
} from './inventory/base-stock.js';
export { CATEGORY_DEFAULTS } from './catalogue/category-defaults.js';
export { ModelInputError, InvariantError } from './errors.js';
export { checkCompliance, eprBound, applicationDateOf } from './compliance/epr-rules.js';
export { resolveSkuGroups, UNGROUPED } from './compliance/sku-groups.js';
export { complianceMsg } from './compliance/messages.js';
export * as modelMessages from './messages.js';

export type { ReplicationOutput, SetupReplication, Metrics, MetricName, MonthlyRow, MarketRow, SetupSeries } from './result.js';
export type { PoolState } from './allocation/pool-state.js';
export type { ComplianceCheck } from './compliance/epr-rules.js';
export type { ComplianceRule, ComplianceViolation, ComplianceNote, SkuSpan } from './compliance/findings.js';
export type { SkuGroup, ResolvedSkuGroups } from './compliance/sku-groups.js';
export type { Router } from './allocation/router.js';
export type { SetupDiagnostics } from './setup/setup-run.js';
