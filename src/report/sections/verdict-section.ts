/** Section 1: the verdict sentence, its deciding reasons and the checks that could not be made. */
import type { Block, Inline } from '../document.js';
import type { Formatter } from '../format.js';
import type { Messages } from '../i18n/messages.js';
import type { Reason, Verdict } from '../verdict.js';
import type { SectionContext } from './context.js';
import { formatRequired, formatRowValue, rowLabel } from './eligibility-section.js';

/** One reason as a sentence in the report language. */
export function reasonText(r: Reason, m: Messages, f: Formatter): string {
  const v = m.verdict;
  switch (r.kind) {
    case 'eligibility-failed':
      return v.reasonEligibilityFailed(rowLabel(r.row, m), formatRowValue(r.row, r.row.value, m, f), formatRequired(r.row, m, f));
    case 'margin-gain':
      return v.reasonMarginGain(f.usd(r.monthly.mean));
    case 'margin-loss':
      return v.reasonMarginLoss(f.usd(Math.abs(r.monthly.mean)));
    case 'margin-unclear':
      return v.reasonMarginUnclear(f.interval(r.monthly.ci95, f.usdSigned));
    case 'fulfilment':
      return r.diff.mean < 0
        ? v.reasonFasterFulfilment(f.days(Math.abs(r.diff.mean)), f.relative(r.diff.relativeChange))
        : v.reasonSlowerFulfilment(f.days(r.diff.mean), f.relative(r.diff.relativeChange));
    case 'returns': {
      const pts = f.points(Math.abs(r.diff.mean)).replace(/^\+/, '');
      return r.diff.mean < 0
        ? v.reasonFewerReturns(pts, f.relative(r.diff.relativeChange))
        : v.reasonMoreReturns(pts, f.relative(r.diff.relativeChange));
    }
    case 'fee-tier':
      return v.reasonFeeTier(r.months, r.of, f.percent(r.rate, 1));
    case 'advisory':
      return v.reasonAdvisory(rowLabel(r.row, m), formatRowValue(r.row, r.row.value, m, f), formatRowValue(r.row, r.row.threshold, m, f));
    case 'no-merged-setup':
      return v.reasonNoMergedSetup;
  }
}

/** The verdict's title in the report language. */
export function verdictTitle(verdict: Verdict, m: Messages): string {
  return { recommended: m.verdict.recommended, 'not-recommended': m.verdict.notRecommended, 'not-eligible': m.verdict.notEligible }[verdict.kind];
}

/**
 * Blocks of the verdict section: one verdict box.
 *
 * @example
 * verdictSection(ctx, decideVerdict(results))[1].kind; // 'verdict'
 */
export function verdictSection(ctx: SectionContext, verdict: Verdict): Block[] {
  const { m, f } = ctx;
  const summary: Inline[] =
    verdict.monthlyNetMargin && verdict.setup
      ? [
          m.verdict.marginChange(
            f.usdSigned(verdict.monthlyNetMargin.mean),
            f.interval(verdict.monthlyNetMargin.ci95, f.usdSigned),
            verdict.setup,
            verdict.baseline,
          ),
        ]
      : [m.verdict.noComparison];
  const unchecked = verdict.eligibility.unchecked;
  const notes: Inline[][] = unchecked.length > 0 ? [[m.verdict.unchecked(f.list(unchecked.map((r) => rowLabel(r, m))))]] : [];
  return [
    { kind: 'heading', level: 2, text: m.sections.verdict, id: 'verdict' },
    {
      kind: 'verdict',
      tone: verdict.kind === 'recommended' ? 'good' : verdict.kind === 'not-eligible' ? 'bad' : 'neutral',
      title: verdictTitle(verdict, m),
      summary,
      intro: m.verdict.reasonsIntro,
      reasons: verdict.reasons.map((r) => [reasonText(r, m, f)]),
      notes,
    },
  ];
}
