import { parse as parseYaml } from 'yaml';
import { ExperimentUsageError } from '../errors.js';
import { badVary } from '../messages.js';

/** One `--vary` axis: a scenario path and the values it takes, in the order given. */
export interface VaryAxis {
  /** The path as written: `demand.crossShopBasketShare`, `shops[0].ordersPerDay`. */
  path: string;
  /** The path as keys and array indices. */
  segments: (string | number)[];
  values: unknown[];
}

/** `shops[0].ordersPerDay` → `['shops', 0, 'ordersPerDay']`; undefined when malformed. */
export function parsePath(path: string): (string | number)[] | undefined {
  const segments: (string | number)[] = [];
  const re = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\.|(.)/gy;
  let expectKey = true;
  for (let m = re.exec(path); m && m.index < path.length; m = re.exec(path)) {
    if (m[3] !== undefined) return undefined;
    if (m[1] !== undefined) {
      if (!expectKey) return undefined;
      segments.push(m[1]);
      expectKey = false;
    } else if (m[2] !== undefined) {
      if (segments.length === 0) return undefined;
      segments.push(Number(m[2]));
      expectKey = false;
    } else {
      if (expectKey) return undefined;
      expectKey = true;
    }
  }
  return segments.length > 0 && !expectKey ? segments : undefined;
}

/**
 * Parses `--vary path=v1,v2,…`. Each value is read as a YAML scalar, so `0.1` is a number,
 * `true` a boolean, `4h` and `nearest` strings (values cannot contain commas).
 *
 * @throws {ExperimentUsageError} for a malformed spec
 * @example
 * parseVary('shops[0].ordersPerDay=50,100'); // { path: 'shops[0].ordersPerDay', segments: ['shops', 0, 'ordersPerDay'], values: [50, 100] }
 */
export function parseVary(spec: string): VaryAxis {
  const eq = spec.indexOf('=');
  const path = eq < 0 ? '' : spec.slice(0, eq).trim();
  const segments = parsePath(path);
  const raw = eq < 0 ? [] : spec.slice(eq + 1).split(',').map((v) => v.trim());
  if (!segments || raw.length === 0 || raw.some((v) => v === '')) throw new ExperimentUsageError(badVary(spec), { vary: spec });
  return { path, segments, values: raw.map((v) => parseYaml(v) as unknown) };
}

/**
 * Orders axis values: numbers ascending, then booleans (false first), then strings and
 * anything else by their JSON text. Points of a sweep follow this order whatever order the
 * values were given in, so every shard and `poolsim merge` number the points alike.
 */
export function compareValues(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (typeof v === 'number' ? 0 : typeof v === 'boolean' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return (a as number) - (b as number);
  if (ra === 1) return Number(a) - Number(b);
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** An axis with its values sorted (`compareValues`) and repeats removed. */
export function canonicalAxis<T extends { path: string; values: unknown[] }>(axis: T): T {
  const values: unknown[] = [];
  for (const v of [...axis.values].sort(compareValues)) {
    if (values.length === 0 || compareValues(values[values.length - 1], v) !== 0) values.push(v);
  }
  return { ...axis, values };
}

/**
 * The grid: every combination of the axes' values, the first axis varying slowest, each
 * axis in canonical order (`canonicalAxis`). k values on one axis → k points.
 *
 * @example
 * gridPoints([{ path: 'a', values: [2, 1] }, { path: 'b', values: ['y', 'x'] }]);
 * // [{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2, b: 'x' }, { a: 2, b: 'y' }]
 */
export function gridPoints(axes: readonly Pick<VaryAxis, 'path' | 'values'>[]): Record<string, unknown>[] {
  let points: Record<string, unknown>[] = [{}];
  for (const axis of axes.map(canonicalAxis)) points = points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.path]: v })));
  return points;
}

/**
 * Position of a point in the grid of `axes` (canonical order, first axis slowest): the
 * mixed-radix number whose digits are the values' positions on their axes.
 */
export function pointIndex(point: Record<string, unknown>, axes: readonly Pick<VaryAxis, 'path' | 'values'>[]): number {
  let index = 0;
  for (const axis of axes.map(canonicalAxis)) {
    const pos = axis.values.findIndex((v) => compareValues(v, point[axis.path]) === 0);
    index = index * axis.values.length + Math.max(pos, 0);
  }
  return index;
}
