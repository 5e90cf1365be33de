/**
 * Texts of the stocking advisor (`poolsim advise`, docs/advise.md) in the experiment layer:
 * located option errors (the option, what was given, what would do) and the search's notes.
 * Rules (checked by `test/experiment/advise/messages.test.ts`): lower-case first letter, no
 * trailing period, one line.
 */
export const adviseMsg = {
  badTarget: (got: string) =>
    `--target ${got}: expected fillRate=x or onTimeRate=x with 0 < x < 1 (e.g. fillRate=0.95)`,
  badClasses: (got: string, why: string) =>
    `--classes ${got}: ${why}; expected abc, sku, or bands by share of demand such as A=0.8,B=0.15,C=0.05`,
  classesShares: (sum: number) => `the shares add up to ${sum}, expected 1`,
  classesName: (name: string) => `band name ${JSON.stringify(name)} is not letters, digits, "_" or "-"`,
  classesShare: (name: string, got: string) => `the share of ${name} is ${JSON.stringify(got)}, expected a number > 0`,
  classesRepeated: (name: string) => `band ${name} is named twice`,
  tooManySkus: (skus: number, max: number) =>
    `--classes sku: the catalogue has ${skus} SKUs, at most ${max} can each be a class (each costs its own searches); use bands, e.g. --classes abc`,
  badNumber: (option: string, got: unknown, expected: string) => `${option} ${String(got)}: expected ${expected}`,
  unknownSetup: (got: string, known: string) => `--setup ${got}: no such setup, expected one of ${known}`,
  noSetup: () => 'the scenario has no setup to advise on',
  targetAndObjective: (objective: string) =>
    `--target and --objective ${objective} do not go together: a target is met at least cost; drop one of them`,
  conservativeNeedsReps: () => '--conservative needs at least 2 replications (--reps 2 or more) for a confidence interval',
  conservativeNeedsTarget: () => '--conservative applies to a target: give --target too',
  outExists: (file: string) => `${file} already exists: choose another --out, or pass --force to replace it`,
  unreachable: (metric: string, target: number, best: number) =>
    `the target ${metric} ≥ ${target} is not reached even at the top of the ladder (${best.toFixed(4)} there): no advice`,
  searchFailed: (replication: number, seed: number | string, reason: string) =>
    `replication ${replication} (seed ${String(seed)}) failed during the search: ${reason}`,
  interrupted: () => 'interrupted: no advice written',
  budgetNothing: (max: number) =>
    `the budget of ${max} candidates (--max-evaluations) ran out before a candidate reached the target: no advice`,
  budget: (max: number) => `stopped at the budget of ${max} candidates (--max-evaluations): the advice is the best candidate so far`,
} as const;
