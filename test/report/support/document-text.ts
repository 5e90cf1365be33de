/** Test helper: every text of a run of report blocks — headings, paragraphs, lists, table cells, chart titles and captions, verdicts. */
import { plainText, type Block } from '../../../src/report/document.js';

export function documentText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return b.text;
        case 'paragraph':
          return plainText(b.content);
        case 'list':
          return b.items.map(plainText).join('\n');
        case 'table':
          return [...b.head, ...b.rows.flat()].map((c) => c.lines.map(plainText).join(' ')).join('\n');
        case 'chart':
          return `${b.title}\n${b.caption}`;
        case 'verdict':
          return [b.title, plainText(b.summary), ...b.reasons.map(plainText)].join('\n');
      }
    })
    .join('\n');
}

/** The blocks of the level-2 section with heading id `id`, up to the next level-2 heading; none when absent. */
export function sectionOf(blocks: readonly Block[], id: string): Block[] {
  const from = blocks.findIndex((b) => b.kind === 'heading' && b.id === id);
  if (from < 0) return [];
  const to = blocks.findIndex((b, i) => i > from && b.kind === 'heading' && b.level === 2);
  return blocks.slice(from, to < 0 ? undefined : to);
}
