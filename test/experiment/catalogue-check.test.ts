import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_SHOP_TOLERANCE, emptyShopChances } from '../../src/experiment/catalogue-check.js';
import { loadStudyScenario } from '../../src/experiment/load-study-scenario.js';
import { catalogueLeavesShopEmpty, catalogueNoExclusiveShop } from '../../src/experiment/messages.js';
import { ScenarioError, parseScenario } from '../../src/scenario/index.js';
import { lineOf, minimalText, patch } from '../scenario/support.js';

// A catalogue the model would refuse in some replications — a shop dealt no SKU — is refused
// by validate, at catalogue.skus, with the share of replications it would happen in.
async function problemOf(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'poolsim-cat-')), 'study.yaml');
  writeFileSync(file, text);
  try {
    await loadStudyScenario(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return { file, p: (e as ScenarioError).problems[0] };
  }
  throw new Error('expected the scenario to be refused');
}

describe('every shop lists a SKU in every replication', () => {
  it('refuses a catalogue that leaves a shop without SKUs, with the chance', async () => {
    const text = patch(patch(minimalText(), '  skus: 50', '  skus: 1'), 'sharedSkuShare: 0.5', 'sharedSkuShare: 0');
    const { file, p } = await problemOf(text);
    expect([p.file, p.line, p.path, p.got]).toEqual([file, lineOf(text, 'skus:'), 'catalogue.skus', '1']);
    expect(p.expected).toBe(catalogueLeavesShopEmpty('unmerged', 2 / 3, 'shop-b'));
  });

  it('refuses exclusive SKUs no shop may take', async () => {
    const text = patch(minimalText(), 'sharedSkuShare: 0.5', 'sharedSkuShare: 0').replace(/ {4}ordersPerDay: (\d+)/g, '    ordersPerDay: $1\n    exclusiveSkuShare: 0');
    const { p } = await problemOf(text);
    expect([p.path, p.expected]).toEqual(['catalogue.sharedSkuShare', catalogueNoExclusiveShop('unmerged')]);
  });

  it('accepts a catalogue where every shop lists the shared SKUs, or is almost surely dealt one', () => {
    const shared = parseScenario(patch(minimalText(), '  skus: 50', '  skus: 2'), 'a.yaml').scenario.setups[0];
    expect(emptyShopChances(shared)).toEqual([0, 0]);
    const exclusive = parseScenario(patch(minimalText(), 'sharedSkuShare: 0.5', 'sharedSkuShare: 0'), 'b.yaml').scenario.setups[0];
    const [a, b] = emptyShopChances(exclusive);
    expect(a).toBeCloseTo(Math.pow(1 / 3, 50), 30);
    expect(b).toBeCloseTo(Math.pow(2 / 3, 50), 15);
    expect(b).toBeLessThan(EMPTY_SHOP_TOLERANCE);
  });
});
