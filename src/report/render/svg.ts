/**
 * Headless chart rendering: Vega-Lite spec → Vega spec (`compile`) → a Vega View with no
 * renderer attached → SVG text (`toSVG`). No browser, no canvas.
 *
 * Without a canvas, Vega estimates text widths; its estimate (0.8 em per character) is too
 * narrow for CJK characters (1 em) and for DejaVu Sans' digits and capitals, which let
 * legend labels overlap and axis titles collide with tick labels. While rendering, widths are
 * estimated per character instead (`charEm`, advances of DejaVu Sans, 1 em for East Asian wide
 * characters). Restored afterwards.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Whether a code point is East Asian wide (CJK ideographs, kana, Hangul, full-width forms, CJK punctuation). */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Advance width of a character in em, after DejaVu Sans' metrics (digits 0.64, capitals about
 * 0.7, lower case about 0.6, narrow punctuation 0.32, `%` 0.95), rounded up slightly so labels
 * are never estimated too narrow; East Asian wide characters 1 em.
 */
export function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (' ,.:;\'|!il'.includes(ch)) return 0.33;
  if ('ftrj()[]-'.includes(ch)) return 0.42;
  if (ch === '%' || ch === 'm' || ch === 'M' || ch === 'W' || ch === 'w') return 0.95;
  if (ch >= 'A' && ch <= 'Z') return 0.72;
  return 0.62;
}

/**
 * Estimated width in pixels of a text at a font size (see `charEm`).
 *
 * @example
 * estimateTextWidth('履约 10', 10); // (1 + 1 + 0.33 + 0.64 + 0.64) × 10 = 36.1
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  limit?: number;
}

// Exported by vega (from vega-scenegraph) but absent from its type definitions
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;

function itemWidth(item: TextItem, text?: unknown): number {
  const t = text ?? item.text;
  const s = t === null || t === undefined ? '' : Array.isArray(t) ? t.join(' ') : String(t);
  return estimateTextWidth(s, item.fontSize ?? 11);
}

/**
 * A vega-lite logger that hands warnings to `warn` instead of the console (a spec that makes
 * vega-lite warn is a bug in its builder; `test/report/charts.test.ts` asserts there are none).
 */
export function collectingLogger(warn: (message: string) => void) {
  let level = 0;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: readonly unknown[]) {
      warn(args.map(String).join(' '));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      warn(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/**
 * Renders a Vega-Lite spec to SVG text; vega-lite's warnings go to `warn`.
 *
 * @throws {Error} when the spec does not compile or the view fails
 * @example
 * const svg = await renderSvg(spec); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export async function renderSvg(spec: TopLevelSpec, warn: (message: string) => void = () => {}): Promise<string> {
  const compiled = compile(spec, { logger: collectingLogger(warn) }).spec;
  const original = metrics.width;
  metrics.width = itemWidth;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
    metrics.width = original;
  }
}
