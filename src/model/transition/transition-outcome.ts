/**
 * What a transition produced in one replication (`SetupReplication.transition`): the
 * onboarding timeline with dates, go-live, the migration and the sales it cost.
 */
import type { TransitionReplication } from '../result.js';
import type { SetupMetrics } from '../metrics/setup-metrics.js';
import type { SetupModel } from '../setup/setup-model.js';
import { dateOf } from '../onboarding/calendar.js';

/**
 * @param goLiveDay measured day index of go-live (the horizon length when later)
 * @example transitionOutcome(metrics, model, 14, 1200)
 */
export function transitionOutcome(met: SetupMetrics, model: SetupModel, goLiveDay: number, migrationCost: number): TransitionReplication {
  const t = model.transition!;
  const o = t.onboarding;
  const wentLive = t.goLiveAt < met.to;
  return {
    workingDaysToGoLive: o.workingDays,
    calendarDaysToGoLive: o.calendarDays,
    goLiveDate: dateOf(o.goLiveDay),
    lapses: o.lapses,
    rejections: o.rejections,
    stages: o.stages.map((s) => ({ stage: s.stage, attempt: s.attempt, start: dateOf(s.startDay), end: dateOf(s.endDay) })),
    wentLive,
    goLiveDay,
    migratedUnits: met.migratedUnits,
    migratedValue: met.migratedValue + 0,
    migrationCost,
    migrationDays: wentLive && met.migratedUnits > 0 ? met.migrationEnd - t.goLiveAt : NaN,
    unitsLostDuringMigration: met.migrationLostUnits,
    unitsDelayedDuringMigration: met.migrationBackorderedUnits,
    salesShortDuringMigration: met.migrationShortValue + 0,
  };
}
