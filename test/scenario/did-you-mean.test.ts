import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/scenario/did-you-mean.js';

describe('editDistance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('pickres', 'pickers')).toBe(1); // swap
    expect(editDistance('horizn', 'horizon')).toBe(1); // insertion
    expect(editDistance('kitten', 'sitting')).toBe(3); // the textbook Levenshtein example
    expect(editDistance('ca', 'abc')).toBe(3); // OSA, unlike unrestricted Damerau–Levenshtein (2)
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is zero exactly on equal strings, symmetric, and bounded by the lengths (200 random pairs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
      { numRuns: 200 },
    );
  });
});

describe('suggest', () => {
  const warehouseKeys = ['id', 'kind', 'pickers', 'pickTime', 'qcTime', 'handover', 'transit', 'qcCatchRate'];

  it('suggests the closest key', () => {
    expect(suggest('pickres', warehouseKeys)).toBe('pickers');
    expect(suggest('handovr', warehouseKeys)).toBe('handover');
    expect(suggest('fillrate', ['fillRate', 'daysOfCover', 'units'])).toBe('fillRate');
  });

  it('suggests the one word a prefix abbreviates', () => {
    expect(suggest('expo', ['exponential', 'normal'])).toBe('exponential');
    expect(suggest('pick', warehouseKeys)).toBeUndefined(); // ambiguous: pickers, pickTime
  });

  it('stays quiet when nothing is close, and on short words', () => {
    expect(suggest('colour', warehouseKeys)).toBeUndefined();
    expect(suggest('FR', ['ES', 'PL'])).toBeUndefined();
    expect(suggest('EX', ['ES', 'PL'])).toBe('ES');
  });
});
