/**
 * The hook through which `poolsim run` and `poolsim sweep` render the decision report after
 * writing their results (`src/report/`, which reads the results file only). Imported on
 * demand: the report's chart libraries take a third of a second to load, which a run with
 * `--no-report` should not pay.
 */
import { isFileSystemError, writeReason } from '../experiment/errors.js';
import { CliError } from './cli-error.js';
import { EXIT } from './exit-codes.js';
import { cliMsg } from './messages.js';

/**
 * Renders the report of a results.json or sweep.json; resolves to the path of report.html.
 * @throws {CliError} (exit 1) when a report file cannot be written (a full disk, a read-only
 *   folder); the report's files are written atomically, so none is left half-written
 */
export async function renderReport(resultsFile: string, lang: string, onWarning?: (message: string) => void): Promise<string> {
  const { writeReport } = await import('../report/index.js');
  return reportWrite(() => writeReport(resultsFile, { lang, onWarning }));
}

/** Runs a report write, turning a file-system failure into one clean line (exit 1). */
export async function reportWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isFileSystemError(e)) throw new CliError(cliMsg.cannotWriteReport((e as NodeJS.ErrnoException).path ?? 'the report', writeReason(e)), EXIT.runFailed);
    throw e;
  }
}
