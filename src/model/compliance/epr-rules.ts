/**
 * EPR binding (DOMAIN §7): for every SKU of the pool sold into Germany or France, its EU EPR
 * registration number must be bound to the Pool ID; one EPR number may be bound to one Pool ID
 * only; the EPR record must be filed at least 72 hours before the merge application.
 *
 * 1. Resolve the SKU groups over the catalogue (`sku-groups.ts`).
 * 2. Read each EPR number's records: the Pool IDs it is bound to (over every record with that
 *    number) and its earliest filing time.
 * 3. Per group sold into an EPR market (`compliance.eprMarkets`), in group order: a number
 *    (`epr-missing`), one Pool ID (`epr-multiple-pools`), the seller's (`epr-not-bound`),
 *    filed in time (`epr-late-filing`); once for the seller, a Pool ID (`pool-id-missing`).
 *
 * `checkCompliance` lists the violations for `poolsim check`; `eprBound` gives the run the
 * same verdict per SKU. Both read only the scenario: no simulation, no randomness.
 */
import type { Scenario, Setup } from '../../scenario/schema.js';
import { catalogueSize, type StudyInput } from '../history/seller-data.js';
import { dateStartMs, earliestApplicationDate, filedTimeMs, hoursBetween, MS_PER_HOUR } from './filing-time.js';
import { skuSpan, type ComplianceNote, type ComplianceViolation } from './findings.js';
import { complianceMsg } from './messages.js';
import { resolveSkuGroups, type SkuGroup } from './sku-groups.js';

/** The result of the check: `violations` block the merge; `notes` and `warnings` do not. */
export interface ComplianceCheck {
  violations: ComplianceViolation[];
  /** What could not be checked, and why. */
  notes: ComplianceNote[];
  /** Doubtful SKU groups (overlapping or out-of-range ranks). */
  warnings: ComplianceNote[];
}

/** One EPR number over all its records. */
interface EprNumber {
  /** Distinct Pool IDs, in the order the records give them. */
  pools: string[];
  /** Earliest readable filing time (ms since the epoch) and its text; null when none reads. */
  filedMs: number | null;
  filedText: string;
}

/** How one group's EPR number fares; `bound` is the per-SKU verdict. */
interface GroupVerdict {
  violations: ComplianceViolation[];
  bound: boolean;
}

/**
 * Markets with a positive weight in the demand mix of the shared settings or of any merged
 * setup, in order of appearance; with an order history, the markets it has orders for.
 */
function soldMarkets(scenario: StudyInput): string[] {
  if (scenario.history) return [...scenario.history.markets];
  const out = new Set<string>();
  const add = (s: Pick<Setup, 'demand'>) => {
    for (const [market, weight] of Object.entries(s.demand.marketMix ?? {})) if (weight > 0) out.add(market);
  };
  add(scenario.shared);
  for (const setup of scenario.setups) if (setup.mode === 'merged') add(setup);
  return [...out];
}

/**
 * The application date: `seller.applicationDate`, else `transition.start` (of `settings`, by
 * default the shared settings), else null.
 */
export function applicationDateOf(scenario: Scenario, settings: Pick<Setup, 'transition'> = scenario.shared): string | null {
  return scenario.seller.applicationDate ?? settings.transition?.start ?? null;
}

function eprNumbers(scenario: Scenario): Map<string, EprNumber> {
  const out = new Map<string, EprNumber>();
  for (const record of scenario.compliance?.epr ?? []) {
    const entry = out.get(record.number) ?? { pools: [], filedMs: null, filedText: record.filed };
    for (const pool of record.poolIds) if (!entry.pools.includes(pool)) entry.pools.push(pool);
    const ms = filedTimeMs(record.filed);
    if (ms !== null && (entry.filedMs === null || ms < entry.filedMs)) {
      entry.filedMs = ms;
      entry.filedText = record.filed;
    }
    out.set(record.number, entry);
  }
  return out;
}

/**
 * The verdict on one group's EPR number: violations for a group sold into `eprMarkets` (empty
 * otherwise), and whether its SKUs count as bound. `applicationMs` null: filing not checked.
 */
function judgeGroup(
  scenario: Scenario,
  g: SkuGroup,
  numbers: Map<string, EprNumber>,
  eprMarkets: readonly string[],
  applicationMs: number | null,
): GroupVerdict {
  const c = scenario.compliance!;
  const poolId = scenario.seller.poolId;
  const skus = skuSpan(g.firstIndex, g.lastIndex, g.count);
  const violations: ComplianceViolation[] = [];
  const add = (rule: ComplianceViolation['rule'], message: string, fix: string) => violations.push({ rule, group: g.id, skus, message, fix });

  if (g.epr === undefined) {
    add('epr-missing', complianceMsg.eprMissing(eprMarkets), g.implicit ? complianceMsg.eprMissingUngroupedFix() : complianceMsg.eprMissingFix(eprMarkets));
    return { violations, bound: false };
  }
  const n = numbers.get(g.epr);
  if (n === undefined) {
    add('epr-missing', complianceMsg.eprUnknown(eprMarkets, g.epr), complianceMsg.eprUnknownFix(g.epr));
    return { violations, bound: false };
  }
  if (n.pools.length >= 2) {
    const keep = poolId !== undefined && n.pools.includes(poolId) ? poolId : undefined;
    add('epr-multiple-pools', complianceMsg.eprMultiplePools(g.epr, n.pools), complianceMsg.eprMultiplePoolsFix(g.epr, keep));
  }
  if (n.pools.length === 0) add('epr-not-bound', complianceMsg.eprBoundToNone(g.epr), complianceMsg.eprNotBoundFix(g.epr, poolId));
  // Without a Pool ID there is nothing to compare with: pool-id-missing says so once
  else if (poolId !== undefined && !n.pools.includes(poolId)) {
    add('epr-not-bound', complianceMsg.eprBoundElsewhere(g.epr, n.pools.join(', '), poolId), complianceMsg.eprNotBoundFix(g.epr, poolId));
  }
  let filedInTime = true;
  if (applicationMs !== null) {
    const lead = c.filingLeadHours;
    const date = new Date(applicationMs).toISOString().slice(0, 10);
    if (n.filedMs === null) {
      filedInTime = false;
      add('epr-late-filing', complianceMsg.eprFiledUnreadable(g.epr, n.filedText), complianceMsg.eprFiledUnreadableFix());
    } else if (n.filedMs > applicationMs - lead * MS_PER_HOUR) {
      filedInTime = false;
      add(
        'epr-late-filing',
        complianceMsg.eprFiledLate(g.epr, n.filedText, hoursBetween(n.filedMs, applicationMs), lead, date),
        complianceMsg.eprFiledLateFix(earliestApplicationDate(n.filedMs, lead), lead),
      );
    }
  }
  const bound = poolId !== undefined && n.pools.length === 1 && n.pools[0] === poolId && filedInTime;
  return { violations: eprMarkets.length > 0 ? violations : [], bound };
}

/**
 * Checks the EPR rules of DOMAIN §7 on a loaded scenario, over the shared catalogue
 * (`catalogue.skus`) and the markets of the shared demand mix and of the merged setups.
 * A group is sold into an EPR market when its markets (default: every market with a positive
 * weight in `demand.marketMix`) meet `compliance.eprMarkets`. Without a `compliance` block
 * nothing is checked (one note says so). Violations come in group order, `pool-id-missing`
 * first. O(catalogue.skus + groups + records).
 *
 * @example
 * const { violations } = checkCompliance((await loadScenario('study.yaml')).scenario);
 * violations.map((v) => `${v.group} ${v.rule}`); // ['(ungrouped) epr-missing']
 */
export function checkCompliance(scenario: StudyInput): ComplianceCheck {
  const c = scenario.compliance;
  if (c === undefined) return { violations: [], notes: [{ rule: 'compliance', message: complianceMsg.complianceAbsent() }], warnings: [] };
  const { groups, groupOf, warnings } = resolveSkuGroups(c, catalogueSize(scenario), soldMarkets(scenario));
  const numbers = eprNumbers(scenario);
  const date = applicationDateOf(scenario);
  const applicationMs = date === null ? null : dateStartMs(date);

  const violations: ComplianceViolation[] = [];
  const notes: ComplianceNote[] = [];
  const inEpr = groups.map((g) => (g.count === 0 ? [] : c.eprMarkets.filter((m) => g.markets.includes(m))));
  groups.forEach((g, i) => {
    if (inEpr[i].length > 0) violations.push(...judgeGroup(scenario, g, numbers, inEpr[i], applicationMs).violations);
  });

  const used = [...new Set(inEpr.flat())];
  if (used.length === 0) notes.push({ rule: 'compliance', message: complianceMsg.eprNotNeeded(c.eprMarkets) });
  else {
    if (scenario.seller.poolId === undefined) {
      let first = -1;
      let last = -1;
      let count = 0;
      for (let k = 0; k < groupOf.length; k++) {
        if (inEpr[groupOf[k]].length === 0) continue;
        if (first === -1) first = k;
        last = k;
        count++;
      }
      violations.unshift({
        rule: 'pool-id-missing',
        group: '(seller)',
        skus: skuSpan(first, last, count),
        message: complianceMsg.poolIdMissing(c.eprMarkets.filter((m) => used.includes(m))),
        fix: complianceMsg.poolIdMissingFix(),
      });
    }
    if (applicationMs === null) notes.push({ rule: 'epr-late-filing', message: complianceMsg.filingUnchecked(c.filingLeadHours) });
  }
  return { violations, notes, warnings };
}

/**
 * Per SKU (index = popularity rank − 1), 1 when the SKU may be sold into an EPR market from
 * the pool: its group has an EPR number with a record in `compliance.epr`, bound to exactly
 * one Pool ID, the seller's (`seller.poolId`), and filed at least `filingLeadHours` before the
 * application; 0 otherwise (no number, an unknown number, no or another or several Pool IDs,
 * no `seller.poolId`, filed late). A group's markets do not matter here: a run refuses its
 * lines into EPR markets whatever the group declares. When there is no application date
 * (`seller.applicationDate`, `transition.start`), filing is not checked and counts as in time.
 *
 * Returns **null for a scenario without a `compliance` block**: no check, every SKU counts as
 * bound, so studies that do not describe their EPR records run unchanged.
 *
 * `setup` (default: the shared settings) gives the catalogue size and `transition.start`, so
 * a setup that overrides them gets an array of its own length. Agrees with `checkCompliance`
 * on every group sold into an EPR market: its SKUs are bound exactly when it has no violation
 * and `pool-id-missing` is not raised (`test/model/compliance/epr-bound.test.ts`).
 * O(catalogue.skus + groups + records).
 *
 * @example
 * const bound = eprBound(scenario); // Uint8Array(200) [1, 1, …, 0, 0] or null
 * if (bound !== null && bound[sku] === 0) refuseLineInto('DE');
 */
export function eprBound(scenario: StudyInput, setup?: Pick<Setup, 'catalogue' | 'transition'>): Uint8Array | null {
  const c = scenario.compliance;
  if (c === undefined) return null;
  const settings = setup ?? scenario.shared;
  const { groups, groupOf } = resolveSkuGroups(c, catalogueSize(scenario, settings), []);
  const numbers = eprNumbers(scenario);
  const date = applicationDateOf(scenario, settings);
  const applicationMs = date === null ? null : dateStartMs(date);
  const groupBound = groups.map((g) => judgeGroup(scenario, g, numbers, [], applicationMs).bound);
  const out = new Uint8Array(groupOf.length);
  for (let k = 0; k < out.length; k++) out[k] = groupBound[groupOf[k]] ? 1 : 0;
  return out;
}
