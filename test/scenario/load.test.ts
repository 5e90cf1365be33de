import { describe, expect, it } from 'vitest';
import { ScenarioError, formatProblem, parseScenario } from '../../src/scenario/index.js';
import { msg } from '../../src/scenario/messages.js';
import { columnOf, lineOf, minimalText, oneProblem, patch, problemsOf } from './support.js';

describe('parseScenario: a valid file', () => {
  it('loads the minimal fixture with defaults applied and setups in file order', () => {
    const { scenario, sha256 } = parseScenario(minimalText(), 'minimal.yaml');
    expect(scenario.name).toBe('minimal');
    expect(scenario.setups.map((s) => s.name)).toEqual(['unmerged', 'merged']);
    expect(scenario.setups.map((s) => s.mode)).toEqual(['unmerged', 'merged']);
    expect(scenario.baseline).toBe('unmerged');
    expect(scenario.replications).toBe(10);
    const hz = scenario.setups[0].warehouses[0];
    expect(hz.kind).toBe('platform');
    expect(hz.pickTime).toEqual({ type: 'constant', value: 1 / 48 }); // "30m" in days
    expect(hz.transit.ES).toEqual({ type: 'constant', value: 7 });
    expect(scenario.setups[0].replenishment.leadTime).toEqual({ type: 'constant', value: 7 });
    expect(scenario.shared.allocation.router).toBe('single-first');
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps setup order from the file even for names that look like numbers', () => {
    const text = patch(minimalText(), '  unmerged:\n    mode: unmerged', '  "2":\n    mode: unmerged');
    const { scenario } = parseScenario(patch(text, 'name: minimal', 'name: minimal\nbaseline: "2"'), 't.yaml');
    expect(scenario.setups.map((s) => s.name)).toEqual(['2', 'merged']);
  });
});

describe('parseScenario: every problem at once, with its line', () => {
  // Three different mistakes: a misspelt optional key, a negative count, a bad duration.
  const text = [
    'name: three mistakes', //                1
    'markets:', //                            2
    '  - id: ES', //                          3
    '    promise: 10 days', //                4  bad duration
    'warehouses:', //                         5
    '  - id: HZ', //                          6
    '    pickers: 2', //                      7
    '    pickTime: 30m', //                   8
    '    handovr: 1h', //                     9  typo of "handover"
    '    transit: {ES: 7}', //               10
    '  - id: DG', //                         11
    '    pickers: -2', //                    12  negative
    '    pickTime: 30m', //                  13
    '    transit: {ES: 6}', //               14
    'shops:',
    '  - {id: a, ordersPerDay: 5, warehouse: HZ}',
    'catalogue: {skus: 10, sharedSkuShare: 0.5, price: 20, costRatio: 0.5}',
    'demand: {marketMix: {ES: 1}}',
    'replenishment: {leadTime: 7, target: {fillRate: 0.9}}',
    'setups:',
    '  unmerged: {mode: unmerged}',
    '',
  ].join('\n');

  it('reports all three, in file order, with line, column, path, value and expectation', () => {
    const problems = problemsOf(text, 'three.yaml');
    expect(problems.map((p) => [p.line, p.column, p.path])).toEqual([
      [4, 14, 'markets[0].promise'],
      [9, 5, 'warehouses[0].handovr'],
      [12, 14, 'warehouses[1].pickers'],
    ]);
    expect(problems[0].got).toBe('"10 days"');
    expect(problems[0].expected).toMatch(/duration/);
    expect(problems[1].got).toBe(msg.gotUnknownKey('handovr'));
    expect(problems[1].expected).toBe(msg.expectedDidYouMean('handover'));
    expect(problems[2].got).toBe('-2');
    expect(problems[2].expected).toBe('an integer > 0');
    expect(problems.every((p) => p.file === 'three.yaml')).toBe(true);
  });

  it('formats them compiler style, one line each', () => {
    try {
      parseScenario(text, 'three.yaml');
      expect.unreachable();
    } catch (e) {
      const lines = (e as ScenarioError).message.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[2]).toBe('three.yaml:12:14  warehouses[1].pickers  got -2, expected an integer > 0');
      expect(lines).toEqual((e as ScenarioError).problems.map(formatProblem));
    }
  });
});

describe('parseScenario: how each kind of issue is explained', () => {
  it('points a missing required field at its parent object', () => {
    const text = patch(minimalText(), '    pickers: 2\n', '');
    const p = oneProblem(text);
    expect(p.path).toBe('warehouses[0].pickers');
    expect(p.line).toBe(lineOf(text, '- id: HZ'));
    expect(p.got).toBe('nothing');
    expect(p.expected).toBe(msg.expectedRequired('an integer > 0'));
  });

  it('points an unknown key at the key, with a close suggestion', () => {
    const text = patch(minimalText(), '  skus: 50', '  skus: 50\n  zipfExponnent: 1');
    const p = oneProblem(text);
    expect([p.line, p.column, p.path]).toEqual([lineOf(text, 'zipfExponnent'), 3, 'catalogue.zipfExponnent']);
    expect(p.expected).toBe(msg.expectedDidYouMean('zipfExponent'));
  });

  it('does not also report a required field as missing when a misspelling explains it', () => {
    const text = patch(minimalText(), '    pickers: 2', '    pickres: 2');
    const p = oneProblem(text);
    expect([p.line, p.path, p.expected]).toEqual([lineOf(text, 'pickres'), 'warehouses[0].pickres', msg.expectedDidYouMean('pickers')]);
    const top = oneProblem(patch(minimalText(), 'replenishment:', 'replenishmnt:'));
    expect(top.path).toBe('replenishmnt');
  });

  it('lists the known keys when no key is close', () => {
    const p = oneProblem(patch(minimalText(), '    promise: 10', '    promise: 10\n    colour: red'));
    expect(p.expected).toBe(msg.expectedOneOfKeys(['id', 'promise', 'localReturnWarehouse', 'returnTransit']));
  });

  it('suggests enum values and category keys', () => {
    const router = oneProblem(patch(minimalText(), 'demand:', 'allocation:\n  router: nearset\ndemand:'));
    expect(router.expected).toBe(msg.expectedOneOfDidYouMean(['single-first', 'nearest'], 'nearest'));
    const category = oneProblem(patch(minimalText(), '  skus: 50', '  skus: 50\n  categoryMix: {apparell: 1}'));
    expect(category.path).toBe('catalogue.categoryMix.apparell');
    expect(category.expected).toBe(msg.expectedDidYouMean('apparel'));
  });

  it('reports a distribution object by its own option, not every alternative', () => {
    const bounds = oneProblem(patch(minimalText(), 'pickTime: 30m', 'pickTime: {type: uniform, min: 2h, max: 1h}'));
    expect([bounds.path, bounds.got, bounds.expected]).toEqual(['warehouses[0].pickTime.max', '"1h"', 'min ≤ max']);
    const type = oneProblem(patch(minimalText(), 'pickTime: 30m', 'pickTime: {type: expo, mean: 1h}'));
    expect(type.path).toBe('warehouses[0].pickTime.type');
    expect(type.expected).toMatch(/did you mean "exponential"\?$/);
    const extra = oneProblem(patch(minimalText(), 'pickTime: 30m', 'pickTime: {type: exponential, mean: 1h, sd: 1}'));
    expect([extra.path, extra.expected]).toEqual(['warehouses[0].pickTime.sd', msg.expectedOneOfKeys(['type', 'mean'])]);
    const lognormal = oneProblem(patch(minimalText(), 'pickTime: 30m', 'pickTime: {type: lognormal, mean: 1h}'));
    expect(lognormal.expected).toBe('either mean and cv, or median and sigma');
  });

  it('reports a value of the wrong type against what the field accepts', () => {
    const p = oneProblem(patch(minimalText(), 'pickTime: 30m', 'pickTime: [1, 2]'));
    expect(p.got).toBe('[1, 2]');
    expect(p.expected).toMatch(/^a distribution/);
    const seed = oneProblem(patch(minimalText(), 'name: minimal', 'name: minimal\nseed: 1.5'));
    expect(seed.expected).toBe('an integer');
  });

  it('says what a number inside a distribution must be', () => {
    const p = oneProblem(patch(minimalText(), '  price: 20', '  price: -3'));
    expect([p.path, p.got, p.expected]).toEqual(['catalogue.price', '-3', 'a number ≥ 0']);
  });

  it('names every form of a one-of setting for a near miss of its word form', () => {
    const p = oneProblem(patch(minimalText(), '  leadTime: 7d', '  leadTime: 7d\n  review: continous'));
    expect(p.expected).toBe(msg.expectedFormsDidYouMean('"continuous" or {period: …}', 'continuous'));
  });

  it('picks the closest option of a one-of setting', () => {
    const target = oneProblem(patch(minimalText(), 'fillRate: 0.95', 'fillRate: 1.5'));
    expect([target.path, target.expected]).toEqual(['replenishment.target.fillRate', 'a number > 0 and < 1']);
    const units = oneProblem(patch(minimalText(), 'fillRate: 0.95', 'units: 2.5'));
    expect(units.path).toBe('replenishment.target.units');
  });

  it('reports an empty document, and a list at the top level', () => {
    for (const text of ['', '# nothing here\n', '- 1\n- 2\n']) {
      const p = oneProblem(text);
      expect([p.line, p.column, p.expected]).toEqual([1, 1, msg.expectedTopLevel()]);
    }
  });

  it('reports YAML syntax errors and duplicate keys with line and column', () => {
    const dup = patch(minimalText(), '  skus: 50', '  skus: 50\n  skus: 60');
    const p = oneProblem(dup);
    expect([p.line, p.column]).toEqual([lineOf(dup, 'skus: 60'), 3]);
    expect(p.note).toMatch(/^yaml syntax error: map keys must be unique/);
    const bad = patch(minimalText(), '  price: 20', '  price: [20');
    const q = problemsOf(bad)[0];
    expect(q.line).toBeGreaterThanOrEqual(lineOf(bad, 'price: [20'));
    expect(q.note).toMatch(/^yaml syntax error: /);
    expect(formatProblem(q)).not.toContain('\n');
  });

  it('reads JSON with line numbers too', () => {
    const json = [
      '{',
      '  "name": "json",',
      '  "markets": [{"id": "ES", "promise": 10}],',
      '  "warehouses": [{"id": "HZ", "pickers": 0, "pickTime": "30m", "transit": {"ES": 7}}],',
      '  "shops": [{"id": "a", "ordersPerDay": 5, "warehouse": "HZ"}],',
      '  "catalogue": {"skus": 10, "sharedSkuShare": 0.5, "price": 20, "costRatio": 0.5},',
      '  "demand": {"marketMix": {"ES": 1}},',
      '  "replenishment": {"leadTime": 7, "target": {"fillRate": 0.9}},',
      '  "setups": {"unmerged": {"mode": "unmerged"}}',
      '}',
    ].join('\n');
    const p = oneProblem(json);
    expect([p.line, p.column, p.path]).toEqual([4, columnOf(json, '0, "pickTime"'), 'warehouses[0].pickers']);
    expect(parseScenario(json.replace('"pickers": 0', '"pickers": 1'), 'x.json').scenario.setups).toHaveLength(1);
  });
});

describe('parseScenario: setups', () => {
  const withMerged = (block: string) => patch(minimalText(), '  merged:\n    mode: merged\n', `  merged:\n    mode: merged\n${block}`);

  it('deep-merges a setup over the shared settings: groups key by key, distributions whole', () => {
    const text = withMerged(
      ['    allocation:', '      router: nearest', '    warehouses:', '      - id: HZ', '        pickers: 5', '        pickTime: {type: exponential, mean: 20m}', '        transit: {ES: 6}', ''].join('\n'),
    );
    const text2 = patch(text, 'name: minimal', 'name: minimal\nallocation:\n  deadline: 3');
    const { scenario } = parseScenario(text2, 't.yaml');
    const [unmerged, merged] = scenario.setups;
    expect(unmerged.allocation.router).toBe('single-first');
    expect(merged.allocation.router).toBe('nearest');
    expect(merged.allocation.deadline).toBe(3); // kept from the shared block
    expect(merged.warehouses[0].pickers).toBe(5);
    expect(merged.warehouses[0].pickTime).toEqual({ type: 'exponential', mean: 20 / 1440 }); // "20m"
    expect(unmerged.warehouses[0].pickers).toBe(2);
  });

  it('replaces a distribution whole, so a setup can change its type', () => {
    const text = patch(minimalText(), '  leadTime: 7d', '  leadTime: {type: uniform, min: 5, max: 9}');
    const { scenario } = parseScenario(withMerged('    replenishment:\n      leadTime: {type: gamma, mean: 7, cv: 0.3}\n').replace('  leadTime: 7d', '  leadTime: {type: uniform, min: 5, max: 9}'), 't.yaml');
    expect(scenario.setups[1].replenishment.leadTime).toEqual({ type: 'gamma', mean: 7, cv: 0.3 });
    expect(parseScenario(text, 't.yaml').scenario.setups[1].replenishment.leadTime.type).toBe('uniform');
  });

  it('reports a bad override at the setup’s line, with the setup in the path', () => {
    const text = withMerged('    allocation:\n      router: nearset\n');
    const p = oneProblem(text);
    expect([p.line, p.path]).toEqual([lineOf(text, 'router: nearset'), 'setups.merged.allocation.router']);
    expect(p.expected).toBe(msg.expectedOneOfDidYouMean(['single-first', 'nearest'], 'nearest'));
  });

  it('reports a shared problem once, at the shared line, however many setups see it', () => {
    const text = patch(minimalText(), '    pickers: 2', '    pickers: 0');
    const p = oneProblem(text);
    expect([p.line, p.path]).toEqual([lineOf(text, 'pickers: 0'), 'warehouses[0].pickers']);
  });

  it('reports a missing field of a replaced list at the setup', () => {
    const text = withMerged('    warehouses:\n      - id: HZ\n        pickTime: 1h\n        transit: {ES: 7}\n');
    const p = oneProblem(text);
    expect([p.line, p.path]).toEqual([lineOf(text, '      - id: HZ'), 'setups.merged.warehouses[0].pickers']);
  });

  it('rejects unknown and scenario-wide keys in a setup block', () => {
    const text = withMerged('    allocaton:\n      router: nearest\n    seed: 4\n');
    const [typo, wide] = problemsOf(text);
    expect([typo.path, typo.line, typo.expected]).toEqual(['setups.merged.allocaton', lineOf(text, 'allocaton'), msg.expectedDidYouMean('allocation')]);
    expect([wide.path, wide.got]).toEqual(['setups.merged.seed', msg.gotScenarioWideKey('seed')]);
  });

  it('checks the setup’s mode and name', () => {
    const mode = oneProblem(patch(minimalText(), 'mode: unmerged', 'mode: unmergd'));
    expect([mode.path, mode.expected]).toEqual(['setups.unmerged.mode', msg.expectedOneOfDidYouMean(['merged', 'unmerged'], 'unmerged')]);
    const name = oneProblem(patch(patch(minimalText(), '  unmerged:', '  "two words":'), 'name: minimal', 'name: minimal\nbaseline: merged'));
    expect([name.path, name.got]).toEqual(['setups["two words"]', msg.gotKey('two words')]);
  });

  it('requires the baseline to name a setup', () => {
    const text = patch(minimalText(), 'name: minimal', 'name: minimal\nbaseline: merge');
    const p = oneProblem(text);
    expect([p.line, p.path]).toEqual([lineOf(text, 'baseline: merge'), 'baseline']);
    expect(p.expected).toBe(msg.expectedSetupNameDidYouMean(['unmerged', 'merged'], 'merged'));
    const implicit = oneProblem(patch(minimalText(), '  unmerged:\n    mode: unmerged\n', '  separate:\n    mode: unmerged\n'));
    expect(implicit.got).toBe(msg.gotDefault('"unmerged"'));
  });
});

describe('parseScenario: cross-references', () => {
  it('checks that shops name a warehouse', () => {
    const text = patch(minimalText(), '    warehouse: HZ\n  - id: shop-b', '    warehouse: HX\n  - id: shop-b');
    const p = oneProblem(text);
    expect([p.line, p.path, p.got]).toEqual([lineOf(text, 'warehouse: HX'), 'shops[0].warehouse', '"HX"']);
    expect(p.expected).toBe(msg.expectedIdOfDidYouMean('warehouse', ['HZ'], 'HZ'));
  });

  it('checks that the market mix names markets', () => {
    const text = patch(minimalText(), '    ES: 1', '    ES: 1\n    FR: 1');
    const p = oneProblem(text);
    expect([p.line, p.column, p.path, p.got]).toEqual([lineOf(text, 'FR: 1'), 5, 'demand.marketMix.FR', msg.gotUnknownMarket('FR')]);
  });

  it('checks that every warehouse reaches every market in the mix', () => {
    const text = patch(patch(minimalText(), '    ES: 1', '    ES: 1\n    FR: 1'), '    promise: 10', '    promise: 10\n  - id: FR\n    promise: 12');
    const p = oneProblem(text);
    expect([p.line, p.path, p.got]).toEqual([lineOf(text, 'ES: 7'), 'warehouses[0].transit', msg.gotMissingTransit(['FR'])]);
    const zero = patch(text, '    FR: 1', '    FR: 0'); // a market nobody orders from needs no transit
    expect(parseScenario(zero, 't.yaml').scenario.setups).toHaveLength(2);
  });

  it('checks that ids are unique', () => {
    const text = patch(minimalText(), '  - id: shop-b', '  - id: shop-a');
    const p = oneProblem(text);
    expect([p.path, p.got, p.expected]).toEqual(['shops[1].id', msg.gotDuplicateId('shop-a'), msg.expectedUniqueId('shop', 'shops[0]')]);
  });

  it('checks that the pool uses platform warehouses', () => {
    const text = patch(
      minimalText(),
      'shops:',
      '  - id: OWN\n    kind: seller\n    pickers: 1\n    pickTime: 1h\n    transit: {ES: 12}\nallocation:\n  warehouses: [HZ, OWN]\nshops:',
    );
    const p = oneProblem(text);
    expect([p.path, p.got]).toEqual(['allocation.warehouses[1]', msg.gotSellerWarehouse('OWN')]);
  });

  it('reports reference mistakes together with field mistakes', () => {
    let text = patch(minimalText(), '    pickers: 2', '    pickers: -1');
    text = patch(text, '    warehouse: HZ\n  - id: shop-b', '    warehouse: HX\n  - id: shop-b');
    text = patch(text, '    ES: 1', '    ES: 1\n    FR: 1');
    expect(problemsOf(text).map((p) => [p.line, p.path])).toEqual([
      [lineOf(text, 'pickers: -1'), 'warehouses[0].pickers'],
      [lineOf(text, 'warehouse: HX'), 'shops[0].warehouse'],
      [lineOf(text, 'FR: 1'), 'demand.marketMix.FR'],
    ]);
  });

  it('requires a positive weight in the market mix', () => {
    const p = oneProblem(patch(minimalText(), '    ES: 1', '    ES: 0'));
    expect([p.path, p.got]).toEqual(['demand.marketMix', msg.gotNoPositiveWeight()]);
  });
});
