import { describe, expect, it } from 'vitest';
import { DRAIN_CAP_DAYS } from '../../src/model/setup/build-setup-model.js';
import { parseScenario } from '../../src/scenario/index.js';
import { MAX_PROBLEMS } from '../../src/scenario/errors.js';
import { DRAIN_ALLOWANCE_DAYS, MAX_COVER_UNITS, MAX_DAYS, MAX_DURATION_DAYS, MAX_ONBOARDING_REVIEWS, MAX_PICKERS, MAX_REPLICATIONS, MAX_SKU_SHOPS, SLOW_RUN_SECONDS, SLOW_SETUP_SECONDS, studyWarnings, studyWork } from '../../src/scenario/limits.js';
import { msg } from '../../src/scenario/messages.js';
import { MAX_NESTING, tooDeep } from '../../src/scenario/yaml-source.js';
import { columnOf, lineOf, minimalText, patch, problemsOf } from './support.js';

// How long and how large a study may be (docs/scenario.md, Limits and warnings): each limit
// refused where the file sets it; slow studies warned about, at the field that makes them slow.
function only(text: string) {
  const problems = problemsOf(text);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0];
}
const withTop = (lines: string) => patch(minimalText(), 'setups:\n', `${lines}\nsetups:\n`);

describe('horizon and warm-up', () => {
  it('refuses a zero horizon, and one over ten years, at the value', () => {
    // 10000 also breaks the duration type's twenty years: one problem, the horizon's own
    for (const h of ['0', '0d', '3651', '10000', '"10000d"']) {
      const text = withTop(`horizon: ${h}`);
      const p = only(text);
      expect([p.path, p.expected, p.line]).toEqual(['horizon', msg.expectedHorizon(MAX_DAYS), lineOf(text, 'horizon:')]);
    }
  });

  it('allows any warm-up from 0 up to ten years, longer than the horizon too', () => {
    expect(() => parseScenario(withTop('warmup: 400\nhorizon: 10'), 'ok.yaml')).not.toThrow();
    for (const w of ['3651', '8000']) expect(only(withTop(`warmup: ${w}`)).expected).toBe(msg.expectedWarmup(MAX_DAYS));
  });

  it('refuses a setup that overrides the horizon to 0, at the override', () => {
    const text = patch(minimalText(), '    mode: merged', '    mode: merged\n    horizon: 0');
    expect(only(text).path).toBe('setups.merged.horizon');
  });

  it('refuses durations longer than the longest run', () => {
    const p = only(patch(minimalText(), '  leadTime: 7d', '  leadTime: 7301'));
    expect([p.path, p.expected]).toEqual(['replenishment.leadTime', msg.expectedDurationAtMost(MAX_DURATION_DAYS)]);
    expect(only(patch(minimalText(), '  leadTime: 7d', `  leadTime: "${'9'.repeat(400)}d"`)).path).toBe('replenishment.leadTime');
  });

  it('refuses periods so short their events swamp the run', () => {
    expect(only(patch(minimalText(), '  leadTime: 7d', '  leadTime: 7d\n  review: { period: 1m }')).path).toBe('replenishment.review.period');
    expect(only(withTop('sync: { token: { lifetime: 10m } }')).path).toBe('sync.token.lifetime');
    // a push clock of 1e-83 days never lets time move on (found by the fuzz suite); 0 means push on change
    for (const push of ['1e-83', '30s']) expect(only(withTop(`sync: { pushInterval: ${push} }`)).path).toBe('sync.pushInterval');
    for (const push of ['0', '1m', '30m']) expect(() => parseScenario(withTop(`sync: { pushInterval: ${push} }`), 'ok.yaml')).not.toThrow();
  });

  it('refuses inbound QC that rejects every batch: the stock never arrives and each rejection reorders at once (found by the fuzz suite)', () => {
    expect(only(withTop('inboundQc: { rejectProbability: 1 }')).path).toBe('inboundQc.rejectProbability');
    expect(() => parseScenario(withTop('inboundQc: { rejectProbability: 0.99 }'), 'ok.yaml')).not.toThrow();
    const sampling = (rate: number) => withTop(`inboundQc: { sampleSize: 13 }\ncategories: { apparel: { returnBaseRate: 0.1, defectRate: ${rate}, turnoverNorm: 4 } }`);
    const p = only(sampling(1));
    expect([p.path, p.expected]).toEqual(['categories.apparel.defectRate', msg.expectedDefectRateBelowOne()]);
    expect(() => parseScenario(sampling(0.5), 'ok.yaml')).not.toThrow();
  });

  it('refuses a lead time under an hour with inbound QC under continuous review: rejections would reorder without time moving on (found by the fuzz suite)', () => {
    const qc = (lead: string, qcLine = 'inboundQc: { rejectProbability: 0.9999999999999999 }') => patch(withTop(qcLine), '  leadTime: 7d', `  leadTime: ${lead}`);
    for (const lead of ['1e-271', '0', '30m', '{ type: exponential, mean: 0.001 }']) {
      const text = qc(lead);
      const p = only(text);
      expect([p.path, p.expected, p.line]).toEqual(['replenishment.leadTime', msg.expectedLeadTimeWithQc('1h'), lineOf(text, 'leadTime:')]);
    }
    expect(only(qc('0', 'inboundQc: { sampleSize: 13 }')).path).toBe('replenishment.leadTime');
    // an hour or more, no rejection at all, or a periodic review (a rejection waits for the next review) are fine
    for (const text of [qc('1h'), qc('0', 'inboundQc: { rejectProbability: 0 }'), patch(qc('0'), '  leadTime: 0', '  leadTime: 0\n  review: { period: 1d }'), patch(minimalText(), '  leadTime: 7d', '  leadTime: 0')])
      expect(() => parseScenario(text, 'ok.yaml')).not.toThrow();
  });
});

describe('sizes that would not fit in memory or never finish', () => {
  it('refuses more replications than a study may plan', () => {
    expect(only(withTop(`replications: ${MAX_REPLICATIONS + 1}`)).expected).toBe(msg.expectedReplications(MAX_REPLICATIONS));
  });

  it('refuses a catalogue of more SKU-shop pairs than fit, at catalogue.skus', () => {
    const text = patch(minimalText(), '  skus: 50', `  skus: ${MAX_SKU_SHOPS}`);
    const p = only(text);
    expect([p.path, p.got, p.expected]).toEqual(['catalogue.skus', msg.gotSkuShops(MAX_SKU_SHOPS, 2), msg.expectedAtMostSkuShops(MAX_SKU_SHOPS)]);
    expect([p.line, p.column]).toEqual([lineOf(text, 'skus:'), columnOf(text, String(MAX_SKU_SHOPS))]);
  });

  it('refuses more pickers than 32-bit counters hold', () => {
    expect(only(patch(minimalText(), '    pickers: 2', `    pickers: ${2 ** 31}`)).expected).toBe(msg.expectedAtMostPickers(MAX_PICKERS));
  });

  it('refuses stock targets that would cover more units than the targets can be computed for', () => {
    const p = only(patch(minimalText(), '    ordersPerDay: 20', '    ordersPerDay: 3000000'));
    expect([p.path, p.expected]).toEqual(['replenishment', msg.expectedCoverUnits(MAX_COVER_UNITS)]);
    expect(only(patch(minimalText(), 'fillRate: 0.95', 'units: 20000000')).path).toBe('replenishment.target.units');
    expect(only(patch(patch(minimalText(), 'fillRate: 0.95', 'daysOfCover: 7000'), '    ordersPerDay: 20', '    ordersPerDay: 3000')).path).toBe('replenishment');
  });

  it('refuses rates that make the order stream run away', () => {
    expect(only(patch(minimalText(), '    ordersPerDay: 20', '    ordersPerDay: 20\n    promotions: [{ start: 1, multiplier: 1e300 }]')).path).toBe('shops[0].promotions[0].multiplier');
    expect(only(patch(minimalText(), '    ordersPerDay: 20', '    ordersPerDay: 20\n    trendPerYear: 1e300')).path).toBe('shops[0].trendPerYear');
    expect(only(patch(minimalText(), '    ordersPerDay: 20', '    ordersPerDay: 20\n    overdispersion: 1e300')).path).toBe('shops[0].overdispersion');
  });

  it('refuses onboarding probabilities that never let the application go live', () => {
    const text = withTop('transition: { start: 2026-09-14, onboarding: { lapseProbability: 1, qualification: { rejectionProbability: 1 } } }');
    expect(problemsOf(text).map((p) => p.path).sort()).toEqual(['transition.onboarding.lapseProbability', 'transition.onboarding.qualification.rejectionProbability']);
  });

  it('refuses an onboarding expected to need more than 1,000 reviews or ten years, at its largest probability (found by the fuzz suite)', () => {
    const onboarding = (o: string) => withTop(`transition: { start: 2026-09-14, onboarding: { ${o} } }`);
    // 0.99 everywhere: 3 × 100 reviews a pass, 100 passes (the fuzz case drew go-live in the year 3242)
    const all = onboarding('lapseProbability: 0.99, qualification: { rejectionProbability: 0.99 }, warehouseFit: { rejectionProbability: 0.99 }, integration: { rejectionProbability: 0.99 }');
    const p = only(all);
    expect([p.path, p.expected, p.line]).toEqual(['transition.onboarding.lapseProbability', msg.expectedOnboardingAtMost(MAX_ONBOARDING_REVIEWS, MAX_DAYS), lineOf(all, 'transition:')]);
    expect(p.got).toMatch(/^an onboarding expected to need 30,000 reviews/);
    // reviews of zero days that nearly always reject: no time passes, yet the timeline never ends
    const zero = onboarding('integration: { rejectionProbability: 0.9999, duration: 0, resubmissionDelay: 0 }');
    expect(only(zero).path).toBe('transition.onboarding.integration.rejectionProbability');
    // long reviews rejected half the time: few reviews, but go-live decades away
    expect(only(onboarding('warehouseFit: { rejectionProbability: 0.5, duration: 2000 }')).path).toBe('transition.onboarding.warehouseFit.rejectionProbability');
    // a hard onboarding, and the defaults, are fine
    for (const o of ['qualification: { rejectionProbability: 0.9 }, lapseProbability: 0.5', 'warehouseFit: { duration: 300 }', ''])
      expect(() => parseScenario(onboarding(o), 'ok.yaml')).not.toThrow();
  });
});

describe('slow studies', () => {
  it('counts the whole drain the model allows', () => {
    expect(DRAIN_ALLOWANCE_DAYS).toBe(DRAIN_CAP_DAYS);
  });

  it('warns about a catalogue that takes seconds to set up, at catalogue.skus', () => {
    const text = patch(minimalText(), '  skus: 50', '  skus: 1500000');
    const loaded = parseScenario(text, 'big.yaml');
    expect(studyWork(loaded.scenario).setupSeconds).toBeGreaterThan(SLOW_SETUP_SECONDS);
    expect(loaded.warnings).toHaveLength(1);
    expect([loaded.warnings[0].path, loaded.warnings[0].line]).toEqual(['catalogue.skus', lineOf(text, 'skus:')]);
    expect(loaded.warnings[0].message).toBe(msg.warnSlowSetup(6_000_000, 2, 6));
  });

  it('warns about replications that will take minutes, at the shops', () => {
    const text = patch(minimalText(), '    ordersPerDay: 20', '    ordersPerDay: 20000').replace('setups:\n', 'horizon: 3000\nsetups:\n');
    const loaded = parseScenario(text, 'long.yaml');
    const work = studyWork(loaded.scenario);
    expect(work.runSeconds).toBeGreaterThan(SLOW_RUN_SECONDS);
    expect(loaded.warnings.map((w) => w.path)).toEqual(['shops']);
  });

  it('counts promotions and the trend in the orders', () => {
    const flat = studyWork(parseScenario(minimalText(), 'a.yaml').scenario).orders;
    const promoted = studyWork(parseScenario(patch(minimalText(), '    ordersPerDay: 20', '    ordersPerDay: 20\n    promotions: [{ start: 0, length: 10, multiplier: 11 }]'), 'b.yaml').scenario).orders;
    expect(promoted - flat).toBeCloseTo(2 * 20 * 10 * 10, 6);
  });

  it('does not warn about the bundled studies', () => {
    expect(studyWarnings(parseScenario(minimalText(), 'a.yaml').scenario)).toEqual([]);
  });
});

describe('hostile documents', () => {
  it('refuses deep nesting before the parser recurses, at the level past the limit', () => {
    const text = `${minimalText()}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const p = only(text);
    expect(p.note).toBe(msg.yamlSyntax(msg.yamlTooDeep(MAX_NESTING)));
    expect(p.line).toBe(text.split('\n').length - 1);
    expect(tooDeep(minimalText())).toBeUndefined();
    expect(tooDeep(`a: "${'['.repeat(500)}"\n# ${'{'.repeat(500)}\n`)).toBeUndefined();
    expect(tooDeep(Array.from({ length: 150 }, (_, k) => `${' '.repeat(k)}k${k}:`).join('\n'))).toEqual({ line: 101, column: 101 });
  });

  it('finds duplicate keys, and lists at most MAX_PROBLEMS problems, quickly, in a file with 100,000 keys', () => {
    const keys = Array.from({ length: 100_000 }, (_, k) => `k${k}: ${k}`).join('\n');
    const started = performance.now();
    const problems = problemsOf(`${minimalText()}${keys}\nk7: again\n`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems).toHaveLength(1);
    expect(problems[0].note).toBe(msg.yamlSyntax('map keys must be unique'));
    const unknown = problemsOf(`${minimalText()}${keys}\n`);
    expect(unknown).toHaveLength(MAX_PROBLEMS + 1);
    expect(unknown[MAX_PROBLEMS].note).toBe(msg.moreProblems(100_000 - MAX_PROBLEMS, MAX_PROBLEMS));
  });
});
