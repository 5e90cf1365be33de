/**
 * Writes `schema/results.schema.json` from `resultsSchema` (run after a build:
 * `node dist/experiment/write-results-schema.js`). `test/experiment/results-schema.test.ts`
 * fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resultsJsonSchema } from './results-schema.js';

const target = new URL('../../schema/results.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(resultsJsonSchema(), null, 2) + '\n');
process.stdout.write(`wrote ${target.pathname}\n`);
