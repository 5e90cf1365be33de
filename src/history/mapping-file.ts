/**
 * Reading a mapping file: YAML (or JSON) with a `mapping:` block of `field: header` pairs,
 * e.g. for a back office that exports Chinese headers:
 *
 * ```yaml
 * mapping:
 *   order_id: 订单号
 *   order_time: 下单时间
 * ```
 *
 * Problems are located (`file:line:column  mapping.<field>  got …, expected …`).
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { ColumnMapping, FieldSpec } from './columns.js';
import { historyMsg } from './messages.js';
import { ImportError, fileProblem, type ImportProblem } from './problems.js';

/**
 * The mapping in `path` for the columns `specs`.
 *
 * @throws ImportError when the file cannot be read, is not YAML, has no `mapping:` block of
 *   text values, or names a field the import does not know (every problem at once)
 * @example await readMappingFile('back-office.yaml', ORDER_COLUMNS); // { order_id: '订单号', … }
 */
export async function readMappingFile(path: string, specs: readonly FieldSpec[]): Promise<ColumnMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ImportError([fileProblem('bad-mapping', path, historyMsg.mappingUnreadable(reason))]);
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = (node: Node | null | undefined) => {
    const pos = counter.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = counter.linePos(e.pos[0]);
    throw new ImportError([
      { kind: 'bad-mapping', file: path, line: pos.line, column: pos.col, path: '', got: '', expected: '', note: historyMsg.mappingSyntax(e.message.split('\n')[0]) },
    ]);
  }
  const root = doc.contents;
  const block = isMap(root) ? root.get('mapping', true) : undefined;
  if (!isMap(block)) {
    const where = block ?? root;
    throw new ImportError([
      { kind: 'bad-mapping', file: path, ...(where ? at(where as Node) : { line: 1, column: 1 }), path: 'mapping', got: where ? String((where as Node).toString()) : 'nothing', expected: historyMsg.expectedMappingBlock() },
    ]);
  }
  const known = specs.map((s) => s.field);
  const problems: ImportProblem[] = [];
  const mapping: Record<string, string> = {};
  for (const pair of block.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value;
    if (!known.includes(key)) {
      problems.push({ kind: 'bad-mapping', file: path, ...at(pair.key as Node), path: `mapping.${key}`, got: historyMsg.gotUnknownField(key), expected: historyMsg.expectedField(known) });
      continue;
    }
    if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number') || String(value.value).trim() === '') {
      problems.push({
        kind: 'bad-mapping',
        file: path,
        ...at((value ?? pair.key) as Node),
        path: `mapping.${key}`,
        got: value === null || value === undefined ? 'nothing' : String(value),
        expected: historyMsg.expectedHeaderName(),
      });
      continue;
    }
    mapping[key] = String(value.value).trim();
  }
  if (problems.length > 0) throw new ImportError(problems);
  return mapping;
}
