import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { ExperimentUsageError } from '../errors.js';
import { varyPathMissing } from '../messages.js';
import { parsePath } from './vary.js';

/** The path prefix as written, for messages: ['shops', 3] → `shops[3]`. */
function formatSegments(segments: readonly (string | number)[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function checkPath(doc: Document, path: string, segments: readonly (string | number)[]): void {
  // Keys of maps may be absent (the value then comes from the defaults and is simply added);
  // an array index must exist, and nothing can be set below a scalar.
  const missing = (upTo: number) =>
    new ExperimentUsageError(varyPathMissing(path, formatSegments(segments.slice(0, upTo)) || '(top level)'), { path });
  let node: unknown = doc.contents;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (typeof seg === 'string' && !isMap(node)) throw missing(i);
    if (typeof seg === 'number' && !(isSeq(node) && seg < node.items.length)) throw missing(i + 1);
    if (i === segments.length - 1) return;
    const child: unknown = (node as { get(k: unknown, keepScalar: boolean): unknown }).get(seg, true);
    if (child === undefined) {
      // an absent map key: fine unless the path goes on into an array that cannot exist yet
      if (segments.slice(i + 1).some((x) => typeof x === 'number')) throw missing(i + 1);
      return;
    }
    node = child;
  }
}

/**
 * Sets scenario paths in the scenario file's text (YAML or JSON) and returns the new text,
 * keeping comments and layout, so validation errors still point at familiar lines. Values
 * land in the shared settings, before setups are resolved: a setup that overrides the same
 * path keeps its own value.
 *
 * @throws {ExperimentUsageError} when a path crosses a missing array element or a scalar
 * @example
 * applyValues('demand:\n  crossShopBasketShare: 0\n', { 'demand.crossShopBasketShare': 0.2 });
 * // 'demand:\n  crossShopBasketShare: 0.2\n'
 */
export function applyValues(text: string, values: Record<string, unknown>): string {
  const doc = parseDocument(text);
  for (const [path, value] of Object.entries(values)) {
    const segments = parsePath(path);
    if (!segments) throw new ExperimentUsageError(varyPathMissing(path, path), { path });
    checkPath(doc, path, segments);
    doc.setIn(segments, value);
  }
  return doc.toString();
}
