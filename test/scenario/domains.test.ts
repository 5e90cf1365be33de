import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.js';
import { domainIssues } from '../../src/scenario/distribution-schema.js';
import { msg } from '../../src/scenario/messages.js';
import { columnOf, lineOf, minimalText, patch, problemsOf } from './support.js';

// What a distribution may draw (docs/scenario.md): times, prices, ratios never below 0,
// counts (lines per order, units per line) never below 1 unless raiseToOne says so. Each
// breach is one located problem at the parameter to change.
function only(text: string) {
  const problems = problemsOf(text);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0];
}

describe('distribution domains', () => {
  it('refuses a price normal without min, at the distribution, with the share of negative draws', () => {
    const text = patch(minimalText(), '  price: 20', '  price: { type: normal, mean: 5, sd: 20 }');
    const p = only(text);
    expect([p.path, p.got, p.expected]).toEqual(['catalogue.price.min', 'nothing', msg.expectedNormalMin(0, 'values', '40.1%')]);
    expect([p.line, p.column]).toEqual([lineOf(text, 'price:'), columnOf(text, '{ type: normal')]);
  });

  it('refuses a negative min or table value at that value', () => {
    const min = patch(minimalText(), '  price: 20', '  price: { type: normal, mean: 5, sd: 2, min: -1 }');
    const p = only(min);
    expect([p.path, p.got, p.expected]).toEqual(['catalogue.price.min', '-1', msg.expectedDomainValue(0, 'values')]);
    expect(p.column).toBe(columnOf(min, '-1'));
    const table = patch(minimalText(), '  costRatio: 0.5', '  costRatio: { type: discrete, values: [0.4, -0.2], weights: [1, 1] }');
    const q = only(table);
    expect([q.path, q.got, q.column]).toEqual(['catalogue.costRatio.values[1]', '-0.2', columnOf(table, '-0.2')]);
  });

  it('refuses a time distribution that can draw below 0', () => {
    const p = only(patch(minimalText(), '  leadTime: 7d', '  leadTime: { type: normal, mean: 7d, sd: 3 }'));
    expect([p.path, p.expected]).toEqual(['replenishment.leadTime.min', msg.expectedNormalMin(0, 'durations', '0.982%')]);
    const q = only(patch(minimalText(), '      ES: 7', '      ES: { type: discrete, values: [-1, 7], weights: [1, 1] }'));
    expect([q.path, q.got]).toEqual(['warehouses[0].transit.ES.values[0]', '-1']);
  });

  it('refuses a lognormal or gamma more variable than cv 100 or sigma 3, at the parameter (a cv of 1e300 overflowed in the run: found by the fuzz suite)', () => {
    for (const [spec, key, value] of [
      ['{ type: lognormal, mean: 7, cv: 1e300 }', 'cv', '1e300'],
      ['{ type: lognormal, mean: 7, cv: 101 }', 'cv', '101'],
      ['{ type: gamma, mean: 7, cv: 1e300 }', 'cv', '1e300'],
      ['{ type: lognormal, median: 7, sigma: 3.5 }', 'sigma', '3.5'],
    ]) {
      const text = patch(minimalText(), '  leadTime: 7d', `  leadTime: ${spec}`);
      const p = only(text);
      expect([p.path, p.line, p.column]).toEqual([`replenishment.leadTime.${key}`, lineOf(text, 'leadTime:'), columnOf(text, value)]);
    }
    for (const spec of ['{ type: lognormal, mean: 7, cv: 100 }', '{ type: gamma, mean: 7, cv: 100 }', '{ type: lognormal, median: 7, sigma: 3 }'])
      expect(() => parseScenario(patch(minimalText(), '  leadTime: 7d', `  leadTime: ${spec}`), 'ok.yaml')).not.toThrow();
  });

  it('accepts a normal with its lower bound, or with sd 0 and a mean in range', () => {
    for (const price of ['{ type: normal, mean: 5, sd: 20, min: 0 }', '{ type: normal, mean: 5, sd: 0 }', '{ type: normal, mean: -5, sd: 3, min: 0.5 }']) {
      expect(() => parseScenario(patch(minimalText(), '  price: 20', `  price: ${price}`), 'ok.yaml'), price).not.toThrow();
    }
  });

  it('refuses counts below 1 in every form, and names raiseToOne for the families that draw them', () => {
    const at = (lines: string) => only(patch(minimalText(), '  marketMix:', `  linesPerOrder: ${lines}\n  marketMix:`));
    expect([at('0').path, at('0').got]).toEqual(['demand.linesPerOrder', '0']);
    expect(at('{ type: uniform, min: 0, max: 3 }').path).toBe('demand.linesPerOrder.min');
    expect(at('{ type: discrete, values: [0, 1, 2], weights: [1, 1, 1] }').path).toBe('demand.linesPerOrder.values[0]');
    expect(at('{ type: normal, mean: 2, sd: 1 }').expected).toBe(msg.expectedNormalMin(1, 'counts', '15.9%'));
    const poisson = at('{ type: poisson, mean: 2 }');
    expect([poisson.path, poisson.got, poisson.expected]).toEqual(['demand.linesPerOrder.type', '"poisson"', msg.expectedCountFamily('poisson', '13.5%')]);
    expect(at('{ type: bernoulli, p: 0.3 }').expected).toBe(msg.expectedCountFamily('bernoulli', '70%'));
    expect(at('{ type: gamma, mean: 2, cv: 0.5 }').expected).toBe(msg.expectedCountFamily('gamma'));
  });

  it('accepts a count distribution that draws below 1 with raiseToOne: true, and drops the key', () => {
    const text = patch(minimalText(), '  marketMix:', '  unitsPerLine: { type: poisson, mean: 1.2, raiseToOne: true }\n  marketMix:');
    const { scenario } = parseScenario(text, 'ok.yaml');
    expect(scenario.setups[0].demand.unitsPerLine).toEqual({ type: 'poisson', mean: 1.2 });
  });

  it('allows raiseToOne on counts only', () => {
    const p = only(patch(minimalText(), '  price: 20', '  price: { type: poisson, mean: 2, raiseToOne: true }'));
    expect([p.path, p.got]).toEqual(['catalogue.price.raiseToOne', 'unknown key "raiseToOne"']);
  });

  it('reports a domain problem in a setup override at the override', () => {
    const text = patch(minimalText(), '    mode: merged', '    mode: merged\n    catalogue: { price: { type: normal, mean: 9, sd: 4 } }');
    const p = only(text);
    expect([p.path, p.line]).toEqual(['setups.merged.catalogue.price.min', lineOf(text, 'catalogue: { price')]);
  });

  it('never reports a value twice: a negative bare number is a field problem only', () => {
    const p = only(patch(minimalText(), '  price: 20', '  price: -3'));
    expect(p.expected).toBe('a number ≥ 0');
  });

  it('keeps the rules in one function the checks and the docs share', () => {
    expect(domainIssues({ type: 'exponential', mean: 3 }, 'days')).toEqual([]);
    expect(domainIssues({ type: 'poisson', mean: 3 }, 'number')).toEqual([]);
    expect(domainIssues({ type: 'poisson', mean: 3, raiseToOne: true }, 'count')).toEqual([]);
    expect(domainIssues({ type: 'normal', mean: 100, sd: 1 }, 'number')).toHaveLength(1);
  });
});
