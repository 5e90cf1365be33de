import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';

/**
 * Renders a Vega-Lite spec to SVG text with vega's headless View (`renderer: 'none'`,
 * `toSVG()`), as the report layer does.
 * @throws Error when the spec does not compile.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Renders SVG text to PNG bytes at 2× with @resvg/resvg-js, DejaVu Sans for text. */
export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: false, fontDirs: [FONT_DIR], defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
