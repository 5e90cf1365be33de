/**
 * Error and warning messages of the report layer (lower-case, no trailing period; checked by
 * `test/report/messages.test.ts`). Tests compare against these builders, never pasted text.
 */

export const resultsUnreadable = (file: string, reason: string) =>
  `cannot read results file ${file}: ${reason}`;

export const resultsNotJson = (file: string, reason: string) =>
  `results file ${file} is not valid JSON: ${reason}`;

export const resultsNotResults = (file: string, missing: string) =>
  `${file} is not a poolsim results file: ${missing} is missing or has the wrong type`;

export const resultsSchemaVersion = (file: string, got: unknown, supported: number) =>
  `results file ${file} has schemaVersion ${String(got)}; this poolsim reads version ${supported} (re-render with the poolsim that wrote it, or rerun the study)`;

export const baselineMissing = (file: string, baseline: string, setups: string[]) =>
  `results file ${file} names baseline setup ${baseline}, but its setups are ${setups.join(', ') || 'none'}`;

export const sweepEmpty = (file: string) => `sweep file ${file} has no points`;

export const unknownLang = (got: string, langs: readonly string[]) =>
  `unknown report language ${got}; expected one of ${langs.join(', ')}`;

export const browserBuildMissing = (pkg: string, file: string) =>
  `cannot find the browser build ${file} of ${pkg}; reinstall dependencies with npm ci`;

export const fontsMissing = (lang: string, wanted: string) =>
  `no ${wanted} font file found for the ${lang} charts; PNG charts skipped (the font packages are missing from node_modules: reinstall dependencies with npm ci)`;

export const chartRenderFailed = (id: string, reason: string) => `chart ${id} could not be rendered: ${reason}`;
