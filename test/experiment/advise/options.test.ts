import { describe, expect, it } from 'vitest';
import { classTargetsYaml } from '../../../src/experiment/advise/advice.js';
import { ABC_BANDS, nonNegativeOption, parseClasses, parseTarget } from '../../../src/experiment/advise/advise-options.js';
import { classTargetsOf } from '../../../src/experiment/advise/candidate.js';
import { ladderOf, targetAt } from '../../../src/experiment/advise/ladder.js';
import { adviseMsg } from '../../../src/experiment/advise/messages.js';
import { skuClasses } from '../../../src/experiment/advise/sku-classes.js';
import { ExperimentUsageError } from '../../../src/experiment/errors.js';
import { parseScenario } from '../../../src/scenario/load.js';
import { expectHouseStyle } from '../../helpers/house-style.js';

const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ExperimentUsageError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('advise options', () => {
  it('reads --target and names the option and the value when it is wrong', () => {
    expect(parseTarget('fillRate=0.95')).toEqual({ kind: 'target', metric: 'fillRate', value: 0.95 });
    expect(parseTarget(' onTimeRate = .9 ')).toEqual({ kind: 'target', metric: 'onTimeRate', value: 0.9 });
    for (const bad of ['fillRate=1', 'fillRate=0', 'fill=0.9', 'fillRate=95%', 'fillRate']) expect(message(() => parseTarget(bad))).toBe(adviseMsg.badTarget(bad));
  });

  it('reads --classes: abc, sku, or bands that add up to 1', () => {
    expect(parseClasses('abc')).toEqual({ kind: 'bands', bands: ABC_BANDS });
    expect(parseClasses('sku')).toEqual({ kind: 'sku' });
    expect(parseClasses('fast=0.7,slow=0.3')).toEqual({ kind: 'bands', bands: [{ name: 'fast', share: 0.7 }, { name: 'slow', share: 0.3 }] });
    expect(message(() => parseClasses('A=0.8,B=0.1'))).toBe(adviseMsg.badClasses('A=0.8,B=0.1', adviseMsg.classesShares(0.9)));
    expect(message(() => parseClasses('A=x'))).toBe(adviseMsg.badClasses('A=x', adviseMsg.classesShare('A', 'x')));
    expect(message(() => parseClasses('A=0.5,A=0.5'))).toBe(adviseMsg.badClasses('A=0.5,A=0.5', adviseMsg.classesRepeated('A')));
    expect(message(() => parseClasses('a b=1'))).toBe(adviseMsg.badClasses('a b=1', adviseMsg.classesName('a b')));
    expect(message(() => nonNegativeOption('--holding-rate', -1))).toBe(adviseMsg.badNumber('--holding-rate', -1, 'a number ≥ 0'));
  });
});

describe('SKU classes', () => {
  it('bands by share of demand: the SKU that crosses a boundary belongs to the band below it', () => {
    const zipf = Array.from({ length: 10 }, (_, k) => 1 / (k + 1)); // total 2.929
    const c = skuClasses(zipf, parseClasses('abc'));
    expect(c.map((x) => [x.name, x.ranks])).toEqual([
      ['A', [1, 6]],
      ['B', [7, 9]],
      ['C', [10, 10]],
    ]);
    expect(c.reduce((s, x) => s + x.demandShare, 0)).toBeCloseTo(1, 12);
    expect(c[0].demandShare).toBeGreaterThanOrEqual(0.8);
    expect(c[0].demandShare - zipf[5] / zipf.reduce((a, b) => a + b, 0)).toBeLessThan(0.8);
  });
  it('drops a band left without SKUs, and gives one class per SKU with sku', () => {
    expect(skuClasses([5, 1], parseClasses('abc')).map((x) => x.name)).toEqual(['A', 'B']);
    expect(skuClasses([2, 1], { kind: 'sku' }).map((x) => [x.name, x.ranks])).toEqual([
      ['#1', [1, 1]],
      ['#2', [2, 2]],
    ]);
  });
});

describe('ladders', () => {
  it('are increasing and give values the scenario accepts', () => {
    for (const knob of ['fillRate', 'daysOfCover'] as const) {
      const l = ladderOf(knob);
      for (let i = 1; i < l.size; i++) expect(l.value(i)).toBeGreaterThan(l.value(i - 1));
      const classes = [{ name: 'A', ranks: [1, 3] as [number, number], demandShare: 1 }];
      for (const i of [0, l.size - 1]) {
        const yaml = `name: x\nbaseline: merged\nmarkets: [{ id: ES, promise: 9 }]\nwarehouses: [{ id: W, pickers: 1, pickTime: 1m, transit: { ES: 3 } }]\nshops: [{ id: s, ordersPerDay: 5, warehouse: W }]\ncatalogue: { skus: 3, sharedSkuShare: 0, price: 5, costRatio: 0.5 }\ndemand: { marketMix: { ES: 1 } }\nreplenishment:\n  leadTime: 3\n  target: { units: 1 }\n  ${classTargetsYaml(classTargetsOf(classes, l, [i])).replace('\n', '\n  ')}\nsetups: { merged: { mode: merged } }\n`;
        expect(parseScenario(yaml, 'x.yaml').scenario.shared.replenishment.classTargets![0].target).toEqual(targetAt(l, i));
      }
    }
    expect(ladderOf('fillRate').value(ladderOf('fillRate').rungOf(0.9))).toBeCloseTo(0.9, 2);
    expect(ladderOf('units').coarseStep(40)).toBe(8);
    expect(ladderOf('units').coarseStep(2)).toBe(1);
  });
});

describe('advise message catalogue', () => {
  const SAMPLES: Record<keyof typeof adviseMsg, unknown[]> = {
    badTarget: ['fillRate=2'],
    badClasses: ['A=1,B=1', 'why'],
    classesShares: [2],
    classesName: ['a b'],
    classesShare: ['A', 'x'],
    classesRepeated: ['A'],
    tooManySkus: [400, 100],
    badNumber: ['--holding-rate', -1, 'a number ≥ 0'],
    unknownSetup: ['x', 'merged, unmerged'],
    noSetup: [],
    targetAndObjective: ['netMargin'],
    conservativeNeedsReps: [],
    conservativeNeedsTarget: [],
    outExists: ['advice.json'],
    unreachable: ['fillRate', 0.99, 0.97],
    searchFailed: [3, 1, 'boom'],
    interrupted: [],
    budgetNothing: [200],
    budget: [200],
  };
  it.each(Object.keys(adviseMsg) as Array<keyof typeof adviseMsg>)('%s: house style', (id) => {
    expectHouseStyle((adviseMsg[id] as (...a: unknown[]) => string)(...SAMPLES[id]));
  });
});
