/**
 * Writes a report document as GitHub-flavoured Markdown for chat apps and tickets: the same
 * blocks as the HTML, with each chart as a linked PNG (or SVG when PNGs could not be made).
 * All text is escaped (`escape.ts`), so user input shows as written.
 */
import type { Block, Cell, Inline, ReportDocument } from './document.js';
import { escapeMarkdown, markdownCode } from './escape.js';

function inline(content: readonly Inline[]): string {
  return content
    .map((x) => {
      if (typeof x === 'string') return escapeMarkdown(x);
      if ('code' in x) return markdownCode(x.code);
      return `**${escapeMarkdown(x.strong.trimEnd())}**${x.strong.endsWith(' ') ? ' ' : ''}`;
    })
    .join('');
}

function cellMd(c: Cell): string {
  // Lines of a cell are joined by <br>, which GitHub renders as a line break inside a table cell
  return c.lines.map((l) => inline(l)).join('<br>');
}

/** Image path of a chart relative to the report file. */
export type ChartImagePath = (chartId: string) => string;

function blockMd(b: Block, image: ChartImagePath): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return b.tone === 'warning' ? `> **${inline(b.content)}**` : b.tone === 'note' ? `*${inline(b.content)}*` : inline(b.content);
    case 'list':
      return b.items.map((i, k) => `${b.ordered ? `${k + 1}.` : '-'} ${inline(i)}`).join('\n');
    case 'verdict':
      return [
        `> **${escapeMarkdown(b.title)}**`,
        '>',
        `> ${inline(b.summary)}`,
        '>',
        `> ${escapeMarkdown(b.intro)}`,
        ...b.reasons.map((r) => `> - ${inline(r)}`),
        ...b.notes.flatMap((n) => ['>', `> *${inline(n)}*`]),
      ].join('\n');
    case 'table': {
      const align = b.head.map((c) => (c.numeric ? '---:' : '---'));
      return [
        `| ${b.head.map(cellMd).join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(cellMd).join(' | ')} |`),
      ].join('\n');
    }
    case 'chart':
      return [`![${escapeMarkdown(b.title)}](${image(b.id)})`, '', `*${escapeMarkdown(b.caption)}*`].join('\n');
  }
}

/**
 * The Markdown text of a report.
 *
 * @example
 * renderMarkdown(doc, (id) => `charts/${id}.png`).startsWith('# '); // true
 */
export function renderMarkdown(doc: ReportDocument, image: ChartImagePath): string {
  return [
    `# ${escapeMarkdown(doc.title)}`,
    doc.meta.map((l) => `- ${inline(l)}`).join('\n'),
    ...doc.blocks.map((b) => blockMd(b, image)),
    '---',
    `*${escapeMarkdown(doc.footer)}*`,
    '',
  ].join('\n\n');
}
