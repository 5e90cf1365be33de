import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsJsonSchema } from '../../src/experiment/results-schema.js';

describe('schema/results.schema.json', () => {
  it('is the file generated from the zod schema (regenerate: node dist/experiment/write-results-schema.js)', () => {
    const committed = readFileSync(resolve(__dirname, '../../schema/results.schema.json'), 'utf8');
    expect(committed).toBe(JSON.stringify(resultsJsonSchema(), null, 2) + '\n');
  });

  it('allows null exactly where docs/results.md says a value may be missing', () => {
    const s = resultsJsonSchema() as { $defs: Record<string, { properties: Record<string, { type?: string[] }> }> };
    const summary = s.$defs.MetricSummary.properties;
    expect(summary.mean.type).toEqual(['number', 'null']);
    expect(summary.sd.type).toEqual(['number', 'null']);
    expect(s.$defs.Comparison.properties.meanDiff.type).toEqual(['number', 'null']);
  });
});
