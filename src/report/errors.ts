/**
 * The report layer's error: a results file the report cannot read (missing, not JSON, not a
 * results file, an unsupported schema version). The CLI maps it to exit code 2 (bad input).
 */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
  /** What the message is about: the file and, where known, the field. */
  readonly context: { file: string; field?: string };

  constructor(message: string, context: { file: string; field?: string }) {
    super(message);
    this.context = context;
  }
}
