/**
 * The hook through which `poolsim run` and `poolsim sweep` render the decision report after
 * writing results.json. The report writer (`src/report/`, `writeReport(resultsFile, { lang })`)
 * is loaded if present; until it is, the hook returns undefined and the command prints the
 * path of results.json only.
 */

/** Renders the report of `resultsFile`; resolves to the report's path, or undefined without a writer. */
export async function renderReport(resultsFile: string, lang: string): Promise<string | undefined> {
  // A computed specifier keeps this compiling before src/report/index.ts exports writeReport.
  const specifier = '../report/index.js';
  let mod: { writeReport?: (file: string, o: { lang: string }) => Promise<string | { file?: string; html?: string }> };
  try {
    mod = (await import(specifier)) as typeof mod;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw err;
  }
  if (typeof mod.writeReport !== 'function') return undefined;
  const out = await mod.writeReport(resultsFile, { lang });
  return typeof out === 'string' ? out : (out.html ?? out.file);
}
