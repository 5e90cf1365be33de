/**
 * SVG → PNG with resvg, using only the font files given (never the system's fonts), on a
 * white background, at 2× for sharp text on high-density screens.
 */
import { Resvg } from '@resvg/resvg-js';
import type { ChartFonts } from './fonts.js';
import { isWide } from './svg.js';

/** Pixel ratio of the PNGs. */
export const PNG_SCALE = 2;

/** Family used for text elements without East Asian characters (see `latinTextInLatinFont`). */
export const LATIN_FAMILY = 'DejaVu Sans';

/**
 * Sets the font of every `<text>` element that holds no East Asian wide character to DejaVu
 * Sans. Why: resvg parses the (10 MB) Noto Sans SC face again for every text element it
 * shapes, so a Chinese chart with 50 tick labels took seconds; tick labels, numbers and setup
 * ids are Latin and look the same in DejaVu Sans. O(SVG length).
 *
 * @example
 * latinTextInLatinFont('<text font-family="Noto Sans SC">12%</text>');
 * // '<text font-family="DejaVu Sans">12%</text>'
 */
export function latinTextInLatinFont(svg: string): string {
  return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attrs: string, body: string) => {
    for (const ch of body) if (isWide(ch.codePointAt(0) ?? 0)) return whole;
    return `<text${attrs.replace(/font-family="[^"]*"/, `font-family="${LATIN_FAMILY}"`)}>${body}</text>`;
  });
}

/**
 * Renders SVG text to PNG bytes.
 *
 * @example
 * const png = renderPng(svg, chartFonts('en') as ChartFonts);
 */
export function renderPng(svg: string, fonts: ChartFonts, scale = PNG_SCALE): Uint8Array {
  const input = fonts.defaultFamily === LATIN_FAMILY ? svg : latinTextInLatinFont(svg);
  const resvg = new Resvg(input, {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.defaultFamily },
  });
  return resvg.render().asPng();
}
