/**
 * The hook through which `poolsim run` and `poolsim sweep` render the decision report after
 * writing their results (`src/report/`, which reads the results file only).
 */
import { writeReport } from '../report/index.js';

/** Renders the report of a results.json or sweep.json; resolves to the path of report.html. */
export async function renderReport(resultsFile: string, lang: string, onWarning?: (message: string) => void): Promise<string> {
  return writeReport(resultsFile, { lang, onWarning });
}
