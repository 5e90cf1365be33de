import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The compiled worker module's URL. Running from `dist/`, it is the sibling
 * `replication-worker.js`. Running from TypeScript sources (vitest), worker threads cannot
 * load `.ts`, so the same path under `dist/` is used: build first (`npm test` does).
 */
export function defaultWorkerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return new URL('./replication-worker.js', import.meta.url);
  const compiled = here.replace(/([\\/])src([\\/]experiment[\\/]run[\\/])worker-file\.ts$/, '$1dist$2replication-worker.js');
  return pathToFileURL(compiled);
}
