/** Section 5: how the numbers were made (seed, replications, horizon, CRN) and every parameter. */
import type { Results } from '../../results/types.js';
import { at, flatten } from '../assumptions.js';
import { cell, type Block, type Inline } from '../document.js';
import type { SectionContext } from './context.js';

/**
 * Parameter rows: seller, eligibility and shared settings in full, then for each setup only
 * the settings that differ from the shared ones (its mode and description always), so the
 * table is complete without repeating every setting once per setup. O(size of assumptions).
 */
export function parameterRows(results: Results): Array<[string, string]> {
  const a = results.assumptions;
  const known = new Set(['setups', 'shared']);
  const rows: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(a)) {
    if (!known.has(key)) rows.push(...flatten(value, key));
  }
  const shared = at(a, ['shared']);
  const sharedRows = shared === undefined ? [] : flatten(shared);
  rows.push(...sharedRows);
  const sharedMap = new Map(sharedRows);
  const setups = at(a, ['setups']);
  if (typeof setups === 'object' && setups !== null && !Array.isArray(setups)) {
    for (const [name, settings] of Object.entries(setups as Record<string, unknown>)) {
      for (const [path, value] of flatten(settings)) {
        const always = path === 'mode' || path === 'description';
        if (path === 'name') continue;
        if (always || sharedMap.get(path) !== value) rows.push([`setups.${name}.${path}`, value]);
      }
    }
  }
  return rows;
}

/** Command lines to rerun the study and to re-draw the report. */
export function commands(results: Results): { rerun: string; rerender: string } {
  return {
    rerun: `poolsim run ${results.scenario.file} --seed ${String(results.seed)} --reps ${results.replications}`,
    rerender: 'poolsim report results.json --lang zh',
  };
}

/**
 * Blocks of the assumptions and method section. For a sweep, `sweep` lists every value of the
 * varied parameters (the parameters table then shows the first point's settings).
 *
 * @example
 * methodSection(ctx).at(-1); // { kind: 'table', className: 'parameters', … }
 */
export function methodSection(ctx: SectionContext, sweep?: Record<string, unknown[]>): Block[] {
  const { results, m, f } = ctx;
  const t = m.method;
  const cmd = commands(results);
  const item = (label: string, ...rest: Inline[]): Inline[] => [{ strong: `${label}${m.format.labelColon}` }, ...rest];
  const replications =
    results.replicationIndices.length === results.replications &&
    results.replicationIndices.every((k, i) => k === i)
      ? f.count(results.replications)
      : `${f.count(results.replications)} (${results.replicationIndices.join(', ')})`;
  const items: Inline[][] = [
    item(t.seed, { code: String(results.seed) }),
    item(t.replications, replications),
    item(t.horizon, f.days(results.horizonDays, 0)),
    item(t.warmup, f.days(results.warmupDays, 0)),
    item(t.baseline, { code: results.baseline }),
    item(t.crn, t.crnText),
    item(t.intervals, t.intervalsText),
    item(t.month, t.monthText),
    item(t.scenarioHash, { code: results.scenario.sha256 }),
    item(t.rerun, { code: cmd.rerun }),
    item(t.rerender, { code: cmd.rerender }),
  ];
  const varied = sweep ?? (results.sweepPoint ? Object.fromEntries(Object.entries(results.sweepPoint).map(([k, v]) => [k, [v]])) : undefined);
  if (varied) {
    items.push(item(t.sweepVaried, { code: Object.entries(varied).map(([k, vs]) => `${k}=${vs.map(String).join(',')}`).join(' ') }));
  }
  return [
    { kind: 'heading', level: 2, text: m.sections.assumptions, id: 'assumptions' },
    { kind: 'heading', level: 3, text: m.sections.method },
    { kind: 'list', items },
    { kind: 'heading', level: 3, text: m.sections.parameters },
    {
      kind: 'table',
      className: 'parameters',
      head: [cell(t.parameter), cell(t.value)],
      rows: parameterRows(results).map(([p, v]) => [cell({ code: p }), cell({ code: v })]),
    },
  ];
}
