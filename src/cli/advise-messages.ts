/**
 * Texts of `poolsim advise` on the command line: progress lines, the table's headings and
 * notes. Rules (checked by `test/cli/advise-messages.test.ts`): lower-case first letter, no
 * trailing period, one line.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const adviseCliMsg = {
  candidate: (order: number, why: string, values: string, metric: string | null, cost: string, seconds: number) =>
    `candidate ${order} (${why}): ${values}${metric === null ? '' : ` · ${metric}`} · cost ${cost} · ${seconds.toFixed(1)} s`,
  stopping: () => 'stopping: no new candidates; the running replications finish (Ctrl-C again to drop them)',
  dropping: () => 'dropping the running replications: no advice is written',
  comparing: (setups: number) => `running the study's ${plural(setups, 'setup')} at the recommended levels`,
  title: (setup: string, scenario: string, reps: number, seed: string, horizon: number, warmup: number) =>
    `advice for ${setup} · ${scenario} · ${plural(reps, 'replication')} (seed ${seed}) · ${horizon} days measured after ${warmup} days warm-up`,
  objectiveCost: () => 'objective: least expected cost (holding + backorders + lost sales)',
  objectiveNetMargin: () => 'objective: most net margin (fee tier included) less the holding cost',
  objectiveTarget: (metric: string, value: string, conservative: boolean) =>
    `objective: ${metric} ≥ ${value}${conservative ? ' (the lower end of its 95% CI)' : ' (its mean)'} at least expected cost`,
  rates: (holding: string, backorder: string, lost: string) =>
    `costs: holding ${holding} of the value at cost a year, backorders ${backorder} a unit-day, lost sales ${lost} a unit`,
  levelsHeading: () => 'stock at the recommended levels (catalogue of replication 0; order-up-to units are what to send in)',
  achievedHeading: (reps: number) => `achieved over ${plural(reps, 'replication')} (mean [95% CI])`,
  neighboursHeading: () => 'one rung either side (paired difference in what the search minimises; + is worse)',
  missesTarget: () => 'misses the target',
  reachesTarget: () => 'reaches the target',
  sameStock: () => 'the same stock (no level changes on this rung)',
  method: (name: string, candidates: number, step: number, stopped: string) =>
    `search: ${name}, ${plural(candidates, 'candidate')} on the same replications, coarse step ${step} rungs, ${stopped}`,
  converged: () => 'converged',
  budget: () => 'stopped at the candidate budget',
  comparisonHeading: () => 'the study at the recommended levels (every setup with these class targets)',
  yamlHeading: () => 'for the scenario file, under replenishment:',
  wrote: (file: string) => `wrote ${file}`,
} as const;
