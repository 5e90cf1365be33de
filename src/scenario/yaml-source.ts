/**
 * A scenario file's YAML (or JSON) text, parsed with positions, so any field path can be
 * turned back into a line and column.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { msg } from './messages.js';

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
  const deep = tooDeep(text);
  if (deep !== undefined) {
    // the parser recurses per level: refuse before it spends seconds running out of stack
    const doc = parseDocument('', { lineCounter: new LineCounter() });
    return { doc, lines: new LineCounter(), data: undefined, syntax: [{ ...deep, message: msg.yamlTooDeep(MAX_NESTING) }] };
  }
  const lines = new LineCounter();
  // Duplicate keys are found below with a set per mapping: yaml's own check compares each key
  // with every earlier one, which takes minutes on a hostile file with 100,000 keys.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true });
  const syntax: SyntaxProblem[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return { line: pos.line, column: pos.col, message: cleanMessage(e.message) };
  });
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        // equal as yaml compares keys: scalars of the same type and value
        if (!isScalar(pair.key)) continue;
        const v = pair.key.value;
        const k = `${typeof v}:${String(v)}`;
        if (!seen.has(k)) seen.add(k);
        else {
          const pos = lines.linePos(pair.key.range?.[0] ?? 0);
          syntax.push({ line: pos.line, column: pos.col, message: 'map keys must be unique' });
        }
      }
    },
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

/** Deepest nesting a scenario file may have; a real one needs fewer than ten levels. */
export const MAX_NESTING = 100;

/**
 * Where the text first nests deeper than {@link MAX_NESTING}: flow brackets (`[`, `{`, outside
 * quotes and comments), block indentation levels and `- ` items that open on one line, counted
 * together. A cheap upper-bound reading of the structure, not a parse. O(length).
 * @example tooDeep('a: ' + '['.repeat(500)) // { line: 1, column: 104 }
 */
export function tooDeep(text: string): Position | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // the start of a line: its indentation, then any "- " items opening on it
    let col = 0;
    while (i < n && text[i] === ' ') {
      i++;
      col++;
    }
    const blank = i >= n || text[i] === '\n' || text[i] === '\r' || text[i] === '#';
    if (!blank && flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= col) indents.pop();
      indents.push(col);
      while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        indents.push(col + 1);
        i += 2;
        col += 2;
        while (text[i] === ' ') {
          i++;
          col++;
        }
      }
      if (indents.length > MAX_NESTING) return { line, column: col + 1 };
    }
    // the rest of the line: flow brackets outside quotes and comments
    let quote = '';
    for (; i < n && text[i] !== '\n'; i++, col++) {
      const c = text[i];
      if (quote !== '') {
        if (c === quote) quote = '';
        else if (c === '\\' && quote === '"') {
          i++;
          col++;
        }
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (col === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        while (i < n && text[i] !== '\n') i++;
        break;
      } else if (c === '[' || c === '{') {
        flow++;
        if (flow + indents.length > MAX_NESTING) return { line, column: col + 1 };
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    i++;
    line++;
  }
  return undefined;
}

function resolveNode(src: YamlSource, node: unknown): unknown {
  return isAlias(node) ? node.resolve(src.doc) : node;
}

/** Each mapping's pairs by key (the first of each key), built on first use: a lookup is O(1) however many keys a hostile file has. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairFor(map: { items: Pair[] }, key: PropertyKey): Pair | undefined {
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const k = String(isScalar(p.key) ? p.key.value : p.key);
      if (!index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(String(key));
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
