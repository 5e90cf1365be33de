/**
 * The hook through which `poolsim run` and `poolsim sweep` render the decision report after
 * writing their results (`src/report/`, which reads the results file only). Imported on
 * demand: the report's chart libraries take a third of a second to load, which a run with
 * `--no-report` should not pay.
 */

/** Renders the report of a results.json or sweep.json; resolves to the path of report.html. */
export async function renderReport(resultsFile: string, lang: string, onWarning?: (message: string) => void): Promise<string> {
  const { writeReport } = await import('../report/index.js');
  return writeReport(resultsFile, { lang, onWarning });
}
