import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../src/engine/index.js';
import { mean, sampleSd } from '../model/helpers/stats.js';
import { erlangC, runMmc } from './mmc-queue.js';

// M/M/3 with λ = 2.4, μ = 1 (utilisation 0.8): P(wait) = 0.6472, Wq = 1.0787, W = 2.0787.
const PARAMS = { lambda: 2.4, mu: 1, servers: 3, warmupDays: 200, horizonDays: 2200 };
const R = 30;
const SEED = 11;

describe('M/M/c against Erlang C', () => {
  // R independent replications (replication indices 0..R−1 give independent streams); each
  // yields one customer-average per measure, so the R values are i.i.d. and approximately
  // normal. The warm-up (200 days ≫ the queue's relaxation time of ~30 days at ρ = 0.8)
  // removes the empty-start bias. Each check passes when
  //   |mean − theory| < t(0.999, R − 1) · s / √R,
  // i.e. a two-sided test at level 0.002; nothing is added to the tolerance.
  const runs = Array.from({ length: R }, (_, k) => runMmc(PARAMS, SEED, k));
  const theory = erlangC(PARAMS.lambda, PARAMS.mu, PARAMS.servers);
  const halfWidth = (x: number[]) => (tQuantile(0.999, R - 1) * sampleSd(x)) / Math.sqrt(R);

  it('has the textbook closed forms', () => {
    // Kleinrock vol. 1, eq. 3.40 by hand: a = 2.4, Σ_{k<3} aᵏ/k! = 6.28, a³/3!·3/0.6 = 11.52.
    expect(theory.pWait).toBeCloseTo(11.52 / 17.8, 12);
    expect(theory.wq).toBeCloseTo(11.52 / 17.8 / 0.6, 12);
  });

  it.each([
    ['P(wait)', (r: (typeof runs)[number]) => r.waited / r.customers, theory.pWait],
    ['mean wait Wq', (r: (typeof runs)[number]) => r.sumWait / r.customers, theory.wq],
    ['mean time in system W', (r: (typeof runs)[number]) => r.sumSojourn / r.customers, theory.w],
  ] as const)('%s matches within the t interval', (_name, measure, want) => {
    const x = runs.map(measure);
    expect(Math.abs(mean(x) - want)).toBeLessThan(halfWidth(x));
  });
});
