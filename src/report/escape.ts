/**
 * Escaping of user-controlled text (scenario names, seller names, setup ids) for each output
 * format. Everything the report writes passes through one of these.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<script>'); // '&lt;script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON safe to place inside `<script type="application/json">`: every `<` becomes `\u003c`
 * (so no `</script>` or `<!--` can appear), and the line separators U+2028/U+2029 are escaped.
 *
 * @example
 * jsonForScript({ name: '</script>' }); // '{"name":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A script's source safe to inline in `<script>`: a `</script` (any case) inside it would end
 * the element early, so it is written `<\/script`, which JavaScript reads identically inside
 * strings, templates and regular expressions, the only places it can occur in valid code.
 */
export function scriptForInline(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * Escapes text for Markdown (CommonMark/GFM) prose and table cells: backslash-escapes the
 * characters that start inline markup (backslash, backtick, `*`, `_`, `[`, `]`, `|`, `~`) and
 * a leading block marker (`#`, or `-`/`+` before a space), and writes `<`, `>` and `&` as entities, so raw HTML in user input is
 * shown, never interpreted. Newlines become spaces (a cell is one line). Parentheses stay as
 * they are: without a preceding `]` they cannot form a link.
 *
 * @example
 * escapeMarkdown('a|b <script>'); // 'a\\|b &lt;script&gt;'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/^(#|[-+](?=\s))/, '\\$1');
}

/**
 * Text for a Markdown code span: picks a backtick fence longer than any run inside and pads
 * with spaces when the text starts or ends with a backtick. Pipes are escaped so the span
 * can sit in a table cell.
 */
export function markdownCode(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const body = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
