/**
 * `eprBound` and `checkCompliance` agree: the SKUs of a group sold into an EPR market are bound
 * exactly when the check raises no violation for the group and no `pool-id-missing`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCompliance, eprBound } from '../../../src/model/compliance/epr-rules.js';
import { resolveSkuGroups } from '../../../src/model/compliance/sku-groups.js';
import { parseScenario } from '../../../src/scenario/index.js';
import type { Setup } from '../../../src/scenario/schema.js';
import { fixture } from './support.js';

const NAMES = readdirSync(fileURLToPath(new URL('../../fixtures/check/', import.meta.url)))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const MINIMAL = fileURLToPath(new URL('../../fixtures/minimal.yaml', import.meta.url));

describe('eprBound', () => {
  it('is null without a compliance block: no check, every SKU counts as bound', () => {
    expect(eprBound(parseScenario(readFileSync(MINIMAL, 'utf8'), 'minimal.yaml').scenario)).toBeNull();
  });

  it.each(NAMES)('%s: agrees with checkCompliance on every group sold into DE or FR', (name) => {
    const s = fixture(name);
    const bound = eprBound(s)!;
    const check = checkCompliance(s);
    const mix = s.shared.demand.marketMix!;
    const { groups, groupOf } = resolveSkuGroups(s.compliance!, s.shared.catalogue.skus!, Object.keys(mix).filter((m) => mix[m] > 0));
    expect(bound).toHaveLength(s.shared.catalogue.skus!);
    const poolMissing = check.violations.some((v) => v.rule === 'pool-id-missing');
    groups.forEach((g, gi) => {
      if (g.count === 0 || !g.markets.some((m) => s.compliance!.eprMarkets.includes(m))) return;
      const clean = !poolMissing && !check.violations.some((v) => v.group === g.id);
      for (let k = 0; k < bound.length; k++) if (groupOf[k] === gi) expect(bound[k], `${g.id} rank ${k + 1}`).toBe(clean ? 1 : 0);
    });
  });

  it('follows a setup’s own catalogue size and transition.start', () => {
    const s = fixture('epr-late-filing-fail', (t) => t.replace('  applicationDate: 2026-09-14\n', ''));
    const setup = { catalogue: { ...s.shared.catalogue, skus: 300 }, transition: { start: '2026-09-15' } as Setup['transition'] };
    const bound = eprBound(s, setup)!;
    expect(bound).toHaveLength(300);
    // home (1–100): filed 2026-09-11, 96 h before; garden takes 101–300: filed 2026-09-12 08:00 UTC, 64 h before
    expect([bound[0], bound[99], bound[100], bound[299]]).toEqual([1, 1, 0, 0]);
  });
});
