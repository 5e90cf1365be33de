/**
 * Router policies by name, as selected by `allocation.router` in a scenario.
 */
import type { PoolState } from './pool-state.js';
import { routeNearest } from './router-nearest.js';
import { routeSingleFirst } from './router-single-first.js';

/** A router: routes a range of lines, reserving stock; see `routeSingleFirst`. */
export type Router = (
  pool: PoolState,
  skus: Int32Array,
  units: Int32Array,
  first: number,
  count: number,
  market: number,
  out: Int32Array,
) => number;

/** The router function for a policy name. */
export const ROUTERS: Readonly<Record<'single-first' | 'nearest', Router>> = {
  'single-first': routeSingleFirst,
  nearest: routeNearest,
};
