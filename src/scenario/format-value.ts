/**
 * Short renderings of scenario values and field paths for error messages.
 */

/** Longest rendering of a value in a message, in characters; longer ones end with "…". */
export const MAX_VALUE_CHARS = 48;

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Renders a value as a user would write it in YAML flow style, shortened to
 * {@link MAX_VALUE_CHARS}: strings quoted, `undefined` as `nothing`.
 *
 * @example
 * formatValue('3 dayz');                    // '"3 dayz"'
 * formatValue({ type: 'uniform', min: 1 }); // '{type: "uniform", min: 1}'
 * formatValue(undefined);                   // 'nothing'
 */
export function formatValue(value: unknown): string {
  const text = render(value, 3);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function render(value: unknown, depth: number): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    if (depth === 0) return '[…]';
    return `[${value.map((v) => render(v, depth - 1)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    if (depth === 0) return '{…}';
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{${entries.map(([k, v]) => `${formatKey(k)}: ${render(v, depth - 1)}`).join(', ')}}`;
  }
  return String(value);
}

/** A key as it appears in a path: bare when it is a plain word, else quoted. */
export function formatKey(key: string): string {
  return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
}

/**
 * Renders a field path the way a reader would write it: `warehouses[2].pickers`,
 * `warehouses[0].transit.ES`; keys that are not plain words are quoted in brackets.
 * The empty path renders as `(top level)`.
 *
 * @example
 * formatPath(['warehouses', 2, 'pickers']); // 'warehouses[2].pickers'
 * formatPath(['setups', 'a.b', 'mode']);    // 'setups["a.b"].mode'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      out += PLAIN_KEY.test(key) ? (out === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return out === '' ? '(top level)' : out;
}

/**
 * Joins words as a reader would: `a`, `a or b`, `a, b or c` (with `joiner` = 'or').
 *
 * @example
 * listWords(['"a"', '"b"', '"c"']); // '"a", "b" or "c"'
 */
export function listWords(words: readonly string[], joiner = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}
