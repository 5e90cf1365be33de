/**
 * Shared look of every chart: fonts, sizes, number locale and the colour of each setup.
 * Fonts are named explicitly so the headless SVG/PNG render (resvg, fonts loaded from files)
 * and the browser agree: DejaVu Sans for English, Noto Sans SC for Chinese (both shipped as npm
 * packages, `render/fonts.ts`; a browser without them falls back to Noto Sans CJK SC), each followed
 * by common fallbacks for readers' machines.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang, Messages } from '../i18n/messages.js';

/** A Vega-Lite spec as plain data. */
export type ChartSpec = TopLevelSpec;

/** What a chart builder needs besides the results. */
export interface ChartContext {
  lang: Lang;
  m: Messages;
  /** Setup names, baseline first: the order of legends and colours. */
  setups: string[];
}

/** Font stacks by language (the first family is the one the PNG renderer loads). */
export const FONT_STACK: Record<Lang, string> = {
  en: 'DejaVu Sans, Verdana, Helvetica, Arial, sans-serif',
  zh: 'Noto Sans SC, Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, DejaVu Sans, sans-serif',
};

/** Vega-Lite schema URL written into each spec (identification only; never fetched). */
export const VL_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Default width of a single chart panel in pixels (about 680 px with axes: the width of the report column). */
export const PANEL_WIDTH = 600;

/** Colour-blind-safe palette (Tableau 10 order); the baseline gets a neutral grey. */
const BASELINE_COLOUR = '#6f6f6f';
const PALETTE = ['#4c78a8', '#f58518', '#54a24b', '#b279a2', '#e45756', '#72b7b2', '#eeca3b', '#9d755d'];

/** Colour of each setup, stable across charts: baseline grey, the others in palette order. */
export function setupColours(setups: readonly string[]): string[] {
  return setups.map((_, i) => (i === 0 ? BASELINE_COLOUR : PALETTE[(i - 1) % PALETTE.length]));
}

/**
 * A colour encoding by setup with the shared colours. `lines`: legend symbols drawn as solid
 * strokes (charts whose bands would otherwise make the symbols pale). `only`: the setups the
 * chart shows (default all), keeping each setup's colour from the full list.
 */
export function setupColour(ctx: ChartContext, opts: { lines?: boolean; only?: readonly string[] } = {}): Record<string, unknown> {
  const colours = setupColours(ctx.setups);
  const shown = opts.only ?? ctx.setups;
  return {
    field: 'setup',
    type: 'nominal',
    title: ctx.m.charts.setup,
    scale: { domain: [...shown], range: shown.map((s) => colours[ctx.setups.indexOf(s)] ?? PALETTE[0]) },
    legend: {
      orient: 'bottom',
      direction: 'horizontal',
      columns: 3,
      ...(opts.lines ? { symbolType: 'stroke', symbolStrokeWidth: 3, symbolOpacity: 1, symbolSize: 300 } : {}),
    },
  };
}

/** The `config` block of every spec: fonts, sizes, number locale. */
export function chartConfig(ctx: ChartContext): Record<string, unknown> {
  const size = 12;
  return {
    font: FONT_STACK[ctx.lang],
    locale: { number: ctx.m.format.vegaNumberLocale },
    background: 'white',
    padding: 8,
    view: { stroke: '#dddddd' },
    title: { fontSize: 15, fontWeight: 'bold', anchor: 'start', subtitleFontSize: 12, subtitleColor: '#555555', offset: 10 },
    axis: { labelFontSize: size, titleFontSize: size, titleFontWeight: 'normal', labelColor: '#333333', titleColor: '#333333' },
    legend: { labelFontSize: size, titleFontSize: size, titleFontWeight: 'normal', labelLimit: 260 },
    header: { labelFontSize: size, titleFontSize: size },
    concat: { spacing: 28 },
  };
}

/** Common top of a spec: schema, title (and subtitle: one line, or several), config. */
export function specBase(ctx: ChartContext, title: string, subtitle?: string | string[]): Record<string, unknown> {
  return {
    $schema: VL_SCHEMA,
    title: subtitle === undefined ? { text: title } : { text: title, subtitle },
    config: chartConfig(ctx),
  };
}
