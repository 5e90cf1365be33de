/** Every bundled scenario file loads through the real loader and runs (a 10-day horizon). */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/load.js';
import { SCENARIOS } from './helpers/scenarios.js';

const files = readdirSync(SCENARIOS).filter((f) => /\.ya?ml$/.test(f));

describe('bundled scenario files', () => {
  it('exist for the four model classes and the presets', () => {
    for (const f of ['class1-base-stock.yaml', 'class2-picking-station.yaml', 'class3-routing.yaml', 'default.yaml', 'home-garden.yaml', 'electronics.yaml', 'small-seller.yaml']) {
      expect(files).toContain(f);
    }
  });

  it.each(files)('%s loads and runs', async (file) => {
    const { scenario } = await loadScenario(resolve(SCENARIOS, file));
    const short = { ...scenario, setups: scenario.setups.map((s) => ({ ...s, warmup: 2, horizon: 10 })) };
    const out = runReplication(short, 0);
    const placed = Object.values(out.setups).map((s) => s.metrics.ordersPlaced);
    expect(placed[0]).toBeGreaterThan(0);
    expect(Object.keys(out.setups)).toEqual(scenario.setups.map((s) => s.name));
  });
});
