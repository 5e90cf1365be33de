/**
 * The import summary as lines of English for the terminal: the figures a seller checks
 * against their back office first. The whole summary is in `<name>.summary.json`.
 */
import type { CountDistribution, ImportSummary } from './import-summary.js';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (share: number) => `${(100 * share).toFixed(1)}%`;
const dec = (n: number, digits = 1) => n.toFixed(digits);
const money = (n: number) => n.toFixed(2);
const count = (n: number, one: string, many = `${one}s`) => `${int(n)} ${n === 1 ? one : many}`;

/** `1 62.0%, 2 25.1%, 3+ 12.9%`: the shares of the smallest values, the rest grouped. */
function shares(d: CountDistribution, total: number, show = 3): string {
  const entries = Object.entries(d.counts)
    .map(([v, n]) => [Number(v), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const head = entries.slice(0, show).map(([v, n]) => `${v}: ${pct(n / total)}`);
  const rest = entries.slice(show).reduce((s, [, n]) => s + n, 0);
  if (rest > 0) head.push(`${entries[show][0]}+: ${pct(rest / total)}`);
  return head.join(', ');
}

/**
 * The summary in a dozen lines (no trailing newline on each).
 * @example formatSummary(summary).join('\n');
 */
export function formatSummary(s: ImportSummary): string[] {
  const out: string[] = [];
  const skipped = s.skipped.rows === 0 ? 'no row skipped' : `${count(s.skipped.rows, 'bad row')} skipped`;
  out.push(`imported ${count(s.orders, 'order')} (${count(s.lines, 'line')}, ${count(s.units, 'unit')}) from ${s.source.file}: ${skipped}`);
  const lastDay = new Date(Date.parse(`${s.firstDay}T00:00:00Z`) + (s.calendarDays - 1) * 86_400_000).toISOString().slice(0, 10);
  out.push(`  period: ${s.firstDay} to ${lastDay} (${count(s.calendarDays, 'calendar day')}, time zone ${s.timeZone}); ${s.inTimeOrder ? 'the file was in time order' : 'the file was not in time order: orders sorted by time'}`);
  const shops = s.ordersPerShopDay.map((p) => `${p.shop} ${dec(p.mean)} (min ${p.min}, max ${p.max})`);
  out.push(`  orders a day per shop: ${shops.slice(0, 6).join('; ')}${shops.length > 6 ? `; … ${shops.length} shops` : ''}`);
  out.push(`  lines per order: ${shares(s.linesPerOrder, s.orders)}; mean ${dec(s.linesPerOrder.mean, 2)}, max ${s.linesPerOrder.max}`);
  out.push(`  units per line: ${shares(s.unitsPerLine, s.lines)}; mean ${dec(s.unitsPerLine.mean, 2)}, p90 ${s.unitsPerLine.p90}, max ${s.unitsPerLine.max}`);
  const markets = s.markets.map((m) => `${m.market} ${pct(m.share)}`);
  out.push(`  markets: ${markets.slice(0, 8).join(', ')}${markets.length > 8 ? `, … ${markets.length} markets` : ''}`);
  const p = s.skuPopularity;
  out.push(
    `  SKUs: ${int(p.skus)} sold; the top 10% of SKUs sold ${pct(p.top10PercentShare)} of the units, the top 20% ${pct(p.top20PercentShare)}; best sellers: ${p.top10
      .slice(0, 5)
      .map((k) => `${k.sku} ${pct(k.share)}`)
      .join(', ')}`,
  );
  out.push(`  cross-shop baskets: ${count(s.crossShopBaskets.orders, 'order')} (${pct(s.crossShopBaskets.share)}) have lines from two or more shops`);
  const pr = s.price;
  out.push(`  unit price per line: median ${money(pr.p50)}, p10 ${money(pr.p10)}, p90 ${money(pr.p90)}, min ${money(pr.min)}, max ${money(pr.max)}${pr.approximate ? ' (to 4 significant digits)' : ''}`);
  if (s.returns.rate !== null) {
    const byMarket = s.markets.filter((m) => m.returns.rate !== null).map((m) => `${m.market} ${pct(m.returns.rate!)}`);
    out.push(`  returns: ${pct(s.returns.rate)} of ${count(s.returns.known, 'order')} with a returned flag; by market: ${byMarket.slice(0, 8).join(', ')}`);
  }
  const kinds = Object.entries(s.skipped.byKind).map(([k, n]) => `${k} ${n}`);
  if (kinds.length > 0) out.push(`  skipped rows by kind: ${kinds.join(', ')}`);
  return out;
}
