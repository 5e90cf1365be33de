/**
 * "Where the figures come from", shown only for a study on a seller's own order history
 * (`scenario.history` of results.json): what came from the seller's data (the order history
 * and its mode; the stock snapshot, `scenario.initialStock`, when there is one) and what the
 * history determines in the model; what the scenario assumes instead; and what the confidence
 * intervals cover — in replay mode only the model's other randomness, in bootstrap mode also
 * the week-to-week demand variation of the history.
 */
import type { HistoryProvenance, InitialStockProvenance, Results } from '../../results/types.js';
import type { Block, Inline } from '../document.js';
import { zoneDate } from '../zone-date.js';
import type { SectionContext } from './context.js';

export type HistoryMode = HistoryProvenance['mode'];
const MODES: readonly HistoryMode[] = ['replay', 'bootstrap'];

/** A list item `Label: …`. */
function item(ctx: SectionContext, label: string, ...rest: Inline[]): Inline[] {
  return [{ strong: `${label}${ctx.m.format.labelColon}` }, ...rest];
}

/** Ids as code, separated by the language's list separator; n/a when there is none. */
function codeList(ids: readonly string[], ctx: SectionContext): Inline[] {
  if (ids.length === 0) return [ctx.f.spec.notAvailable];
  return ids.flatMap((id, i): Inline[] => (i === 0 ? [{ code: id }] : [ctx.f.spec.listSeparator, { code: id }]));
}

/** The date of day 0 of the history in its own time zone, in the language's format. */
export function historyStartText(history: HistoryProvenance, ctx: SectionContext): string {
  const date = zoneDate(history.start, history.timeZone);
  return date === null ? ctx.f.spec.notAvailable : ctx.f.date(date);
}

/**
 * The list items of the order history: file, period, time zone, orders, shops, markets, the
 * mode (one item for each of `modes`: a sweep may vary it) and the file's hash.
 */
export function historyItems(history: HistoryProvenance, modes: readonly HistoryMode[], ctx: SectionContext): Inline[][] {
  const { m, f } = ctx;
  const t = m.sources;
  return [
    item(ctx, t.history, { code: history.file }),
    item(ctx, t.periodLabel, t.period(f.days(history.days, 0), historyStartText(history, ctx))),
    item(ctx, t.timeZone, { code: history.timeZone }),
    item(ctx, t.ordersLabel, t.orders(f.count(history.orders), f.count(history.lines), f.count(history.skus))),
    item(ctx, t.shops(f.count(history.shops.length)), ...codeList(history.shops, ctx)),
    item(ctx, t.markets(f.count(history.markets.length)), ...codeList(history.markets, ctx)),
    ...modes.map((mode) => item(ctx, t.mode, t.modes[mode])),
    item(ctx, t.historyHash, { code: history.sha256 }),
  ];
}

/** The list items of the stock snapshot: file with its rows and units, and the file's hash. */
export function stockItems(stock: InitialStockProvenance, ctx: SectionContext): Inline[][] {
  const { m, f } = ctx;
  return [
    item(ctx, m.sources.stock, { code: stock.file }, m.sources.stockText(f.count(stock.rows), f.count(stock.units), stock.unusedUnits > 0 ? f.count(stock.unusedUnits) : null)),
    item(ctx, m.sources.stockHash, { code: stock.sha256 }),
  ];
}

/** True when a run simulates (warm-up + horizon) past the last day of its history. */
export function pastHistory(results: Pick<Results, 'scenario' | 'warmupDays' | 'horizonDays'>): boolean {
  const h = results.scenario.history;
  return h !== undefined && results.warmupDays + results.horizonDays > h.days;
}

/** The history modes of a run's or a sweep's results that have a history, in canonical order. */
export function historyModes(results: readonly Results[]): HistoryMode[] {
  const present = new Set(results.map((r) => r.scenario.history?.mode));
  return MODES.filter((mode) => present.has(mode));
}

/**
 * Blocks of the section; none without `scenario.history`. `modes` (default: the history's own)
 * names the modes the run used: a sweep passes those of all its points.
 *
 * @example
 * sourcesSection(ctx).map((b) => b.kind); // ['heading', 'paragraph', 'heading', 'list', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']
 */
export function sourcesSection(ctx: SectionContext, modes?: readonly HistoryMode[]): Block[] {
  const { results, m, f } = ctx;
  const history = results.scenario.history;
  if (!history) return [];
  const stock = results.scenario.initialStock;
  const t = m.sources;
  const used = modes && modes.length > 0 ? modes : [history.mode];
  const gap = m.format.fullStop === '.' ? ' ' : '';
  const join = (...sentences: string[]) => sentences.join(gap);
  return [
    { kind: 'heading', level: 2, text: m.sections.sources, id: 'sources' },
    { kind: 'paragraph', content: [t.intro] },
    { kind: 'heading', level: 3, text: t.fromData },
    { kind: 'list', items: [...historyItems(history, used, ctx), ...(stock ? stockItems(stock, ctx) : [])] },
    { kind: 'paragraph', content: [stock ? join(t.determines, t.determinesStock) : t.determines] },
    { kind: 'heading', level: 3, text: t.fromAssumptions },
    { kind: 'paragraph', content: [stock ? join(t.assumed, t.seeParameters) : join(t.assumed, t.assumedStock, t.seeParameters)] },
    { kind: 'heading', level: 3, text: t.intervals },
    ...used.map((mode): Block => ({ kind: 'paragraph', content: [t.intervalsText[mode]] })),
    ...(used.includes('replay') && pastHistory(results) ? [{ kind: 'paragraph', content: [t.pastHistory(f.count(results.warmupDays + results.horizonDays), f.days(history.days, 0))] } as Block] : []),
  ];
}
