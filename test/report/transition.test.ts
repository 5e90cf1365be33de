/**
 * The transition section and its charts, on the real transition fixture (a trimmed run of
 * scenarios/transition.yaml, test/report/support/make-fixtures.mjs), and their absence on the
 * default fixture.
 */
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-document.js';
import { collectingLogger } from '../../src/report/render/svg.js';
import { loadFixture, loadTransitionFixture } from './support/fixtures.js';

const J = (x: unknown) => JSON.stringify(x);

describe('the transition section', () => {
  for (const lang of ['en', 'zh'] as const) {
    const built = buildReport(loadTransitionFixture(), lang);
    const t = loadTransitionFixture().setups.merged.transition!;
    const ids = built.charts.map((c) => c.id);

    it(`${lang}: draws the timeline and the cumulative margin, compiling without warnings`, () => {
      expect(ids).toEqual(expect.arrayContaining(['transition-timeline', 'cumulative-margin']));
      for (const c of built.charts.filter((c) => c.id === 'transition-timeline' || c.id === 'cumulative-margin')) {
        const warnings: string[] = [];
        compile(c.spec, { logger: collectingLogger((w) => warnings.push(w)) as never });
        expect(warnings).toEqual([]);
      }
    });

    it(`${lang}: the timeline holds every stage of the median replication, go-live and break-even`, () => {
      const spec = J(built.charts.find((c) => c.id === 'transition-timeline')!.spec);
      for (const s of t.timeline.stages) expect(spec).toContain(s.start);
      expect(spec).toContain(t.timeline.goLiveDate);
      expect(spec).toContain('rule');
    });

    it(`${lang}: the cumulative margin draws the mean, its band and the break-even day`, () => {
      const spec = J(built.charts.find((c) => c.id === 'cumulative-margin')!.spec);
      expect(spec).toContain('"area"');
      const last = t.cumulativeMarginDiff.mean.at(-1)!;
      expect(spec).toContain(String(Math.round(last)).slice(0, 4));
      expect(spec).toContain(`${t.breakEven.day}`);
    });

    it(`${lang}: the report text gives the days to go-live and the break-even day`, () => {
      const text = J(built.document);
      expect(text).toContain(`${t.breakEven.day}`);
      expect(text).toContain(lang === 'zh' ? '盈亏平衡' : 'break-even');
    });
  }

  it('is absent, with its charts, when no setup has a transition', () => {
    const built = buildReport(loadFixture(), 'en');
    expect(built.charts.map((c) => c.id)).not.toContain('transition-timeline');
    expect(built.charts.map((c) => c.id)).not.toContain('cumulative-margin');
    expect(J(built.document)).not.toContain('break-even');
  });
});
