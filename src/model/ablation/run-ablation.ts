/**
 * Runs the ablation of the default study: for each variant (`ablation-variants.ts`), R
 * replications of the `unmerged` and `merged` setups on common random numbers, and the
 * paired difference merged − unmerged of mean fulfilment time and return rate with its 95 %
 * Student-t interval (mean ± t(0.975, R − 1)·s/√R).
 */
import { tQuantile } from '../../engine/index.js';
import type { Scenario } from '../../scenario/schema.js';
import { runReplication } from '../replication.js';
import type { AblationVariant } from './ablation-variants.js';

export interface PairedFigure {
  unmerged: number;
  merged: number;
  /** Mean of per-replication differences merged − unmerged, and its 95 % interval. */
  diff: number;
  ci95: [number, number];
}

export interface AblationRow {
  name: string;
  description: string;
  fulfilmentDays: PairedFigure;
  returnRate: PairedFigure;
}

/**
 * @param parse validates a raw scenario (the loader's `parseScenario`), injected to keep file
 *   handling out of the model
 * @example const rows = runAblation(raw, ABLATION_VARIANTS, 10, (r) => parseScenario(stringify(r), 'x').scenario);
 */
export function runAblation(
  raw: Record<string, unknown>,
  variants: readonly AblationVariant[],
  replications: number,
  parse: (raw: Record<string, unknown>) => Scenario,
): AblationRow[] {
  return variants.map((v) => {
    const full = parse(v.apply(raw));
    const scenario = { ...full, setups: full.setups.filter((s) => s.name === 'unmerged' || s.name === 'merged') };
    const outs = Array.from({ length: replications }, (_, k) => runReplication(scenario, k));
    const figure = (metric: 'fulfilmentDaysMean' | 'returnRate'): PairedFigure => {
      const u = outs.map((o) => o.setups.unmerged.metrics[metric]);
      const m = outs.map((o) => o.setups.merged.metrics[metric]);
      const d = m.map((x, i) => x - u[i]);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const md = mean(d);
      const sd = Math.sqrt(d.reduce((a, x) => a + (x - md) ** 2, 0) / (d.length - 1));
      const h = (tQuantile(0.975, d.length - 1) * sd) / Math.sqrt(d.length);
      return { unmerged: mean(u), merged: mean(m), diff: md, ci95: [md - h, md + h] };
    };
    return { name: v.name, description: v.description, fulfilmentDays: figure('fulfilmentDaysMean'), returnRate: figure('returnRate') };
  });
}

/**
 * The ablation as a Markdown table (days to 2 decimals, rates in %).
 * @example ablationTable(rows)
 */
export function ablationTable(rows: readonly AblationRow[]): string {
  const f2 = (x: number) => x.toFixed(2);
  const pct = (x: number) => (100 * x).toFixed(1);
  const lines = [
    '| variant (turned off) | fulfilment unmerged (d) | merged (d) | gap merged − unmerged (95 % CI) | return rate unmerged | merged | relative change |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const fd = r.fulfilmentDays;
    const rr = r.returnRate;
    lines.push(
      `| **${r.name}** — ${r.description} | ${f2(fd.unmerged)} | ${f2(fd.merged)} | ${f2(fd.diff)} (${f2(fd.ci95[0])} to ${f2(fd.ci95[1])}) | ${pct(rr.unmerged)} % | ${pct(rr.merged)} % | ${pct(rr.diff / rr.unmerged)} % |`,
    );
  }
  return lines.join('\n');
}
