import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { backlogFillSpec, dailyRows, SMOOTHING_DAYS } from '../../src/report/charts/backlog-fill.js';
import { fulfilmentTimeSpec, histogramRows, MAX_DRAWN_BINS, TAIL_COVERAGE } from '../../src/report/charts/fulfilment-time.js';
import { buildCharts, CHART_IDS, SECTION_CHART_IDS } from '../../src/report/charts/index.js';
import { monthlyFeesSpec } from '../../src/report/charts/monthly-fees.js';
import { marginRows, netMarginSpec } from '../../src/report/charts/net-margin-monthly.js';
import { returnsByMarketSpec } from '../../src/report/charts/returns-by-market.js';
import { routerLabels, routerPolicySpec, routerRows } from '../../src/report/charts/router-policy.js';
import { formatParam, sweepSpec } from '../../src/report/charts/sweep.js';
import { setupColours, type ChartContext, type ChartSpec } from '../../src/report/charts/theme.js';
import { messagesFor } from '../../src/report/i18n/index.js';
import type { Lang } from '../../src/report/i18n/messages.js';
import { NOTE_WIDTH } from '../../src/report/charts/wrap-text.js';
import { collectingLogger, estimateTextWidth } from '../../src/report/render/svg.js';
import { breakEven, sweepSeries } from '../../src/report/sweep-analysis.js';
import { loadFixture, loadSweepFixture } from './support/fixtures.js';

// Specs are plain data; these helpers look inside them without vega-lite's types.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const J = (s: ChartSpec | null): Json => {
  expect(s).not.toBeNull();
  return s as unknown as Json;
};

const SETUPS = ['unmerged', 'merged', 'merged-nearest-router'];
const ctxFor = (lang: Lang): ChartContext => ({ lang, m: messagesFor(lang), setups: SETUPS });
const en = ctxFor('en');

/** Compiles a spec with vega-lite and returns its warnings (a clean spec has none). */
function compileWarnings(spec: ChartSpec): string[] {
  const warnings: string[] = [];
  compile(spec, { logger: collectingLogger((w) => warnings.push(w)) as never });
  return warnings;
}

describe('every chart of the fixture', () => {
  for (const lang of ['en', 'zh'] as const) {
    const charts = buildCharts(loadFixture(), ctxFor(lang), 'merged');

    it(`${lang}: builds every chart but the sections' (no transition, no failure board here) in report order`, () => {
      expect(charts.map((c) => c.id)).toEqual(CHART_IDS.filter((id) => !SECTION_CHART_IDS.includes(id)));
    });

    it.each(charts.map((c) => [c.id, c] as const))(`${lang}: %s compiles without vega-lite warnings`, (_id, chart) => {
      expect(compileWarnings(chart.spec)).toEqual([]);
      const spec = J(chart.spec);
      expect(spec.$schema).toMatch(/vega-lite\/v6/);
      expect(spec.title.text).toBe(chart.texts.title);
      expect(spec.config.font).toMatch(lang === 'zh' ? /^Noto Sans SC/ : /^DejaVu Sans/);
      expect(spec.config.locale.number.currency).toEqual(messagesFor(lang).format.vegaNumberLocale.currency);
    });
  }
});

describe('fulfilment-time chart', () => {
  it('one step curve per setup, shares summing to about 1, cut at the common tail', () => {
    const r = loadFixture();
    const rows = histogramRows(r, SETUPS);
    for (const s of SETUPS) {
      const mine = rows.filter((x) => x.setup === s);
      // the closing point repeats the last bin, so leave it out of the sum
      const total = mine.slice(0, -1).reduce((a, x) => a + x.share, 0);
      expect(total).toBeGreaterThanOrEqual(TAIL_COVERAGE - 1e-12);
      expect(total).toBeLessThanOrEqual(1 + 1e-12);
    }
    const spec = J(fulfilmentTimeSpec(r, en));
    expect(spec.layer.map((l: Json) => [l.mark.type, l.mark.interpolate])).toEqual([
      ['area', 'step-after'],
      ['line', 'step-after'],
      ['rule', undefined],
    ]);
    expect(spec.layer[1].encoding.x.field).toBe('days');
    expect(spec.layer[1].encoding.y.axis.format).toBe('.0%');
    expect(spec.layer[1].encoding.color.scale.domain).toEqual(SETUPS);
    expect(spec.layer[2].data.values.map((v: Json) => v.setup)).toEqual(SETUPS);
    expect(spec.layer[2].data.values[0].mean).toBe(r.setups.unmerged.summary.fulfilmentDaysMean.mean);
  });

  it('merges fine bins so that at most MAX_DRAWN_BINS are drawn', () => {
    const r = loadFixture();
    for (const s of SETUPS) {
      const h = r.setups[s].series.fulfilmentHistogram;
      // split each 0.5-day bin into ten 0.05-day bins
      h.counts = h.counts.flatMap((c) => Array.from({ length: 10 }, () => c / 10));
      h.binWidthDays = 0.05;
    }
    const rows = histogramRows(r, SETUPS).filter((x) => x.setup === 'unmerged');
    expect(rows.length - 1).toBeLessThanOrEqual(MAX_DRAWN_BINS);
    // a drawn bin is a whole number (> 1) of the 0.05-day bins
    const k = (rows[1].days - rows[0].days) / 0.05;
    expect(k).toBeCloseTo(Math.round(k), 9);
    expect(Math.round(k)).toBeGreaterThan(1);
    const total = rows.slice(0, -1).reduce((a, x) => a + x.share, 0);
    expect(total).toBeGreaterThanOrEqual(TAIL_COVERAGE - 1e-9);
  });

  it('is left out when no setup delivered an order', () => {
    const r = loadFixture();
    for (const s of SETUPS) r.setups[s].series.fulfilmentHistogram.counts = [];
    expect(fulfilmentTimeSpec(r, en)).toBeNull();
  });
});

describe('backlog and fill-rate chart', () => {
  it('two stacked panels of 7-day moving averages over the daily rows', () => {
    const r = loadFixture();
    expect(r.horizonDays).toBe(365);
    expect(dailyRows(r, SETUPS)).toHaveLength(3 * 365);
    const spec = J(backlogFillSpec(r, en));
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.data.values).toHaveLength(3 * 365);
    for (const [panel, field] of [
      [spec.vconcat[0], 'backlog'],
      [spec.vconcat[1], 'fill'],
    ] as const) {
      expect(panel.transform[0].window[0]).toEqual({ op: 'mean', field, as: `${field}Smoothed` });
      expect(panel.transform[0].frame).toEqual([-(SMOOTHING_DAYS - 1), 0]);
      expect(panel.encoding.y.field).toBe(`${field}Smoothed`);
      expect(panel.encoding.x.scale.domain).toEqual([1, 365]);
    }
    expect(spec.vconcat[1].encoding.y.axis.format).toBe('.1%');
  });
});

describe('monthly fees chart', () => {
  it('a tier strip, the fee kinds a setup pays stacked, and each tier condition against its threshold', () => {
    const r = loadFixture();
    const m = messagesFor('en').charts.monthlyFees;
    const spec = J(monthlyFeesSpec(r, 'merged', en));
    const [strip, fees, sell, returns] = spec.vconcat;
    const note = messagesFor('en').charts.partialMonthOmitted(13, '5');
    expect(spec.title.subtitle[0]).toBe('merged');
    expect(spec.title.subtitle.slice(1).join(' ')).toBe(note);
    expect(fees.mark.type).toBe('bar');
    expect(fees.encoding.y.stack).toBe('zero');
    // the merged setup pays no commission: that kind is left out
    expect(fees.encoding.color.scale.domain).toEqual([m.serviceFee, m.splitFee]);
    // 12 full months × 2 kinds: the 5-day 13th month is not drawn
    expect(fees.data.values).toHaveLength(12 * 2);
    const full = r.setups.merged.monthly.filter((x) => x.days === 30);
    expect(full).toHaveLength(12);
    // the strip: every full month, labelled with the rate paid, or k/n when some replications reached the tier
    const rows = strip.data.values as Json[];
    expect(rows.map((v) => v.month)).toEqual(full.map((x) => x.month));
    const byTier = (key: string) => rows.filter((v) => v.key === key).map((v) => v.month);
    expect(byTier('met')).toEqual(full.filter((x) => x.tierEarned === 1).map((x) => x.month));
    expect(byTier('none')).toEqual(full.filter((x) => x.tierEarned === 0).map((x) => x.month));
    expect(byTier('some')).toEqual([7]); // the fixture's month 7: 6 of 10 replications
    expect(byTier('met').map((k) => full.find((x) => x.month === k)!.feeRate)).toEqual(byTier('met').map(() => 0.042));
    expect(rows.find((v) => v.key === 'met')!.text).toBe('4.2%');
    expect(rows.find((v) => v.key === 'none')!.text).toBe('5.5%');
    expect(rows.find((v) => v.key === 'some')!.text).toBe('6/10');
    expect(strip.layer[0].encoding.color.scale.domain).toEqual([m.tierEarned('4.2%'), m.tierEarnedSome, m.tierNotEarned('5.5%')]);
    // the conditions: the SKU share the tier tests, the return rate, each with its threshold rule
    expect(sell.title.text).toBe(m.sellThroughThreshold('sku-share', '82.0%'));
    expect(returns.title.text).toBe(m.returnThreshold('18.5%'));
    const rule = (panel: Json) => panel.layer.find((l: Json) => l.mark.type === 'rule').data.values[0].rate;
    expect([rule(sell), rule(returns)]).toEqual([0.82, 0.185]);
    expect(sell.layer[0].data.values.map((v: Json) => v.rate)).toEqual(full.map((x) => x.tierSellThrough));
    expect(returns.layer[0].data.values.map((v: Json) => v.rate)).toEqual(full.map((x) => x.returnRate));
    // a point per month: met in every replication, in some, in none
    const shapes = (panel: Json) => panel.layer[1].data.values.map((v: Json) => v.condition);
    const outcome = (share: number | null) => (share === 1 ? m.conditionMet : share === 0 ? m.conditionMissed : m.conditionSome);
    expect(shapes(sell)).toEqual(full.map((x) => outcome(x.tierSellThroughMet)));
    expect(shapes(returns)).toEqual(full.map((x) => outcome(x.tierReturnRateMet)));
    expect(shapes(returns)).toContain(m.conditionSome);
    expect(shapes(returns)).toContain(m.conditionMissed);
    expect(shapes(sell)).toContain(m.conditionMissed);
  });

  it('names the unit share when the tier tests it', () => {
    const r = loadFixture();
    (r.assumptions.setups as Json).merged.fees.sellThroughDefinition = 'unit-share';
    expect(J(monthlyFeesSpec(r, 'merged', en)).vconcat[2].title.text).toBe(messagesFor('en').charts.monthlyFees.sellThroughThreshold('unit-share', '82.0%'));
  });

  it('has only the setup as subtitle when every month is full', () => {
    const r = loadFixture();
    r.setups.merged.monthly = r.setups.merged.monthly.filter((x) => x.days === 30);
    expect(J(monthlyFeesSpec(r, 'merged', en)).title.subtitle).toBe('merged');
  });

  it('is left out when the setup pays no fee', () => {
    const r = loadFixture();
    for (const m of r.setups.merged.monthly) Object.assign(m, { serviceFee: 0, splitFee: 0, commissionFee: 0 });
    expect(monthlyFeesSpec(r, 'merged', en)).toBeNull();
  });

  it('shows the commission for an unmerged setup, and no tier', () => {
    const spec = J(monthlyFeesSpec(loadFixture(), 'unmerged', en));
    const m = messagesFor('en').charts.monthlyFees;
    expect(spec.vconcat[1].encoding.color.scale.domain).toEqual([m.commissionFee]);
    expect(spec.vconcat[0].data.values.every((v: Json) => v.key === 'unmerged' && v.text === '')).toBe(true);
  });

  it('reads the tier thresholds from the setup’s fee settings', () => {
    const r = loadFixture();
    (r.assumptions.setups as Json).merged.fees.incentiveMinSellThrough = 0.9;
    const sell = J(monthlyFeesSpec(r, 'merged', en)).vconcat[2];
    expect(sell.layer[2].data.values[0].rate).toBe(0.9);
  });
});

describe('returns by market chart', () => {
  it('two panels of bars, markets on y, setups side by side', () => {
    const spec = J(returnsByMarketSpec(loadFixture(), en));
    expect(spec.hconcat).toHaveLength(2);
    expect(spec.data.values).toHaveLength(5 * 3);
    const [rate, cycle] = spec.hconcat;
    expect(rate.mark.type).toBe('bar');
    expect(rate.encoding.y.field).toBe('market');
    expect(rate.encoding.y.sort).toEqual(['ES', 'FR', 'PL', 'DE', 'BR']);
    expect(rate.encoding.yOffset.field).toBe('setup');
    expect(rate.encoding.x.field).toBe('returnRate');
    expect(cycle.encoding.x.field).toBe('returnCycle');
  });

  it('is left out without per-market rows', () => {
    const r = loadFixture();
    for (const s of SETUPS) r.setups[s].byMarket = [];
    expect(returnsByMarketSpec(r, en)).toBeNull();
  });
});

describe('net margin chart', () => {
  it('a CI band and a line per setup, the 12 full months each', () => {
    const r = loadFixture();
    expect(r.setups.merged.monthly).toHaveLength(13);
    const rows = marginRows(r, SETUPS);
    expect(rows).toHaveLength(36);
    expect(Math.max(...rows.map((x) => x.month))).toBe(12);
    const spec = J(netMarginSpec(r, en));
    // the left-out partial month is named under the title, in the report's language, in lines that fit a phone
    expect(spec.title.subtitle.join(' ')).toBe('Month 13 has only 5 days: not drawn, but counted in the totals.');
    for (const line of spec.title.subtitle) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(NOTE_WIDTH);
    expect(J(netMarginSpec(r, ctxFor('zh'))).title.subtitle.join('')).toBe(messagesFor('zh').charts.partialMonthOmitted(13, '5'));
    expect(spec.layer.map((l: Json) => l.mark.type)).toEqual(['area', 'line']);
    expect(spec.layer[0].encoding.y.field).toBe('lo');
    expect(spec.layer[0].encoding.y2.field).toBe('hi');
    expect(spec.layer[1].encoding.y.field).toBe('netMargin');
    expect(spec.layer[0].encoding.y.axis.format).toBe('$,.0f');
  });

  it('drops months without a mean and bands without an interval', () => {
    const r = loadFixture();
    r.setups.merged.monthly[0].netMargin = null;
    r.setups.merged.monthly[1].netMarginCi95 = null;
    const rows = marginRows(r, ['merged']);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toMatchObject({ month: 2, lo: null, hi: null });
  });

  it('no note when every month is full', () => {
    const r = loadFixture();
    for (const s of SETUPS) r.setups[s].monthly = r.setups[s].monthly.filter((x) => x.days === 30);
    expect(J(netMarginSpec(r, en)).title.subtitle).toBeUndefined();
  });

  it('results written before rows carried days: the partial month is found from the horizon', () => {
    const r = loadFixture();
    for (const s of SETUPS) for (const m of r.setups[s].monthly) delete (m as Partial<typeof m>).days;
    expect(marginRows(r, SETUPS)).toHaveLength(36);
    expect(J(netMarginSpec(r, en)).title.subtitle.join(' ')).toBe(messagesFor('en').charts.partialMonthOmitted(13, '5'));
  });
});

describe('router policy chart', () => {
  it('dot and whisker per merged setup, labelled by router policy', () => {
    const r = loadFixture();
    const rows = routerRows(r, SETUPS);
    expect(rows.map((x) => [x.label, x.metric])).toEqual([
      ['single-first', 'splitRate'],
      ['single-first', 'parcelsPerOrder'],
      ['nearest', 'splitRate'],
      ['nearest', 'parcelsPerOrder'],
    ]);
    const spec = J(routerPolicySpec(r, en));
    expect(spec.hconcat).toHaveLength(2);
    expect(spec.hconcat[0].layer.map((l: Json) => l.mark.type)).toEqual(['rule', 'point']);
    expect(spec.hconcat[0].transform[0].filter).toEqual({ field: 'metric', equal: 'splitRate' });
    // only the routed setups are in the legend, in their report colours
    expect(spec.hconcat[0].layer[1].encoding.color.scale).toEqual({
      domain: ['merged', 'merged-nearest-router'],
      range: setupColours(SETUPS).slice(1),
    });
  });

  it('names the setup when two setups share a policy', () => {
    expect(routerLabels([{ setup: 'a', router: 'nearest' }, { setup: 'b', router: 'nearest' }, { setup: 'c', router: 'x' }])).toEqual(
      new Map([
        ['a', 'nearest (a)'],
        ['b', 'nearest (b)'],
        ['c', 'x'],
      ]),
    );
  });

  it('is left out when merged setups use one policy', () => {
    const r = loadFixture();
    r.setups['merged-nearest-router'].router = 'single-first';
    expect(routerPolicySpec(r, en)).toBeNull();
  });
});

describe('sweep chart and break-even', () => {
  it('breakEven interpolates linearly between the neighbours of opposite sign', () => {
    expect(breakEven([{ x: 1, mean: -10 }, { x: 2, mean: 30 }])).toBe(1.25);
    expect(breakEven([{ x: 2, mean: 30 }, { x: 1, mean: -10 }])).toBe(1.25);
    expect(breakEven([{ x: 0, mean: 5 }, { x: 1, mean: 0 }, { x: 2, mean: -5 }])).toBe(1);
    expect(breakEven([{ x: 0, mean: 5 }, { x: 1, mean: 6 }])).toBeNull();
  });

  it('one series per merged setup; break-even of the fixture between 1.5 and 2 dollars a parcel', () => {
    const sweep = loadSweepFixture();
    const series = sweepSeries(sweep, 'costs.fulfilmentPerParcel');
    expect(series.map((s) => s.label)).toEqual(['merged']);
    expect(series[0].points.map((p) => p.x)).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
    // points 1.5 and 2 straddle zero in the fixture; the crossing is between them
    const [a, b] = series[0].points.slice(2, 4);
    expect(series[0].breakEven).toBeCloseTo(a.x + ((b.x - a.x) * -a.mean) / (b.mean - a.mean), 12);
    expect(series[0].breakEven).toBeGreaterThan(1.5);
    expect(series[0].breakEven).toBeLessThan(2);

    const spec = J(sweepSpec(series, 'costs.fulfilmentPerParcel', en));
    expect(compileWarnings(spec as ChartSpec)).toEqual([]);
    expect(spec.layer.map((l: Json) => l.mark.type)).toEqual(['area', 'line', 'rule', 'rule', 'text']);
    expect(spec.layer[1].encoding.x.title).toBe('costs.fulfilmentPerParcel');
    expect(spec.layer[3].data.values[0].x).toBe(series[0].breakEven);
    expect(spec.layer[4].data.values[0].label).toBe(messagesFor('en').charts.sweep.breakEven(formatParam(series[0].breakEven as number)));
  });

  it('splits series by the other varied parameters of a grid', () => {
    const sweep = loadSweepFixture();
    sweep.varied = ['costs.fulfilmentPerParcel', 'fees.serviceRate'];
    for (const p of sweep.points) (p.sweepPoint as Json)['fees.serviceRate'] = 0.055;
    expect(sweepSeries(sweep, 'costs.fulfilmentPerParcel').map((s) => s.label)).toEqual(['merged (fees.serviceRate=0.055)']);
  });
});
