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
 * The grid: every combination of the axes' values, the first axis varying slowest
 * (like nested loops in the order the axes were given). One axis of k values → k points.
 *
 * @example
 * gridPoints([{ path: 'a', values: [1, 2] }, { path: 'b', values: ['x', 'y'] }]);
 * // [{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2, b: 'x' }, { a: 2, b: 'y' }]
 */
export function gridPoints(axes: readonly Pick<VaryAxis, 'path' | 'values'>[]): Record<string, unknown>[] {
  let points: Record<string, unknown>[] = [{}];
  for (const axis of axes) points = points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.path]: v })));
  return points;
}
