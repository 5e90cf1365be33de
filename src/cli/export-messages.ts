/**
 * Texts of `poolsim export`. Rules (checked by `test/cli/export-orders.test.ts`): lower-case
 * first letter, no trailing period, one line.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const exportMsg = {
  /** The one line a successful `poolsim export orders` prints. */
  exported: (orders: number, lines: number, days: number, file: string) =>
    `exported ${plural(orders, 'order')} (${plural(lines, 'line')}, ${plural(days, 'day')}) to ${file}`,
  outExists: (file: string) => `${file} already exists: choose another --out, or pass --force to replace it`,
  badReplication: (got: unknown) => `--replication must be a whole number ≥ 0 (got ${String(got)})`,
  badStart: (got: string) => `--start must be a date YYYY-MM-DD (got ${JSON.stringify(got)})`,
  historyStudy: (file: string, history: string) =>
    `${file} replays the order history ${history}: export writes the synthetic stream of a scenario without demand.history`,
  needWhat: () => 'give what to export: poolsim export orders <scenario>',
  cannotBuild: (file: string, message: string) => `${file}: the model cannot be built from this scenario: ${message}`,
} as const;
