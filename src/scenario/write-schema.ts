/**
 * `npm run schema`: regenerates `schema/scenario.schema.json` from the zod schema.
 * Run after changing `src/scenario/schema.ts`, and commit the result
 * (`test/scenario/json-schema.test.ts` fails while the committed copy is stale).
 */
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText, writeFileAtomic } from './json-schema.js';

/** Where the committed schema lives, from `dist/scenario/` (or `src/scenario/`). */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));

await writeFileAtomic(SCHEMA_FILE, scenarioJsonSchemaText());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
