import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/model/catalogue/catalogue.js';
import { setupInputs } from '../../../src/model/replication.js';
import { skuTarget } from '../../../src/model/stock-classes/class-targets.js';
import { ScenarioError } from '../../../src/scenario/errors.js';
import { parseScenario } from '../../../src/scenario/load.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const MINIMAL = parse(readFileSync(resolve(__dirname, '../../fixtures/minimal.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;

function withClasses(classTargets: unknown) {
  const raw = { ...MINIMAL, replenishment: { ...MINIMAL.replenishment, target: { units: 3 }, classTargets } };
  return parseScenario(stringify(raw), 'classes.yaml').scenario;
}

describe('replenishment.classTargets', () => {
  const classes = [
    { ranks: [11, 20] as [number, number], target: { units: 9 } },
    { ranks: [1, 10] as [number, number], target: { daysOfCover: 30 } },
  ];
  const r = withClasses(classes).shared.replenishment;

  it('gives each SKU its class target, and replenishment.target outside every class', () => {
    expect(skuTarget(r, 0)).toEqual({ daysOfCover: 30 });
    expect(skuTarget(r, 9)).toEqual({ daysOfCover: 30 });
    expect(skuTarget(r, 10)).toEqual({ units: 9 });
    expect(skuTarget(r, 19)).toEqual({ units: 9 });
    expect(skuTarget(r, 20)).toEqual({ units: 3 });
    expect(skuTarget({ ...r, classTargets: undefined }, 0)).toEqual({ units: 3 });
  });

  it('sets the stock points of both modes: shops and pool', () => {
    const s = withClasses([{ ranks: [1, 5], target: { units: 7 } }]);
    for (const setup of s.setups) {
      const { model } = setupInputs(s, setup, 0, 0);
      const st = model.stock;
      for (let sp = 0; sp < st.size; sp++) {
        if (st.orderUpTo[sp] === 0 && setup.mode === 'merged') continue; // no placement share here
        expect(st.reorderLevel[sp], `${setup.name} sku ${st.sku[sp]}`).toBe(st.sku[sp] < 5 ? 7 : 3);
      }
      // merged: the shops' own stock migrates, each at its class level
      if (setup.mode === 'merged') {
        const cat = buildCatalogue(setup, s.seed, 0);
        let expected = 0;
        for (let i = 0; i < cat.shopCount; i++) for (const k of cat.shopSkus[i]) expected += k < 5 ? 7 : 3;
        expect(model.migratedUnits).toBe(expected);
      }
    }
  });

  it('refuses overlapping classes and backwards ranks, at the field', () => {
    const problems = (c: unknown) => {
      try {
        withClasses(c);
        return [];
      } catch (e) {
        return (e as ScenarioError).problems.map((p) => `${p.path}  ${p.expected}`);
      }
    };
    expect(problems([{ ranks: [1, 10], target: { units: 1 } }, { ranks: [10, 12], target: { units: 1 } }])).toEqual([
      'replenishment.classTargets[1].ranks  ranks no earlier class holds (class 0 holds [1, 10])',
    ]);
    expect(problems([{ ranks: [5, 2], target: { units: 1 } }])).toEqual(['replenishment.classTargets[0].ranks  [first, last] with first ≤ last']);
  });
});
