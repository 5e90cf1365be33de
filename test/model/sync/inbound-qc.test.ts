/**
 * Inbound QC (src/model/sync/inbound-qc.ts): the acceptance-sampling rejection probability
 * against the binomial sum, and the share of batches rejected against it within its sampling
 * error.
 */
import { describe, expect, it } from 'vitest';
import { substream } from '../../../src/engine/index.js';
import { InboundQc, rejectionProbability } from '../../../src/model/sync/inbound-qc.js';
import { inboundQc } from '../../../src/scenario/sync-schema.js';

function binomialAccept(n: number, p: number, c: number): number {
  let choose = 1;
  let sum = 0;
  for (let k = 0; k <= Math.min(c, n); k++) {
    if (k > 0) choose = (choose * (n - k + 1)) / k;
    sum += choose * p ** k * (1 - p) ** (n - k);
  }
  return sum;
}

describe('rejectionProbability', () => {
  it.each([
    [13, 0.02, 0],
    [13, 0.04, 1],
    [13, 0.04, 2],
    [50, 0.1, 5],
    [8, 0.5, 3],
  ])('n = %d, p = %d, c = %d equals 1 − the binomial sum', (n, p, c) => {
    expect(rejectionProbability(n, p, c)).toBeCloseTo(1 - binomialAccept(n, p, c), 14);
  });

  it('is 0 when the sample cannot hold more than c defects, or nothing is defective; 1 when every unit is', () => {
    expect(rejectionProbability(3, 0.5, 3)).toBe(0);
    expect(rejectionProbability(13, 0, 0)).toBe(0);
    expect(rejectionProbability(13, 1, 2)).toBe(1);
  });
});

describe('InboundQc', () => {
  const defect = Float64Array.from([0.04]);
  it('rejects the share of batches the formula gives, within 4 binomial standard errors', () => {
    const qc = new InboundQc({ settings: inboundQc.parse({ sampleSize: 13, acceptNumber: 1 }), inspects: Uint8Array.from([1]), defectRate: defect }, substream(7, 0, 'qc-test'));
    const n = 200_000;
    let rejected = 0;
    for (let i = 0; i < n; i++) if (qc.rejects(0, 0, 40)) rejected++;
    const p = rejectionProbability(13, 0.04, 1);
    expect(Math.abs(rejected / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });

  it('inspects the whole batch when it is smaller than the sample, and nothing at a seller warehouse', () => {
    const draws: number[] = [];
    const rng = () => {
      draws.push(0);
      return 0.999_999;
    };
    const qc = new InboundQc({ settings: inboundQc.parse({ sampleSize: 13, acceptNumber: 2 }), inspects: Uint8Array.from([1, 0]), defectRate: defect }, rng);
    // a batch of 2 with accept number 2 can never fail: P(reject) = 0 < any draw
    expect(qc.rejects(0, 0, 2)).toBe(false);
    expect(qc.rejects(0, 1, 500)).toBe(false);
    expect(draws).toHaveLength(1);
  });

  it('a fixed chance per batch when rejectProbability is given', () => {
    const qc = new InboundQc({ settings: inboundQc.parse({ rejectProbability: 0.3 }), inspects: Uint8Array.from([1]), defectRate: defect }, substream(7, 0, 'qc-fixed'));
    let rejected = 0;
    for (let i = 0; i < 100_000; i++) if (qc.rejects(0, 0, 1)) rejected++;
    expect(Math.abs(rejected / 100_000 - 0.3)).toBeLessThan(4 * Math.sqrt((0.3 * 0.7) / 100_000));
  });
});
