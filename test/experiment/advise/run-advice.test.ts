import { afterEach, describe, expect, it } from 'vitest';
import { SearchFailedError, SearchInterruptedError } from '../../../src/experiment/advise/evaluator.js';
import { ladderOf } from '../../../src/experiment/advise/ladder.js';
import { advisedSetup, runAdvice, startRungs } from '../../../src/experiment/advise/run-advice.js';
import { ExperimentUsageError } from '../../../src/experiment/errors.js';
import { loadStudyScenario } from '../../../src/experiment/load-study-scenario.js';
import { Interrupt } from '../../../src/experiment/run/interrupt.js';
import { newsvendorFile } from './newsvendor.js';

const file = newsvendorFile({ rate: 2, leadTime: 5, horizon: 300, skus: 3, zipf: 1 });
const ONE = { kind: 'bands' as const, bands: [{ name: 'all', share: 1 }] };
const base = { file, knob: 'units' as const, objective: { kind: 'cost' as const }, classes: ONE, reps: 2, workers: 1, compare: false };

afterEach(() => {
  delete process.env.POOLSIM_FAIL_REP;
});

describe('runAdvice', () => {
  it('advises on the first merged setup unless told, and refuses a setup the scenario lacks', async () => {
    const s = (await loadStudyScenario(file)).scenario;
    expect(advisedSetup(s).name).toBe('merged');
    expect(advisedSetup(s, 'unmerged').name).toBe('unmerged');
    expect(() => advisedSetup(s, 'pool')).toThrow(ExperimentUsageError);
  });

  it('starts from the scenario’s own target when it has the knob’s form, else from the documented defaults', async () => {
    const s = (await loadStudyScenario(file)).scenario;
    const setup = advisedSetup(s);
    const classes = [{ name: 'all', ranks: [1, 3] as [number, number], demandShare: 1 }];
    const none = () => ({ sku: new Int32Array(), level: new Int32Array() });
    expect(startRungs(setup, ladderOf('units'), classes, none)).toEqual([1]); // target: { units: 1 }
    expect(ladderOf('fillRate').value(startRungs(setup, ladderOf('fillRate'), classes, none)[0])).toBeCloseTo(0.9, 2);
    expect(ladderOf('daysOfCover').value(startRungs(setup, ladderOf('daysOfCover'), classes, none)[0])).toBe(5); // the lead time
  });

  it('stops at once on Ctrl-C, and reports a failing replication with its index', async () => {
    const interrupt = new Interrupt();
    await expect(runAdvice({ ...base, interrupt, progress: { candidate: () => interrupt.request() } })).rejects.toBeInstanceOf(SearchInterruptedError);
    process.env.POOLSIM_FAIL_REP = '1';
    const failed = await runAdvice(base).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(SearchFailedError);
    expect((failed as SearchFailedError).failure.replication).toBe(1);
  }, 60_000);

  it('runs with a search-badge uplift elsewhere in the study on the study’s own order stream', async () => {
    const { advice } = await runAdvice({
      ...base,
      set: { 'setups.unmerged.platform.searchBadgeOrderUplift': 0.2 },
      compare: true,
      objective: { kind: 'target', metric: 'fillRate', value: 0.8 },
    });
    // the merged figures of the comparison run (every setup) are the search's, to the last digit
    expect(advice.comparison!.setups.merged.fillRate!.mean).toBe(advice.achieved.fillRate.mean);
    expect(advice.comparison!.setups.merged.netMargin!.mean).toBe(advice.achieved.netMargin.mean);
  }, 60_000);
});
