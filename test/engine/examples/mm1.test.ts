import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../../src/engine/index.js';
import { mm1 } from './mm1.js';

describe('docs/engine.md M/M/1 example', () => {
  it('is quoted verbatim in docs/engine.md', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/engine.md'), 'utf8');
    const source = readFileSync(resolve(__dirname, 'mm1.ts'), 'utf8');
    expect(doc).toContain(source.trim());
  });

  it('is deterministic', () => {
    expect(mm1(5000, 7)).toBe(mm1(5000, 7));
  });

  // R seeds, 50 000 customers each (the empty start relaxes within ~20 customers at ρ = 0.8,
  // so its bias is negligible); pass when |mean − 5| < t(0.999, R − 1)·s/√R.
  it('gives the textbook mean time in system 1/(μ − λ) = 5 days', () => {
    const R = 20;
    const x = Array.from({ length: R }, (_, k) => mm1(50_000, k + 1));
    const m = x.reduce((a, b) => a + b, 0) / R;
    const s = Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (R - 1));
    expect(Math.abs(m - 5)).toBeLessThan((tQuantile(0.999, R - 1) * s) / Math.sqrt(R));
  });
});
