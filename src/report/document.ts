/**
 * The report as a small document tree, built once and written out as HTML and as Markdown,
 * so both carry the same content. Every string here is plain text: each writer escapes it
 * for its own format (`html.ts`, `markdown.ts`), so user input such as a scenario name can
 * never become markup.
 */

/** A run of text: plain, code (identifiers, paths, commands, ids), or emphasised. */
export type Inline = string | { code: string } | { strong: string };

/** A table cell: one or more lines of inline content, with an optional tone for colouring. */
export interface Cell {
  lines: Inline[][];
  tone?: 'good' | 'bad' | 'neutral';
  /** Right-aligned (numbers). */
  numeric?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; content: Inline[]; tone?: 'note' | 'warning' }
  | { kind: 'verdict'; tone: 'good' | 'bad' | 'neutral'; title: string; summary: Inline[]; intro: string; reasons: Inline[][]; notes: Inline[][] }
  | { kind: 'list'; items: Inline[][]; /** Numbered (an order that matters, such as a checklist). */ ordered?: boolean }
  | { kind: 'table'; head: Cell[]; rows: Cell[][]; className?: string }
  | { kind: 'chart'; id: string; title: string; caption: string; spec: Record<string, unknown> };

export interface ReportDocument {
  lang: string;
  title: string;
  /** Lines under the title: seller, scenario file, date, tool. */
  meta: Inline[][];
  blocks: Block[];
  footer: string;
}

/** A cell of plain text. */
export const cell = (text: Inline | Inline[], opts: Omit<Cell, 'lines'> = {}): Cell => ({
  lines: [Array.isArray(text) ? text : [text]],
  ...opts,
});

/** Concatenates the plain text of inline content (for alt texts and tests). */
export function plainText(content: readonly Inline[]): string {
  return content.map((x) => (typeof x === 'string' ? x : 'code' in x ? x.code : x.strong)).join('');
}

/** The chart blocks of a document, in order. */
export function chartsOf(doc: ReportDocument): Array<Extract<Block, { kind: 'chart' }>> {
  return doc.blocks.filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
}
