import { describe, expect, it } from 'vitest';
import { MM1_LAMBDA, MM1_MU, mm1Bare, mm1Engine } from '../../bench/kernel.bench.js';
import { mean, sampleSd } from '../model/helpers/stats.js';

describe('kernel bench m/m/1 models', () => {
  it('the engine version and the bare loop draw the same numbers and agree to the bit', () => {
    const engine = mm1Engine(20_000, 7);
    const bare = mm1Bare(20_000, 7);
    expect(engine.served).toBe(20_000);
    expect(bare).toEqual(engine);
  });

  it('the mean time in system is near 1/(μ−λ) = 10 days', () => {
    // Sojourn times in a busy M/M/1 are strongly autocorrelated, so an i.i.d. interval would
    // be far too narrow. Use independent replications instead: n = 20 runs of 20,000
    // customers; pass if |mean − 10| < t(0.999, 19) · s / √n, t(0.999, 19) = 3.579 (R: qt(0.999, 19)).
    // Each run's mean is biased low by the empty start (≈ W·ρ/((1−ρ)²·N) ≈ 0.45% here, well
    // inside the half-width).
    const n = 20;
    const means = Array.from({ length: n }, (_, k) => mm1Bare(20_000, 100 + k).meanSojournDays);
    const halfWidth = (3.579 * sampleSd(means)) / Math.sqrt(n);
    expect(Math.abs(mean(means) - 1 / (MM1_MU - MM1_LAMBDA))).toBeLessThan(halfWidth);
  });
});
