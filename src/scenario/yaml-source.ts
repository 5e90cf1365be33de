/**
 * A scenario file's YAML (or JSON) text, parsed with positions, so any field path can be
 * turned back into a line and column.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A syntax problem found by the YAML parser. */
export interface SyntaxProblem extends Position {
  message: string;
}

/** What {@link locate} points at: the value at the path, or the key naming it. */
export type Anchor = 'value' | 'key';

/**
 * A parsed document with a position index.
 */
export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Plain JS data (maps as objects, sequences as arrays); undefined when the file is empty. */
  data: unknown;
  /** Syntax errors, duplicate keys and unresolved aliases, in file order. Empty when the text parsed. */
  syntax: SyntaxProblem[];
}

/** Strips yaml's " at line L, column C:" suffix and code excerpt, and lower-cases the first letter. */
function cleanMessage(message: string): string {
  const first = message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').trim();
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * Parses YAML 1.2 (JSON is YAML too). Duplicate keys are errors. Anchors and aliases work;
 * an alias without its anchor is reported, and alias expansion is capped (yaml's default of
 * 100) so a "billion laughs" file fails instead of exhausting memory.
 * O(size of the text).
 *
 * @example
 * const src = parseYamlSource('a:\n  b: 1\n');
 * locate(src, ['a', 'b']); // { line: 2, column: 6 }
 */
export function parseYamlSource(text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const syntax: SyntaxProblem[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return { line: pos.line, column: pos.col, message: cleanMessage(e.message) };
  });
  visit(doc, {
    Alias(_key, alias) {
      if (alias.resolve(doc) === undefined) {
        const pos = lines.linePos(alias.range?.[0] ?? 0);
        syntax.push({ line: pos.line, column: pos.col, message: `alias *${alias.source} has no anchor &${alias.source} before it` });
      }
    },
  });
  let data: unknown;
  if (syntax.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      syntax.push({ line: 1, column: 1, message: cleanMessage((e as Error).message) });
    }
  }
  syntax.sort((a, b) => a.line - b.line || a.column - b.column);
  return { doc, lines, data: data ?? undefined, syntax };
}

function resolveNode(src: YamlSource, node: unknown): unknown {
  return isAlias(node) ? node.resolve(src.doc) : node;
}

function pairFor(map: { items: Pair[] }, key: PropertyKey): Pair | undefined {
  const want = String(key);
  return map.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === want);
}

function positionOf(src: YamlSource, node: unknown): Position | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  const pos = src.lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

/**
 * The position of the field at `path`: of its value (`anchor = 'value'`) or of its key
 * (`'key'`, for unknown keys). When the path does not exist in the file (a missing field, or
 * a value that came from elsewhere), the deepest existing ancestor's position.
 * O(path length × map size).
 */
export function locate(src: YamlSource, path: readonly PropertyKey[], anchor: Anchor = 'value'): Position {
  let node = resolveNode(src, src.doc.contents);
  let best = positionOf(src, node) ?? { line: 1, column: 1 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairFor(node, seg);
      if (!pair) return best;
      if (last && anchor === 'key') return positionOf(src, pair.key) ?? best;
      const value = resolveNode(src, pair.value);
      // A key with an empty value ("pickers:") has a null scalar; point at the key then.
      best = positionOf(src, value) ?? positionOf(src, pair.key) ?? best;
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = resolveNode(src, node.items[seg]);
      if (item === undefined) return best;
      best = positionOf(src, item) ?? best;
      node = item;
    } else return best;
  }
  return best;
}

/** The keys of the mapping at `path`, in file order; undefined when there is no mapping there. */
export function keysInOrder(src: YamlSource, path: readonly PropertyKey[]): string[] | undefined {
  let node = resolveNode(src, src.doc.contents);
  for (const seg of path) {
    if (!isMap(node)) return undefined;
    node = resolveNode(src, pairFor(node, seg)?.value);
  }
  return isMap(node) ? node.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : undefined;
}
