import { describe, expect, it } from 'vitest';
import { formatStats, runFuzz } from './scenario-fuzz.js';

// Hostile and absurd scenario files (docs/fuzz.md): every generated case either gives located
// errors (exit 2 in the CLI) or is accepted and runs a short study with sane figures; none
// crashes, hangs or comes out absurd. `npm test` runs 10⁴ cases, `npm run fuzz` 10⁵
// (POOLSIM_FUZZ_CASES, POOLSIM_FUZZ_SEED choose others).
const CASES = Number(process.env.POOLSIM_FUZZ_CASES ?? (process.env.npm_lifecycle_event === 'fuzz' ? 100_000 : 10_000));
const SEED = Number(process.env.POOLSIM_FUZZ_SEED ?? 20_261_207);

describe('scenario fuzz', () => {
  it(`${CASES} cases: located errors or a sane short study, never a crash, a hang or an absurd result`, { timeout: Math.max(300_000, CASES * 60) }, async () => {
    const stats = await runFuzz({
      cases: CASES,
      seed: SEED,
      cliEvery: CASES >= 50_000 ? 1000 : 500,
      onProgress: process.env.POOLSIM_FUZZ_PROGRESS || process.env.npm_lifecycle_event === 'fuzz' ? (s) => process.stderr.write(`fuzz: ${s.cases} cases, ${s.seconds.toFixed(0)} s\n`) : undefined,
    });
    console.log(formatStats(stats));
    expect(stats.cases).toBe(CASES);
    expect(stats.located + stats.ran + stats.slow + stats.crashes + stats.hangs + stats.absurd).toBe(CASES);
    expect({ crashes: stats.crashes, hangs: stats.hangs, absurd: stats.absurd, cliBroken: stats.cliBroken }, formatStats(stats)).toEqual({ crashes: 0, hangs: 0, absurd: 0, cliBroken: 0 });
    // the generators reach both sides: most cases are refused, some are accepted and run
    expect(stats.located).toBeGreaterThan(CASES / 2);
    expect(stats.ran).toBeGreaterThan(CASES / 100);
  });
});
